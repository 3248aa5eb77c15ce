package org.eventapis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eventapis.testkit.support.SpecFiles;
import org.eventapis.testkit.support.SpecFiles.SpecOp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each stub offers an override and a check for every operation of its API's spec. */
class StubCoverageTest {

  private static final Map<String, Class<?>> STUBS =
      Map.of("perscom", PerscomStub.class, "unipile", UnipileStub.class, "timekit", TimekitStub.class);
  private static final Map<String, Class<?>> CHECKS =
      Map.of("perscom", PerscomStub.Verify.class, "unipile", UnipileStub.Verify.class, "timekit", TimekitStub.Verify.class);

  static List<SpecOp> operations() {
    return SpecFiles.operations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_hasAnOverrideAndACheck(SpecOp op) {
    String id = op.operationId();
    String on = "on" + Character.toUpperCase(id.charAt(0)) + id.substring(1);

    assertThat(methodNames(STUBS.get(op.api()))).as("%s on-methods", op.api()).contains(on);
    assertThat(methodNames(CHECKS.get(op.api()))).as("%s verify() methods", op.api()).contains(id);
  }

  private static List<String> methodNames(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(Method::getName).toList();
  }
}
