package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eventapis.perscom.PerscomClient;
import org.junit.jupiter.api.Test;

/**
 * No public method a caller reaches takes more than {@value #MOST_POSITIONAL_PARAMETERS}
 * positional arguments: neither the generated API interfaces nor the hand-written layer.
 *
 * <p>Why five: in these APIs the arguments a call cannot do without are at most two path ids,
 * the account, the body and the {@code include} list, so five fits every operation, while a
 * sixth is always one more optional filter, and a row of optional values of the same type is
 * where callers swap or miscount arguments. An operation that needs more takes the generated
 * {@code …QueryParams} object, whose setters name each value; the API template generates the
 * positional form only up to the same five ({@code allParams.5} in
 * {@code src/main/templates/libraries/feign/api.mustache}), and this check fails if either
 * side moves without the other.
 *
 * <p>A record's canonical constructor is not counted: it lists the record's components, and
 * the one record with more than five ({@link ClientSettings}) is made by the client builders,
 * never by callers.
 */
class ParameterCountTest {

  static final int MOST_POSITIONAL_PARAMETERS = 5;

  @Test
  void publicMethods_ofGeneratedApisAndTheHandWrittenLayer_takeAtMostFiveArguments()
      throws IOException, URISyntaxException {
    List<Class<?>> classes = mainClasses();
    assertThat(classes)
        .as("the generated API interfaces are on the classpath")
        .anyMatch(type -> type.getName().endsWith(".generated.api.EventsApi"));

    List<String> tooLong = new ArrayList<>();
    for (Class<?> type : classes) {
      if (!isChecked(type)) {
        continue;
      }
      for (Executable executable : publicExecutables(type)) {
        if (executable.getParameterCount() > MOST_POSITIONAL_PARAMETERS
            && !isCanonicalRecordConstructor(type, executable)) {
          tooLong.add(executable.getParameterCount() + " arguments: " + executable);
        }
      }
    }

    assertThat(tooLong)
        .as("public methods with more than %d positional arguments; give the operation a "
                + "parameters object (see the javadoc of this test)", MOST_POSITIONAL_PARAMETERS)
        .isEmpty();
  }

  /** Generated API interfaces, and every class of the hand-written layer. */
  private static boolean isChecked(Class<?> type) {
    String name = type.getName();
    boolean generated = name.contains(".generated.");
    return generated ? name.contains(".generated.api.") : isReachable(type);
  }

  /** Public, and nested only inside public classes. */
  private static boolean isReachable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<Executable> publicExecutables(Class<?> type) {
    List<Executable> executables = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
        executables.add(method);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(constructor.getModifiers())) {
        executables.add(constructor);
      }
    }
    return executables;
  }

  private static boolean isCanonicalRecordConstructor(Class<?> type, Executable executable) {
    if (!type.isRecord() || !(executable instanceof Constructor<?>)) {
      return false;
    }
    Class<?>[] components =
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    return Arrays.equals(components, executable.getParameterTypes());
  }

  /** Every class compiled from the main sources, generated ones included. */
  private static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
    Path root = Path.of(PerscomClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.endsWith(".class") && relative.startsWith("org/eventapis/")) {
          String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
          try {
            classes.add(Class.forName(name, false, ParameterCountTest.class.getClassLoader()));
          } catch (ClassNotFoundException | LinkageError unloadable) {
            throw new AssertionError("cannot load " + name, unloadable);
          }
        }
      }
    }
    return classes;
  }
}
