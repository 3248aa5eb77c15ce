package org.eventapis.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.Nonnull;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties a spec requires of a generated model, read from the model itself: the
 * generator marks the getter of every required, non-nullable property {@code @Nonnull}.
 */
final class RequiredProperties {

  /** The getters of required properties, found once per model class. */
  private static final ClassValue<List<Method>> GETTERS =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> model) {
          List<Method> getters = new ArrayList<>();
          for (Method method : model.getMethods()) {
            if (method.getParameterCount() == 0
                && method.getName().startsWith("get")
                && method.isAnnotationPresent(Nonnull.class)) {
              getters.add(method);
            }
          }
          getters.sort((a, b) -> jsonName(a).compareTo(jsonName(b)));
          return List.copyOf(getters);
        }
      };

  private RequiredProperties() {}

  /** The JSON names of the required properties the object itself lacks, in name order. */
  static List<String> missing(Object model) {
    List<String> missing = new ArrayList<>();
    for (Method getter : GETTERS.get(model.getClass())) {
      if (value(getter, model) == null) {
        missing.add(jsonName(getter));
      }
    }
    return missing;
  }

  /**
   * The JSON path of the first required property missing anywhere in a generated model, its
   * nested models, lists and maps ({@code attendees[0].email}); empty if none is.
   */
  static Optional<String> firstMissing(Object value) {
    return firstMissing(value, "");
  }

  private static Optional<String> firstMissing(Object value, String path) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Optional<String> missing = firstMissing(list.get(i), path + "[" + i + "]");
        if (missing.isPresent()) {
          return missing;
        }
      }
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Optional<String> missing = firstMissing(entry.getValue(), path + "." + entry.getKey());
        if (missing.isPresent()) {
          return missing;
        }
      }
      return Optional.empty();
    }
    if (!isGeneratedModel(value)) {
      return Optional.empty();
    }
    String prefix = path.isEmpty() ? "" : path + ".";
    List<Method> getters = GETTERS.get(value.getClass());
    for (Method getter : getters) {
      if (value(getter, value) == null) {
        return Optional.of(prefix + jsonName(getter));
      }
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() == 0
          && getter.getName().startsWith("get")
          && getter.isAnnotationPresent(JsonProperty.class)) {
        Optional<String> missing = firstMissing(value(getter, value), prefix + jsonName(getter));
        if (missing.isPresent()) {
          return missing;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isGeneratedModel(Object value) {
    return value != null && value.getClass().getName().contains(".generated.model.");
  }

  private static Object value(Method getter, Object model) {
    try {
      Object value = getter.invoke(model);
      if (value instanceof org.openapitools.jackson.nullable.JsonNullable<?> nullable) {
        return nullable.orElse(null);
      }
      return value;
    } catch (ReflectiveOperationException unreachable) {
      return null;
    }
  }

  static String jsonName(Method getter) {
    JsonProperty name = getter.getAnnotation(JsonProperty.class);
    return name != null && !name.value().isEmpty() ? name.value() : getter.getName();
  }
}
