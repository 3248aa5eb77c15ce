package org.eventapis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eventapis.testkit.support.SpecFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API under {@code specs/} has a stub: {@code <Name>Stub} on {@link ApiStub} with its
 * {@code Verify} checks, its spec inside the jar, and a place in {@link SpecFiles#APIS}, which
 * the coverage, default-answer and fault-preset tests run over. The list of APIs is read from
 * {@code specs/*\/openapi.yaml}, not from this module.
 */
class StubSlotTest {

  static List<String> apis() {
    String dir = System.getProperty("specs.dir");
    if (dir == null) {
      throw new IllegalStateException("system property specs.dir is not set; run through Maven");
    }
    try (Stream<Path> entries = Files.list(Path.of(dir))) {
      List<String> apis =
          entries
              .filter(entry -> Files.isRegularFile(entry.resolve("openapi.yaml")))
              .map(entry -> entry.getFileName().toString())
              .sorted()
              .toList();
      assertThat(apis).as("APIs under %s", dir).isNotEmpty();
      return apis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void stub_forEverySpec_extendsApiStubWithChecks(String api) throws Exception {
    String name = api.substring(0, 1).toUpperCase(Locale.ROOT) + api.substring(1) + "Stub";
    Class<?> stub = Class.forName("org.eventapis.testkit." + name);

    assertThat(stub).isAssignableTo(ApiStub.class);
    assertThat(Class.forName(stub.getName() + "$Verify")).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void jar_forEverySpec_carriesTheSpecAndTheTestsCoverIt(String api) {
    assertThat(SpecFiles.yaml(api)).contains("openapi:");
    assertThat(SpecFiles.APIS).as("SpecFiles.APIS").contains(api);
  }
}
