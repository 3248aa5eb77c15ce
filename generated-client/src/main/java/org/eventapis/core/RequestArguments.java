package org.eventapis.core;

import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import jakarta.annotation.Nonnull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the arguments of a generated method before anything is sent, and encodes path values.
 *
 * <p>What is required is read from the generated code, which carries it from the spec: the
 * {@code @RequestLine} names the path and query variables, the generator marks required
 * parameters and the required properties of request models {@code @Nonnull}, and the setters of
 * a {@code …QueryParams} map mark its required keys the same way. A mistake raises {@link
 * IllegalArgumentException} naming the operation and the parameter or property.
 *
 * <p>A string path value is sent as exactly one path segment: every character other than
 * letters, digits and {@code -._~} is percent-encoded, and a value of {@code .} or {@code ..}
 * has its dots encoded too, so that an id taken from user input cannot reach another endpoint.
 */
final class RequestArguments {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Map<Method, Plan> PLANS = new ConcurrentHashMap<>();
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RequestArguments() {}

  /**
   * Checks the arguments of one call and returns them with path values encoded.
   *
   * @throws IllegalArgumentException naming what is missing or blank
   */
  static Object[] prepare(String api, Method method, Object[] args) {
    Plan plan = PLANS.computeIfAbsent(method, Plan::of);
    if (plan.arguments.isEmpty()) {
      return args;
    }
    Object[] prepared = args.clone();
    for (Argument argument : plan.arguments) {
      Object value = args[argument.index];
      switch (argument.kind) {
        case PATH -> {
          if (isMissing(value)) {
            throw refused(api, method, "path parameter " + argument.name + " is " + describe(value));
          }
          if (value instanceof CharSequence text) {
            prepared[argument.index] = encodeSegment(text.toString());
          }
        }
        case QUERY -> {
          if (argument.required && isMissing(value)) {
            throw refused(
                api,
                method,
                "query parameter " + argument.name + " (" + argument.wireName + ") is "
                    + (value == null ? "required" : "blank"));
          }
          if (value instanceof CharSequence text) {
            // Encoded here because Feign leaves a value that merely looks encoded ("%2F")
            // untouched, and the server would read it as another value.
            prepared[argument.index] = encodeSegment(text.toString());
          } else if (value instanceof java.util.Collection<?> values && values.isEmpty()) {
            // Left out before Feign expands it, as FeignSetup.dropEmptyQueryParameters would
            // after: that way the interceptor finds nothing to copy and drop on every call.
            prepared[argument.index] = null;
          }
        }
        case QUERY_MAP -> {
          Map<?, ?> map = (Map<?, ?>) value;
          for (Map.Entry<String, String> required : argument.requiredKeys.entrySet()) {
            if (map == null || isMissingEncoded(map.get(required.getValue()))) {
              throw refused(
                  api,
                  method,
                  "query parameter " + required.getKey() + " (" + required.getValue() + ") is required");
            }
          }
        }
        case BODY -> {
          if (value == null) {
            throw refused(api, method, "the request body is required");
          }
          Optional<String> missing = RequiredProperties.firstMissing(value);
          if (missing.isPresent()) {
            throw refused(api, method, "request body property " + missing.get() + " is required");
          }
        }
      }
    }
    return prepared;
  }

  private static boolean isMissing(Object value) {
    return value == null || value instanceof CharSequence text && text.toString().isBlank();
  }

  /** A query map holds values already encoded ("%20%20"): blank is judged on what they mean. */
  private static boolean isMissingEncoded(Object value) {
    if (value instanceof CharSequence text) {
      try {
        return java.net.URLDecoder.decode(text.toString(), StandardCharsets.UTF_8).isBlank();
      } catch (IllegalArgumentException notEncoded) {
        return text.toString().isBlank();
      }
    }
    return value == null;
  }

  private static String describe(Object value) {
    return value == null ? "null" : "blank";
  }

  private static IllegalArgumentException refused(String api, Method method, String what) {
    return new IllegalArgumentException(api + " " + method.getName() + ": " + what);
  }

  /** Percent-encodes everything but unreserved characters, and the dots of {@code .} and {@code ..}. */
  static String encodeSegment(String value) {
    if (value.equals(".") || value.equals("..")) {
      return value.replace(".", "%2E");
    }
    StringBuilder encoded = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return encoded.toString();
  }

  private enum Kind { PATH, QUERY, QUERY_MAP, BODY }

  private record Argument(
      int index,
      Kind kind,
      String name,
      String wireName,
      boolean required,
      Map<String, String> requiredKeys) {}

  /** What to check for one generated method, worked out once from its annotations. */
  private record Plan(List<Argument> arguments) {

    static Plan of(Method method) {
      RequestLine line = method.getAnnotation(RequestLine.class);
      if (line == null) {
        return new Plan(List.of());
      }
      String target = line.value().substring(line.value().indexOf(' ') + 1);
      int question = target.indexOf('?');
      Set<String> pathVariables = variables(question < 0 ? target : target.substring(0, question));
      Map<String, String> queryKeys = question < 0 ? Map.of() : queryKeys(target.substring(question + 1));
      List<Argument> arguments = new ArrayList<>();
      Annotation[][] annotations = method.getParameterAnnotations();
      for (int i = 0; i < annotations.length; i++) {
        Param param = find(annotations[i], Param.class);
        boolean required = find(annotations[i], Nonnull.class) != null;
        if (param != null && pathVariables.contains(param.value())) {
          arguments.add(new Argument(i, Kind.PATH, param.value(), param.value(), true, Map.of()));
        } else if (param != null) {
          String wire = queryKeys.getOrDefault(param.value(), param.value());
          arguments.add(new Argument(i, Kind.QUERY, param.value(), wire, required, Map.of()));
        } else if (find(annotations[i], QueryMap.class) != null) {
          Map<String, String> requiredKeys =
              requiredMapKeys(method.getParameterTypes()[i], queryKeys);
          if (!requiredKeys.isEmpty()) {
            arguments.add(new Argument(i, Kind.QUERY_MAP, "", "", true, requiredKeys));
          }
        } else if (required) {
          arguments.add(new Argument(i, Kind.BODY, "body", "", true, Map.of()));
        }
      }
      return new Plan(List.copyOf(arguments));
    }

    /** Setters of a generated query map whose value is marked required, by their query key. */
    private static Map<String, String> requiredMapKeys(Class<?> map, Map<String, String> queryKeys) {
      Map<String, String> required = new LinkedHashMap<>();
      for (Method setter : map.getMethods()) {
        if (setter.getParameterCount() == 1
            && setter.getDeclaringClass() == map
            && find(setter.getParameterAnnotations()[0], Nonnull.class) != null
            && queryKeys.containsKey(setter.getName())) {
          required.put(setter.getName(), queryKeys.get(setter.getName()));
        }
      }
      return required;
    }

    /** {@code account_id={accountId}&limit={limit}} → accountId → account_id, limit → limit. */
    private static Map<String, String> queryKeys(String query) {
      Map<String, String> keys = new LinkedHashMap<>();
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          for (String variable : variables(pair.substring(equals + 1))) {
            keys.put(variable, pair.substring(0, equals));
          }
        }
      }
      return keys;
    }

    private static Set<String> variables(String template) {
      Set<String> names = new LinkedHashSet<>();
      Matcher matcher = VARIABLE.matcher(template);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
      for (Annotation annotation : annotations) {
        if (type.isInstance(annotation)) {
          return type.cast(annotation);
        }
      }
      return null;
    }
  }
}
