package org.eventapis.testkit;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers a stub makes up: the default answer of each operation, built from the spec's
 * example of its success answer, the fault presets, and the check every answer passes.
 */
final class Answers {

  /** What an API might add next year; no spec lists it. */
  static final String UNKNOWN_VALUE = "value_added_later";
  static final String UNKNOWN_FIELD = "field_added_later";

  private static final String PROXY_PAGE =
      "<html><head><title>502 Bad Gateway</title></head>"
          + "<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>";

  private final ApiSpec spec;
  private final VendorErrors errors;

  Answers(ApiSpec spec, VendorErrors errors) {
    this.spec = spec;
    this.errors = errors;
  }

  /**
   * The success answer from the spec's example, with what the request named or set in it where
   * the API would do the same: the id from the path, the fields of a created or updated
   * resource, one item per resource of a batch. If echoing would give an answer the spec does not
   * allow (possible only for a request the spec does not allow either), the example is answered
   * as it stands.
   */
  Reply defaultReply(SpecOperation.Match match, JsonNode requestBody) {
    SpecOperation operation = match.operation();
    int status = operation.successStatus();
    Optional<JsonNode> example = operation.example(status);
    if (example.isEmpty()) {
      return new Reply(status, Map.of(), "", Reply.Connection.ANSWER);
    }
    String path = path(match);
    Map<String, String> ids = match.pathParameters();
    JsonNode base = lastPage(example.get().deepCopy());
    Reply echoed = Reply.json(status, echo(operation, status, base.deepCopy(), ids, requestBody));
    if (problems(operation, path, echoed).isEmpty()) {
      return echoed;
    }
    Reply addressed = Reply.json(status, echo(operation, status, base.deepCopy(), ids, null));
    if (problems(operation, path, addressed).isEmpty()) {
      return addressed;
    }
    return Reply.json(status, base);
  }

  /**
   * What a fault answers to one request.
   *
   * @throws IllegalArgumentException when the operation cannot answer this way (see {@link
   *     #refusal})
   */
  Reply faultReply(Fault fault, SpecOperation.Match match, JsonNode requestBody) {
    SpecOperation operation = match.operation();
    return switch (fault.kind()) {
      case RATE_LIMITED -> {
        Reply reply = vendorReply(operation, 429);
        yield fault.retryAfter()
            .map(wait -> reply.withHeader("Retry-After", String.valueOf(wait.toSeconds())))
            .orElse(reply);
      }
      case UNAVAILABLE ->
          operation.documents(503)
              ? vendorReply(operation, 503)
              : Reply.text(503, "text/plain", "Service Unavailable");
      case BAD_GATEWAY -> Reply.text(502, "text/html", PROXY_PAGE);
      case NO_ANSWER -> Reply.connection(Reply.Connection.NO_ANSWER);
      case CONNECTION_RESET -> Reply.connection(Reply.Connection.RESET);
      case MALFORMED_JSON -> {
        Reply whole = defaultReply(match, requestBody);
        yield Reply.json(whole.status(), whole.body().substring(0, whole.body().length() / 2));
      }
      case EMPTY_BODY -> Reply.json(operation.successStatus(), "");
      case UNKNOWN_ENUM_VALUE -> {
        Reply whole = defaultReply(match, requestBody);
        JsonNode tree = Json.parse(whole.body()).orElseThrow();
        replaceEnumValue(tree, operation.responseSchema(whole.status()));
        yield Reply.json(whole.status(), tree);
      }
      case UNKNOWN_FIELD -> {
        Reply whole = defaultReply(match, requestBody);
        JsonNode tree = Json.parse(whole.body()).orElseThrow();
        addUnknownField(tree);
        yield Reply.json(whole.status(), tree);
      }
      case INVALID_KEY ->
          errors.invalidKeyBody()
              .map(body -> Reply.json(401, body))
              .orElseGet(() -> vendorReply(operation, 401));
      case FORBIDDEN -> vendorReply(operation, 403);
      case PAYMENT_REQUIRED -> vendorReply(operation, 402);
    };
  }

  /**
   * Why an operation cannot answer with a fault, or empty if it can: a vendor's answer its spec
   * does not document there, or a change to a success answer that has no body or no enum.
   */
  Optional<String> refusal(Fault fault, SpecOperation operation) {
    int status =
        switch (fault.kind()) {
          case RATE_LIMITED -> 429;
          case INVALID_KEY -> 401;
          case FORBIDDEN -> 403;
          case PAYMENT_REQUIRED -> 402;
          default -> 0;
        };
    if (status != 0 && !operation.documents(status)) {
      return Optional.of(
          spec.api() + " " + operation.operationId() + " never answers " + status + " ("
              + spec.location() + " documents " + operation.statuses() + ")");
    }
    boolean changesSuccess =
        switch (fault.kind()) {
          case MALFORMED_JSON, EMPTY_BODY, UNKNOWN_ENUM_VALUE, UNKNOWN_FIELD -> true;
          default -> false;
        };
    if (!changesSuccess) {
      return Optional.empty();
    }
    SpecOperation.Match sample =
        new SpecOperation.Match(operation, operation.samplePathParameters());
    Reply success = defaultReply(sample, null);
    if (!success.hasBody()) {
      return Optional.of(
          spec.api() + " " + operation.operationId() + " answers " + success.status()
              + " without a body, so there is nothing to " + fault);
    }
    if (fault.kind() == Fault.Kind.UNKNOWN_ENUM_VALUE) {
      JsonNode tree = Json.parse(success.body()).orElseThrow();
      if (!replaceEnumValue(tree, operation.responseSchema(success.status()))) {
        return Optional.of(
            spec.api() + " " + operation.operationId() + " answers no enum value that could be replaced");
      }
    }
    return Optional.empty();
  }

  /** The spec's first example of the operation's answer with this status. */
  Reply vendorReply(SpecOperation operation, int status) {
    JsonNode body =
        operation
            .example(status)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        spec.api() + " " + operation.operationId() + " documents no answer with status "
                            + status + " and an example body (" + spec.location() + ")"));
    return Reply.json(status, body);
  }

  /** What the spec does not allow about an answer to the operation at this path, one line each. */
  List<String> problems(SpecOperation operation, String path, Reply reply) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
    reply.headers().forEach(response::withHeader);
    if (reply.hasBody()) {
      response.withBody(reply.body());
    }
    ValidationReport report =
        spec.validator()
            .validateResponse(path, Request.Method.valueOf(operation.method()), response.build());
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        List<String> details = message.getAdditionalInfo();
        problems.add(
            details.isEmpty() ? message.getMessage() : message.getMessage() + " (" + String.join("; ", details) + ")");
      }
    }
    return problems;
  }

  /** The request path of a match, base path included, as the validator expects it. */
  String path(SpecOperation.Match match) {
    return spec.basePath() + match.operation().expand(match.pathParameters());
  }

  /**
   * A list answers as its only page: the example's cursor to a next page would send code that
   * pages through a list asking for the same page forever.
   */
  private static JsonNode lastPage(JsonNode answer) {
    if (answer instanceof ObjectNode object) {
      object.remove("next_cursor");
    }
    return answer;
  }

  private static JsonNode echo(
      SpecOperation operation,
      int status,
      JsonNode answer,
      Map<String, String> pathParameters,
      JsonNode body) {
    Schema<?> schema = operation.responseSchema(status);
    Schema<?> data = property(schema, "data");
    JsonNode resource = data != null ? answer.get("data") : answer;
    Schema<?> resourceSchema = data != null ? data : schema;
    if (resource instanceof ObjectNode object) {
      address(object, resourceSchema, operation.pathParameterNames(), pathParameters);
      if (body instanceof ObjectNode fields) {
        overlay(object, resourceSchema, fields);
      }
    } else if (resource instanceof ArrayNode items
        && items.size() > 0
        && items.get(0) instanceof ObjectNode template
        && body != null
        && body.has("resources")) {
      batch(items, template, resourceSchema.getItems(), body.get("resources"));
    }
    return answer;
  }

  /**
   * The resource a path names carries that name: the last path parameter is its id, and other
   * parameters fill properties of the same name (a Unipile event's {@code calendar_id}).
   */
  private static void address(
      ObjectNode resource, Schema<?> schema, List<String> names, Map<String, String> values) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String value = values.get(name);
      String property = i == names.size() - 1 ? "id" : name;
      if (value != null) {
        setTyped(resource, property(schema, property), property, value);
      }
    }
  }

  /** A batch answers one resource per item sent, in order, each made from the example. */
  private static void batch(ArrayNode items, ObjectNode template, Schema<?> itemSchema, JsonNode resources) {
    items.removeAll();
    if (resources.isArray()) {
      int index = 0;
      for (JsonNode sent : resources) {
        ObjectNode item = template.deepCopy();
        if (sent.isObject()) {
          JsonNode id = template.get("id");
          if (id != null && id.canConvertToLong()) {
            item.put("id", id.asLong() + index);
          }
          overlay(item, itemSchema, (ObjectNode) sent);
        } else {
          setTyped(item, property(itemSchema, "id"), "id", sent.asText());
        }
        items.add(item);
        index++;
      }
    } else if (resources.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        ObjectNode item = template.deepCopy();
        setTyped(item, property(itemSchema, "id"), "id", entry.getKey());
        if (entry.getValue() instanceof ObjectNode fields) {
          overlay(item, itemSchema, fields);
        }
        items.add(item);
      }
    }
  }

  /** Copies the request's fields the resource also has; a null only where the resource allows it. */
  private static void overlay(ObjectNode resource, Schema<?> schema, ObjectNode fields) {
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Schema<?> property = property(schema, field.getKey());
      if (property == null) {
        continue;
      }
      if (field.getValue().isNull() && !Boolean.TRUE.equals(property.getNullable())) {
        continue;
      }
      resource.set(field.getKey(), field.getValue().deepCopy());
    }
  }

  private static void setTyped(ObjectNode resource, Schema<?> property, String name, String value) {
    if (property == null) {
      return;
    }
    if ("integer".equals(property.getType())) {
      try {
        resource.put(name, Long.parseLong(value));
      } catch (NumberFormatException notAnId) {
        // The request itself broke the spec; the example's id stays.
      }
      return;
    }
    resource.put(name, value);
  }

  private static Schema<?> property(Schema<?> schema, String name) {
    if (schema == null || schema.getProperties() == null) {
      return null;
    }
    return schema.getProperties().get(name);
  }

  /**
   * Replaces the first enum value of the answer by one the spec does not list, preferring an
   * enum of several values over a constant such as Unipile's {@code "object": "CalendarEvent"}.
   *
   * @return whether a value was replaced
   */
  static boolean replaceEnumValue(JsonNode answer, Schema<?> schema) {
    return replaceEnumValue(answer, schema, 2) || replaceEnumValue(answer, schema, 1);
  }

  private static boolean replaceEnumValue(JsonNode node, Schema<?> schema, int minimumChoices) {
    if (schema == null || node == null) {
      return false;
    }
    if (node instanceof ArrayNode array) {
      Schema<?> items = schema.getItems();
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual() && isEnum(items, minimumChoices)) {
          array.set(i, TextNode.valueOf(UNKNOWN_VALUE));
          return true;
        }
        if (replaceEnumValue(array.get(i), items, minimumChoices)) {
          return true;
        }
      }
      return false;
    }
    if (!(node instanceof ObjectNode object) || schema.getProperties() == null) {
      return false;
    }
    for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
      JsonNode value = object.get(property.getKey());
      if (value == null) {
        continue;
      }
      if (value.isTextual() && isEnum(property.getValue(), minimumChoices)) {
        object.put(property.getKey(), UNKNOWN_VALUE);
        return true;
      }
      if (replaceEnumValue(value, property.getValue(), minimumChoices)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEnum(Schema<?> schema, int minimumChoices) {
    return schema != null && schema.getEnum() != null && schema.getEnum().size() >= minimumChoices;
  }

  /**
   * Fills in required properties the spec fixes to one value (Unipile's {@code "object":
   * "CalendarEvent"}) where a model left them unset: they say nothing a test would choose.
   */
  static void fillConstants(JsonNode node, Schema<?> schema) {
    if (schema == null || node == null) {
      return;
    }
    if (node instanceof ArrayNode array) {
      array.forEach(item -> fillConstants(item, schema.getItems()));
      return;
    }
    if (!(node instanceof ObjectNode object) || schema.getProperties() == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
      Schema<?> definition = property.getValue();
      JsonNode value = object.get(property.getKey());
      boolean unset = value == null || value.isNull() && !Boolean.TRUE.equals(definition.getNullable());
      if (unset
          && required.contains(property.getKey())
          && definition.getEnum() != null
          && definition.getEnum().size() == 1) {
        object.set(property.getKey(), Json.tree(definition.getEnum().get(0)));
      } else {
        fillConstants(value, definition);
      }
    }
  }

  /** Adds a property no spec knows to every object of the answer, at every depth. */
  static void addUnknownField(JsonNode node) {
    if (node instanceof ArrayNode array) {
      array.forEach(Answers::addUnknownField);
    } else if (node instanceof ObjectNode object) {
      List<JsonNode> children = new ArrayList<>();
      object.forEach(children::add);
      children.forEach(Answers::addUnknownField);
      ObjectNode added = JsonNodeFactory.instance.objectNode();
      added.putArray("nested").add(1).add(2);
      object.set(UNKNOWN_FIELD, added);
    }
  }
}
