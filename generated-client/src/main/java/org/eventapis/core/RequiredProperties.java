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
   * The getters of properties that may hold nested models (other models, lists, maps), found
   * once per model class: walking a batch of a thousand events must not list methods anew.
   */
  private static final ClassValue<List<Method>> NESTED =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> model) {
          List<Method> getters = new ArrayList<>();
          for (Method method : model.getMethods()) {
            Class<?> type = method.getReturnType();
            if (method.getParameterCount() == 0
                && method.getName().startsWith("get")
                && method.isAnnotationPresent(JsonProperty.class)
                && (List.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type)
                    || type.getName().contains(".generated.model.")
                    || type == Object.class
                    || type.getName().equals("org.openapitools.jackson.nullable.JsonNullable"))) {
              getters.add(method);
            }
          }
          getters.sort((a, b) -> jsonName(a).compareTo(jsonName(b)));
          return List.copyOf(getters);
        }
      };

  /**
   * The JSON path of the first required property missing anywhere in a generated model, its
   * nested models, lists and maps ({@code attendees[0].email}); empty if none is. The path is
   * only built for a property that is missing.
   */
  static Optional<String> firstMissing(Object value) {
    List<String> path = firstMissingReversed(value);
    if (path == null) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (int i = path.size() - 1; i >= 0; i--) {
      String step = path.get(i);
      if (text.length() > 0 && !step.startsWith("[")) {
        text.append('.');
      }
      text.append(step);
    }
    return Optional.of(text.toString());
  }

  /** The path to the first missing property, innermost step first; {@code null} if none. */
  private static List<String> firstMissingReversed(Object value) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        List<String> missing = firstMissingReversed(list.get(i));
        if (missing != null) {
          missing.add("[" + i + "]");
          return missing;
        }
      }
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        List<String> missing = firstMissingReversed(entry.getValue());
        if (missing != null) {
          missing.add(String.valueOf(entry.getKey()));
          return missing;
        }
      }
      return null;
    }
    if (!isGeneratedModel(value)) {
      return null;
    }
    for (Method getter : GETTERS.get(value.getClass())) {
      if (value(getter, value) == null) {
        List<String> missing = new ArrayList<>();
        missing.add(jsonName(getter));
        return missing;
      }
    }
    for (Method getter : NESTED.get(value.getClass())) {
      List<String> missing = firstMissingReversed(value(getter, value));
      if (missing != null) {
        missing.add(jsonName(getter));
        return missing;
      }
    }
    return null;
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
