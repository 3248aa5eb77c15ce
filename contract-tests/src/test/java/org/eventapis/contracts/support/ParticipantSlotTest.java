package org.eventapis.contracts.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API under {@code specs/} is a Pact provider here: named in {@link
 * Participants#PROVIDERS} (which lint, the spec checks, the gate and the pact checks run over),
 * and with a {@code <Name>Pacts} helper holding a client factory, and Pact tests, in
 * {@code org.eventapis.contracts.<name>}. The list of APIs is read from
 * {@code specs/*\/openapi.yaml}, not from this module.
 */
class ParticipantSlotTest {

  static List<String> apis() {
    try (Stream<Path> entries = Files.list(Specs.directory())) {
      List<String> apis =
          entries
              .filter(entry -> Files.isRegularFile(entry.resolve("openapi.yaml")))
              .map(entry -> entry.getFileName().toString())
              .sorted()
              .toList();
      assertThat(apis).as("APIs under %s", Specs.directory()).isNotEmpty();
      return apis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void provider_forEverySpec_isAParticipantWithAClientAndPactHelper(String api) throws Exception {
    String type = api.substring(0, 1).toUpperCase(Locale.ROOT) + api.substring(1);

    assertThat(Participants.PROVIDERS).as("Participants.PROVIDERS").contains(api);
    Class<?> helper = Class.forName("org.eventapis.contracts." + api + "." + type + "Pacts");
    assertThat(Arrays.stream(helper.getDeclaredMethods()))
        .as("a client factory in %s", helper.getSimpleName())
        .anyMatch(
            method ->
                method.getName().equals("client")
                    && method.getReturnType().getSimpleName().equals(type + "Client"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void pactTests_forEverySpec_existInTheApisPackage(String api)
      throws IOException, URISyntaxException {
    URL pkg = getClass().getClassLoader().getResource("org/eventapis/contracts/" + api);
    assertThat(pkg).as("test package org.eventapis.contracts.%s", api).isNotNull();
    try (Stream<Path> classes = Files.list(Path.of(pkg.toURI()))) {
      assertThat(classes.map(file -> file.getFileName().toString()))
          .as("classes in org.eventapis.contracts.%s", api)
          .anyMatch(file -> file.endsWith("PactTest.class"));
    }
  }
}
