package org.eventapis.contracts.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The operations of a parsed spec, with component references followed. */
public final class SpecOperations {

  /** One operation: {@code POST /events} with its parsed definition. */
  public record SpecOperation(String method, String path, Operation operation) {

    @Override
    public String toString() {
      return method + " " + path + " (" + operation.getOperationId() + ")";
    }

    /**
     * How well a concrete request path matches this operation's template: -1 for no match,
     * otherwise the number of literal characters, so that {@code /events/batch} beats
     * {@code /events/{event}} as OpenAPI requires.
     */
    public int matchScore(String method, String requestPath) {
      if (!this.method.equalsIgnoreCase(method)) {
        return -1;
      }
      String regex =
          Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q").replace("\\Q\\E", "");
      if (!requestPath.matches(regex)) {
        return -1;
      }
      return path.replaceAll("\\{[^}/]+}", "").length();
    }
  }

  private SpecOperations() {}

  public static List<SpecOperation> all(OpenAPI api) {
    List<SpecOperation> operations = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            operations.add(new SpecOperation(method.name(), path, operation))));
    return operations;
  }

  /** The parameters of an operation, including those declared on its path. */
  public static List<Parameter> parameters(OpenAPI api, SpecOperation op) {
    List<Parameter> all = new ArrayList<>();
    PathItem item = api.getPaths().get(op.path());
    if (item.getParameters() != null) {
      item.getParameters().forEach(p -> all.add(resolve(api, p)));
    }
    if (op.operation().getParameters() != null) {
      op.operation().getParameters().forEach(p -> all.add(resolve(api, p)));
    }
    return all;
  }

  public static RequestBody requestBody(OpenAPI api, SpecOperation op) {
    RequestBody body = op.operation().getRequestBody();
    if (body != null && body.get$ref() != null) {
      return api.getComponents().getRequestBodies().get(simpleName(body.get$ref()));
    }
    return body;
  }

  /** Responses by status code, each one followed to its component if it is a reference. */
  public static Map<String, ApiResponse> responses(OpenAPI api, SpecOperation op) {
    Map<String, ApiResponse> responses = new LinkedHashMap<>();
    op.operation()
        .getResponses()
        .forEach(
            (status, response) ->
                responses.put(
                    status,
                    response.get$ref() == null
                        ? response
                        : api.getComponents().getResponses().get(simpleName(response.get$ref()))));
    return responses;
  }

  public static Example example(OpenAPI api, Example example) {
    return example.get$ref() == null
        ? example
        : api.getComponents().getExamples().get(simpleName(example.get$ref()));
  }

  private static Parameter resolve(OpenAPI api, Parameter parameter) {
    return parameter.get$ref() == null
        ? parameter
        : api.getComponents().getParameters().get(simpleName(parameter.get$ref()));
  }

  private static String simpleName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
