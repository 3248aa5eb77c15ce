package org.eventapis.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One operation of a spec, such as {@code POST /events} ({@code createEvent}). */
final class SpecOperation {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

  /** A request path matched to this operation, with its path parameters decoded. */
  record Match(SpecOperation operation, Map<String, String> pathParameters) {}

  private final OpenAPI api;
  private final String method;
  private final String path;
  private final Operation operation;
  private final List<Parameter> parameters;
  private final List<String> pathParameterNames = new ArrayList<>();
  private final Pattern pathPattern;

  SpecOperation(OpenAPI api, String method, String path, PathItem item, Operation operation) {
    this.api = api;
    this.method = method;
    this.path = path;
    this.operation = operation;
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      all.addAll(operation.getParameters());
    }
    this.parameters = List.copyOf(all);
    StringBuilder regex = new StringBuilder();
    Matcher names = PATH_PARAMETER.matcher(path);
    int last = 0;
    while (names.find()) {
      regex.append(Pattern.quote(path.substring(last, names.start()))).append("([^/]+)");
      pathParameterNames.add(names.group(1));
      last = names.end();
    }
    regex.append(Pattern.quote(path.substring(last)));
    this.pathPattern = Pattern.compile(regex.toString());
  }

  String operationId() {
    return operation.getOperationId();
  }

  /** Upper case: {@code GET}, {@code POST}, ... */
  String method() {
    return method;
  }

  /** The path template below the base path: {@code /events/{event}}. */
  String path() {
    return path;
  }

  List<String> pathParameterNames() {
    return Collections.unmodifiableList(pathParameterNames);
  }

  List<Parameter> parameters() {
    return parameters;
  }

  /** The literal part of the template; the longer it is, the more specific the match. */
  int literalLength() {
    return PATH_PARAMETER.matcher(path).replaceAll("").length();
  }

  Optional<Match> match(String requestMethod, String requestPath) {
    if (!method.equalsIgnoreCase(requestMethod)) {
      return Optional.empty();
    }
    Matcher matcher = pathPattern.matcher(requestPath);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pathParameterNames.size(); i++) {
      values.put(pathParameterNames.get(i), Http.decodePercent(matcher.group(i + 1)));
    }
    return Optional.of(new Match(this, Collections.unmodifiableMap(values)));
  }

  /** The template with these values in place of its parameters, each percent-encoded. */
  String expand(Map<String, String> values) {
    Matcher names = PATH_PARAMETER.matcher(path);
    StringBuilder expanded = new StringBuilder();
    while (names.find()) {
      String value = values.get(names.group(1));
      if (value == null) {
        throw new IllegalArgumentException(this + ": no value for path parameter " + names.group(1));
      }
      names.appendReplacement(expanded, Matcher.quoteReplacement(Http.encodeSegment(value)));
    }
    names.appendTail(expanded);
    return expanded.toString();
  }

  /** A value for each path parameter that its schema accepts, for checking answers without a request. */
  Map<String, String> samplePathParameters() {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      if ("path".equals(parameter.getIn())) {
        values.put(parameter.getName(), sampleValue(parameter));
      }
    }
    return values;
  }

  private static String sampleValue(Parameter parameter) {
    if (parameter.getExample() != null) {
      return String.valueOf(parameter.getExample());
    }
    Schema<?> schema = parameter.getSchema();
    if (schema != null && "uuid".equals(schema.getFormat())) {
      return "8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d";
    }
    if (schema != null && "integer".equals(schema.getType())) {
      return "12";
    }
    return "sample";
  }

  boolean hasRequestBody() {
    return operation.getRequestBody() != null;
  }

  /** The schema of the JSON request body, or null for an operation without one. */
  Schema<?> requestSchema() {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return null;
    }
    MediaType json = operation.getRequestBody().getContent().get("application/json");
    return json == null ? null : json.getSchema();
  }

  /** Statuses in the order the spec lists them. */
  List<Integer> statuses() {
    List<Integer> statuses = new ArrayList<>();
    for (String status : operation.getResponses().keySet()) {
      if (status.matches("\\d{3}")) {
        statuses.add(Integer.parseInt(status));
      }
    }
    return statuses;
  }

  boolean documents(int status) {
    return operation.getResponses().containsKey(String.valueOf(status));
  }

  /** The first 2xx status the spec lists: what the operation answers when all goes well. */
  int successStatus() {
    for (int status : statuses()) {
      if (status >= 200 && status < 300) {
        return status;
      }
    }
    throw new IllegalStateException(this + " lists no success status");
  }

  /** The schema of the JSON body answered with {@code status}, or null when it has none. */
  Schema<?> responseSchema(int status) {
    MediaType json = json(status);
    return json == null ? null : json.getSchema();
  }

  /**
   * The first example of the JSON body answered with {@code status}, as a fresh tree the caller
   * may change; empty when the spec gives none.
   */
  Optional<JsonNode> example(int status) {
    MediaType json = json(status);
    if (json == null) {
      return Optional.empty();
    }
    if (json.getExamples() != null) {
      for (Example example : json.getExamples().values()) {
        Example resolved = resolve(example);
        if (resolved != null && resolved.getValue() != null) {
          return Optional.of(Json.tree(resolved.getValue()));
        }
      }
    }
    return json.getExample() == null ? Optional.empty() : Optional.of(Json.tree(json.getExample()));
  }

  private Example resolve(Example example) {
    if (example.get$ref() == null) {
      return example;
    }
    String name = example.get$ref().substring(example.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getExamples().get(name);
  }

  private MediaType json(int status) {
    ApiResponse response = operation.getResponses().get(String.valueOf(status));
    if (response != null && response.get$ref() != null) {
      String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
      response = api.getComponents().getResponses().get(name);
    }
    if (response == null || response.getContent() == null) {
      return null;
    }
    return response.getContent().get("application/json");
  }

  @Override
  public String toString() {
    return method + " " + path + " (" + operationId() + ")";
  }
}
