package org.eventapis.contracts.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Param;
import feign.QueryMap;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.RawHttpServer;
import org.eventapis.contracts.support.SpecOperations;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.contracts.support.Specs;
import org.eventapis.core.FeignSetup;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.unipile.UnipileClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every caller mistake the spec can describe is refused before a byte is sent: for each
 * operation of each spec, each required path or query parameter left null (or blank), and each
 * required request property left out, raises {@link IllegalArgumentException} naming it, and the
 * loopback server sees no request. The cases come from the specs, not from a list kept here.
 */
class BadInputTest {

  private static RawHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = RawHttpServer.answering(404, "{}");
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @BeforeEach
  void clear() {
    server.clear();
  }

  /** One mistake: an operation, the argument or property left out, and how. */
  record Mistake(String api, SpecOperation operation, String name, Kind kind) {
    @Override
    public String toString() {
      return api + " " + operation.operation().getOperationId() + ": " + kind.describe + " " + name;
    }
  }

  enum Kind {
    NULL_PARAMETER("null"),
    BLANK_PARAMETER("blank"),
    MISSING_PROPERTY("without");

    final String describe;

    Kind(String describe) {
      this.describe = describe;
    }
  }

  static Stream<Mistake> mistakes() {
    List<Mistake> mistakes = new ArrayList<>();
    for (String api : Participants.PROVIDERS) {
      OpenAPI spec = Specs.openApi(api);
      for (SpecOperation operation : SpecOperations.all(spec)) {
        for (Parameter parameter : SpecOperations.parameters(spec, operation)) {
          boolean required = Boolean.TRUE.equals(parameter.getRequired());
          if (required && ("path".equals(parameter.getIn()) || "query".equals(parameter.getIn()))) {
            mistakes.add(new Mistake(api, operation, parameter.getName(), Kind.NULL_PARAMETER));
            Schema<?> schema = resolve(spec, parameter.getSchema());
            if ("string".equals(schema.getType()) && schema.getFormat() == null) {
              mistakes.add(new Mistake(api, operation, parameter.getName(), Kind.BLANK_PARAMETER));
            }
          }
        }
        Schema<?> body = bodySchema(spec, operation);
        if (body != null && body.getRequired() != null) {
          for (String property : body.getRequired()) {
            Schema<?> schema = resolve(spec, body.getProperties().get(property));
            // The generated model starts a property with a default at that default, and a
            // nullable one may be null: neither can be missing from what the caller builds.
            if (schema.getDefault() == null && !Boolean.TRUE.equals(schema.getNullable())) {
              mistakes.add(new Mistake(api, operation, property, Kind.MISSING_PROPERTY));
            }
          }
        }
      }
    }
    return mistakes.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void mistake_isRefusedNamingIt_andNothingIsSent(Mistake mistake) throws Exception {
    Call call = Call.of(mistake.api(), mistake.operation());
    Object[] args = call.validArguments();
    switch (mistake.kind()) {
      case NULL_PARAMETER -> call.leaveOut(args, mistake.name());
      case BLANK_PARAMETER -> call.blankOut(args, mistake.name());
      case MISSING_PROPERTY -> args[call.bodyIndex()] = call.exampleBodyWithout(mistake.name());
    }

    assertThatThrownBy(() -> call.invoke(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(mistake.operation().operation().getOperationId())
        .hasMessageContaining(mistake.kind() == Kind.MISSING_PROPERTY ? mistake.name() : camel(mistake.name()));
    assertThat(server.received()).isEmpty();
  }

  static Stream<Arguments> operations() {
    return Participants.PROVIDERS.stream()
        .flatMap(
            api ->
                SpecOperations.all(Specs.openApi(api)).stream().map(op -> Arguments.of(api, op)));
  }

  /** The control: the same arguments, complete, do send exactly one request. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operations")
  void completeArguments_sendExactlyOneRequest(String api, SpecOperation operation) throws Exception {
    Call call = Call.of(api, operation);

    try {
      call.invoke(call.validArguments());
    } catch (RuntimeException answered404) {
      // The canned answer is a 404; what matters is that the request went out.
    }

    assertThat(server.received()).hasSize(1);
  }

  static Stream<String> hostileIds() {
    return Stream.of(
        "../../../admin", "..", ".", "a/b", "%2F", "a?b=c", "a#b", "a\r\nX-Injected: 1", "a b");
  }

  /**
   * Unipile's ids are free strings; PERSCOM's are integers and Timekit's UUIDs, which cannot
   * carry a slash, so Unipile's calendar and event ids are where this can go wrong.
   */
  @ParameterizedTest(name = "id {0}")
  @MethodSource("hostileIds")
  void stringId_isSentAsOnePathSegment(String id) throws Exception {
    Call get = Call.of(Participants.UNIPILE, operation(Participants.UNIPILE, "getCalendarEvent"));
    Call create = Call.of(Participants.UNIPILE, operation(Participants.UNIPILE, "createCalendarEvent"));

    for (Call call : List.of(get, create)) {
      server.clear();
      Object[] args = call.validArguments();
      int idIndex = call.lastPathParameterIndex();
      String plainPath = pathOf(call, args);
      args[idIndex] = id;
      String hostilePath = pathOf(call, args);

      List<String> plain = Arrays.asList(plainPath.split("/", -1));
      List<String> hostile = Arrays.asList(hostilePath.split("/", -1));
      assertThat(hostile).as(hostilePath).hasSameSizeAs(plain);
      List<Integer> changed = new ArrayList<>();
      for (int i = 0; i < plain.size(); i++) {
        if (!plain.get(i).equals(hostile.get(i))) {
          changed.add(i);
        }
      }
      assertThat(changed).as(hostilePath).hasSize(1);
      String segment = hostile.get(changed.get(0));
      assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(id);
    }
  }

  @Test
  void unipileCreate_withoutNotify_sendsNoNotify_whilePerscomCreateSendsRequiredAllDay() throws Exception {
    Call unipile = Call.of(Participants.UNIPILE, operation(Participants.UNIPILE, "createCalendarEvent"));
    ObjectNode example = unipile.exampleJson();
    example.remove("notify");
    Object[] args = unipile.validArguments();
    args[unipile.bodyIndex()] = unipile.mapper.treeToValue(example, unipile.bodyType());
    unipile.invokeIgnoringAnswer(args);

    Call perscom = Call.of(Participants.PERSCOM, operation(Participants.PERSCOM, "createEvent"));
    ObjectNode perscomExample = perscom.exampleJson();
    perscomExample.remove("all_day");
    Object[] perscomArgs = perscom.validArguments();
    perscomArgs[perscom.bodyIndex()] = perscom.mapper.treeToValue(perscomExample, perscom.bodyType());
    perscom.invokeIgnoringAnswer(perscomArgs);

    List<RawHttpServer.Received> sent = server.received();
    assertThat(sent).hasSize(2);
    JsonNode unipileBody = new ObjectMapper().readTree(sent.get(0).body());
    JsonNode perscomBody = new ObjectMapper().readTree(sent.get(1).body());
    assertThat(unipileBody.has("notify")).as(sent.get(0).body()).isFalse();
    assertThat(unipileBody.has("title")).isTrue();
    assertThat(perscomBody.path("all_day").isBoolean()).as(sent.get(1).body()).isTrue();
  }

  private static String pathOf(Call call, Object[] args) throws Exception {
    server.clear();
    call.invokeIgnoringAnswer(args);
    List<RawHttpServer.Received> received = server.received();
    assertThat(received).hasSize(1);
    String target = received.get(0).requestLine().split(" ")[1];
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  private static SpecOperation operation(String api, String operationId) {
    return SpecOperations.all(Specs.openApi(api)).stream()
        .filter(op -> operationId.equals(op.operation().getOperationId()))
        .findFirst()
        .orElseThrow();
  }

  static String camel(String name) {
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }

  private static Schema<?> bodySchema(OpenAPI spec, SpecOperation operation) {
    RequestBody body = SpecOperations.requestBody(spec, operation);
    if (body == null || body.getContent() == null) {
      return null;
    }
    MediaType json = body.getContent().get("application/json");
    return json == null ? null : resolve(spec, json.getSchema());
  }

  @SuppressWarnings("rawtypes")
  private static Schema<?> resolve(OpenAPI spec, Schema<?> schema) {
    if (schema != null && schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      Schema resolved = spec.getComponents().getSchemas().get(name);
      return resolve(spec, resolved);
    }
    return schema;
  }

  /**
   * One generated method, the client it belongs to, and arguments that make a valid call. The
   * method is the positional one where the generator made it, and otherwise the one that takes
   * the operation's {@code …QueryParams} object (operations with more than five parameters).
   */
  private static final class Call {

    private final String api;
    private final OpenAPI spec;
    private final SpecOperation operation;
    private final Object target;
    private final Method method;
    private final ObjectMapper mapper;

    private Call(String api, SpecOperation operation, Object target, Method method, ObjectMapper mapper) {
      this.api = api;
      this.spec = Specs.openApi(api);
      this.operation = operation;
      this.target = target;
      this.method = method;
      this.mapper = mapper;
    }

    static Call of(String api, SpecOperation operation) throws Exception {
      Object client = client(api);
      String id = operation.operation().getOperationId();
      Method withQueryObject = null;
      Object withQueryObjectTarget = null;
      ObjectMapper mapper = FeignSetup.configureMapper(new ObjectMapper().findAndRegisterModules());
      for (Method accessor : client.getClass().getMethods()) {
        if (accessor.getParameterCount() != 0 || !accessor.getReturnType().getName().contains(".generated.api.")) {
          continue;
        }
        for (Method method : accessor.getReturnType().getMethods()) {
          if (!method.getName().equals(id)) {
            continue;
          }
          if (queryMapIndex(method) < 0) {
            return new Call(api, operation, accessor.invoke(client), method, mapper);
          }
          withQueryObject = method;
          withQueryObjectTarget = accessor.invoke(client);
        }
      }
      if (withQueryObject != null) {
        return new Call(api, operation, withQueryObjectTarget, withQueryObject, mapper);
      }
      throw new AssertionError("no generated method for " + api + " " + id);
    }

    private static int queryMapIndex(Method method) {
      Annotation[][] annotations = method.getParameterAnnotations();
      for (int i = 0; i < annotations.length; i++) {
        if (Arrays.stream(annotations[i]).anyMatch(QueryMap.class::isInstance)) {
          return i;
        }
      }
      return -1;
    }

    /** Leaves a required path or query parameter out: null, or missing from the query object. */
    void leaveOut(Object[] args, String specName) throws Exception {
      int mapIndex = queryMapIndex(method);
      if (mapIndex >= 0 && !hasParam(specName)) {
        args[mapIndex] = queryObject(specName);
      } else {
        args[parameterIndex(specName)] = null;
      }
    }

    /** Sets a required string parameter to blank: the argument, or its value in the query object. */
    void blankOut(Object[] args, String specName) throws Exception {
      int mapIndex = queryMapIndex(method);
      if (mapIndex >= 0 && !hasParam(specName)) {
        Object query = queryObject(null);
        Class<?> type = query.getClass();
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(camel(specName)) && m.getParameterCount() == 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError(type + " has no setter for " + specName))
            .invoke(query, "  ");
        args[mapIndex] = query;
      } else {
        args[parameterIndex(specName)] = "  ";
      }
    }

    private boolean hasParam(String specName) {
      return Arrays.stream(method.getParameterAnnotations())
          .flatMap(Arrays::stream)
          .anyMatch(a -> a instanceof Param param && param.value().equals(camel(specName)));
    }

    /** The operation's query object with every required query parameter set, but {@code without}. */
    private Object queryObject(String without) throws Exception {
      Class<?> type = method.getParameterTypes()[queryMapIndex(method)];
      Object query = type.getConstructor().newInstance();
      for (Parameter parameter : SpecOperations.parameters(spec, operation)) {
        if ("query".equals(parameter.getIn())
            && Boolean.TRUE.equals(parameter.getRequired())
            && !parameter.getName().equals(without)) {
          Method setter =
              Arrays.stream(type.getMethods())
                  .filter(m -> m.getName().equals(camel(parameter.getName())) && m.getParameterCount() == 1)
                  .findFirst()
                  .orElseThrow(() -> new AssertionError(type + " has no setter for " + parameter.getName()));
          setter.invoke(query, sample(setter.getParameterTypes()[0]));
        }
      }
      return query;
    }

    private static Object client(String api) {
      return switch (api) {
        case "perscom" -> PerscomClient.builder()
            .apiKey("k").baseUrl(server.baseUrl("/v2")).retryPolicy(RetryPolicy.disabled()).build();
        case "unipile" -> UnipileClient.builder()
            .apiKey("k").baseUrl(server.baseUrl("/api/v1")).retryPolicy(RetryPolicy.disabled()).build();
        case "timekit" -> TimekitClient.builder()
            .apiKey("k").baseUrl(server.baseUrl("/v2")).retryPolicy(RetryPolicy.disabled()).build();
        default -> throw new IllegalArgumentException(api);
      };
    }

    Object[] validArguments() throws Exception {
      Class<?>[] types = method.getParameterTypes();
      Object[] args = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        if (i == bodyIndexOrMinusOne()) {
          args[i] = mapper.treeToValue(exampleJson(), types[i]);
        } else if (i == queryMapIndex(method)) {
          args[i] = queryObject(null);
        } else {
          args[i] = sample(types[i]);
        }
      }
      return args;
    }

    /** A valid value of a path or query parameter's type; null where the parameter is optional. */
    private static Object sample(Class<?> type) {
      if (type == String.class) {
        return "id-1";
      } else if (type == Long.class || type == Integer.class) {
        return type == Long.class ? (Object) 7L : (Object) 7;
      } else if (type == UUID.class) {
        return UUID.fromString("0b9d7c5a-3e1f-4a2b-8c6d-5f4e3d2c1b0a");
      } else if (type == OffsetDateTime.class) {
        return OffsetDateTime.parse("2025-06-01T00:00:00Z");
      } else if (List.class.isAssignableFrom(type)) {
        return List.of();
      }
      return null;
    }

    int parameterIndex(String specName) {
      for (int i = 0; i < method.getParameterCount(); i++) {
        for (var annotation : method.getParameterAnnotations()[i]) {
          if (annotation instanceof Param param && param.value().equals(camel(specName))) {
            return i;
          }
        }
      }
      throw new AssertionError(method + " has no parameter for " + specName);
    }

    int lastPathParameterIndex() {
      String path = operation.path();
      String last = path.substring(path.lastIndexOf('{') + 1, path.lastIndexOf('}'));
      return parameterIndex(last);
    }

    int bodyIndex() {
      int index = bodyIndexOrMinusOne();
      if (index < 0) {
        throw new AssertionError(method + " takes no body");
      }
      return index;
    }

    Class<?> bodyType() {
      return method.getParameterTypes()[bodyIndex()];
    }

    private int bodyIndexOrMinusOne() {
      if (operation.operation().getRequestBody() == null) {
        return -1;
      }
      for (int i = 0; i < method.getParameterCount(); i++) {
        boolean annotatedParam =
            Arrays.stream(method.getParameterAnnotations()[i])
                .anyMatch(a -> a instanceof Param || a instanceof QueryMap);
        if (!annotatedParam) {
          return i;
        }
      }
      return -1;
    }

    ObjectNode exampleJson() throws IOException {
      MediaType json =
          SpecOperations.requestBody(spec, operation).getContent().get("application/json");
      Object value = json.getExample();
      if (value == null && json.getExamples() != null) {
        Example first = SpecOperations.example(spec, json.getExamples().values().iterator().next());
        value = first.getValue();
      }
      JsonNode tree = value instanceof String text ? mapper.readTree(text) : mapper.valueToTree(value);
      return (ObjectNode) tree.deepCopy();
    }

    Object exampleBodyWithout(String property) throws IOException {
      ObjectNode example = exampleJson();
      example.remove(property);
      return mapper.treeToValue(example, bodyType());
    }

    Object invoke(Object[] args) throws Exception {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException thrown) {
        if (thrown.getCause() instanceof Exception cause) {
          throw cause;
        }
        throw thrown;
      }
    }

    void invokeIgnoringAnswer(Object[] args) throws Exception {
      try {
        invoke(args);
      } catch (IllegalArgumentException refused) {
        throw refused;
      } catch (RuntimeException answered) {
        // The canned 404 becomes a typed exception; the request is what is under test.
      }
    }

    @Override
    public String toString() {
      return api + " " + method.getName();
    }
  }
}
