package org.eventapis.testkit.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Param;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eventapis.core.FeignSetup;

/**
 * Calls an operation of a spec through the generated client, found by its {@code operationId},
 * with arguments the spec accepts: the spec's request example as the body, required parameters
 * from their examples or schemas, optional ones left out.
 */
public final class GeneratedCalls {

  private GeneratedCalls() {}

  /**
   * The generated method's result; its exception, as thrown, if it throws.
   *
   * @param client a {@code PerscomClient}, {@code UnipileClient} or {@code TimekitClient}
   */
  public static Object call(Object client, SpecFiles.SpecOp op) throws Throwable {
    for (Method accessor : client.getClass().getMethods()) {
      if (accessor.getParameterCount() != 0 || !accessor.getReturnType().getSimpleName().endsWith("Api")) {
        continue;
      }
      Method method = plainMethod(accessor.getReturnType(), op.operationId());
      if (method == null) {
        method = queryObjectMethod(accessor.getReturnType(), op.operationId());
      }
      if (method != null) {
        Object api = accessor.invoke(client);
        try {
          return method.invoke(api, arguments(method, op));
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no generated method for " + op);
  }

  /** The method taking each parameter on its own, not the query map or the wrapped variant. */
  private static Method plainMethod(Class<?> api, String name) {
    for (Method method : api.getMethods()) {
      if (method.getName().equals(name)
          && !method.getReturnType().getSimpleName().equals("ApiResponse")
          && List.of(method.getParameterTypes()).stream().noneMatch(t -> t.getSimpleName().endsWith("QueryParams"))) {
        return method;
      }
    }
    return null;
  }

  /** For an operation offered only with its query object (more than five parameters). */
  private static Method queryObjectMethod(Class<?> api, String name) {
    for (Method method : api.getMethods()) {
      if (method.getName().equals(name)
          && !method.getReturnType().getSimpleName().equals("ApiResponse")) {
        return method;
      }
    }
    return null;
  }

  /** The query object with every required query parameter set from the spec. */
  private static Object queryObject(Class<?> type, SpecFiles.SpecOp op) {
    try {
      Object query = type.getConstructor().newInstance();
      for (Parameter spec : op.parameters()) {
        if (!"query".equals(spec.getIn()) || !Boolean.TRUE.equals(spec.getRequired())) {
          continue;
        }
        for (Method setter : type.getMethods()) {
          if (setter.getParameterCount() == 1
              && setter.getName().equalsIgnoreCase(spec.getName().replace("_", ""))) {
            setter.invoke(query, convert(sample(spec), setter.getParameterTypes()[0]));
          }
        }
      }
      return query;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Object[] arguments(Method method, SpecFiles.SpecOp op) {
    java.lang.reflect.Parameter[] parameters = method.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Param name = parameters[i].getAnnotation(Param.class);
      Class<?> type = parameters[i].getType();
      if (type.getSimpleName().endsWith("QueryParams")) {
        arguments[i] = queryObject(type, op);
        continue;
      }
      if (name == null) {
        arguments[i] = mapper(method).convertValue(op.requestExample().orElseThrow(), type);
        continue;
      }
      // The generator names parameters in camel case: account_id becomes accountId.
      Parameter spec = op.parameters().stream()
          .filter(p -> p.getName().replace("_", "").equalsIgnoreCase(name.value()))
          .findFirst()
          .orElseThrow(() -> new AssertionError(op + " has no parameter " + name.value()));
      if (Boolean.TRUE.equals(spec.getRequired())) {
        arguments[i] = convert(sample(spec), type);
      } else if (List.class.isAssignableFrom(type)) {
        arguments[i] = List.of();
      }
    }
    return arguments;
  }

  private static String sample(Parameter parameter) {
    if (parameter.getExample() != null) {
      return String.valueOf(parameter.getExample());
    }
    Schema<?> schema = parameter.getSchema();
    if ("uuid".equals(schema.getFormat())) {
      return "8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d";
    }
    if ("date-time".equals(schema.getFormat())) {
      return "2025-05-19T00:00:00+02:00";
    }
    if ("integer".equals(schema.getType())) {
      return "12";
    }
    return "sample";
  }

  private static Object convert(String value, Class<?> type) {
    if (type == Long.class || type == long.class) {
      return Long.valueOf(value);
    }
    if (type == Integer.class || type == int.class) {
      return Integer.valueOf(value);
    }
    if (type == UUID.class) {
      return UUID.fromString(value);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse(value);
    }
    return value;
  }

  /** The mapper of the generated client the method belongs to, set up as the client sets it. */
  private static ObjectMapper mapper(Method method) {
    String invoker = method.getDeclaringClass().getPackageName().replace(".api", ".invoker") + ".ApiClient";
    try {
      Object apiClient = Class.forName(invoker).getConstructor().newInstance();
      return FeignSetup.configureMapper((ObjectMapper) apiClient.getClass().getMethod("getObjectMapper").invoke(apiClient));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no generated ApiClient at " + invoker, e);
    }
  }
}
