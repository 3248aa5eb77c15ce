package org.eventapis.testkit.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The specs exactly as the testkit jar carries them, read by the tests on their own so that what
 * the stubs make of a spec is checked against the spec, not against itself.
 */
public final class SpecFiles {

  /** The APIs the testkit stubs, in the order the tests report them. */
  public static final List<String> APIS = List.of("perscom", "unipile", "timekit");

  /** One operation of a spec. */
  public record SpecOp(String api, String method, String path, PathItem item, Operation operation, OpenAPI spec) {

    public String operationId() {
      return operation.getOperationId();
    }

    /** Path-level and operation-level parameters together. */
    public List<Parameter> parameters() {
      List<Parameter> all = new ArrayList<>();
      if (item.getParameters() != null) {
        all.addAll(item.getParameters());
      }
      if (operation.getParameters() != null) {
        all.addAll(operation.getParameters());
      }
      return all;
    }

    /** The first example of the JSON request body, if the operation takes one. */
    public Optional<Object> requestExample() {
      if (operation.getRequestBody() == null) {
        return Optional.empty();
      }
      MediaType json = operation.getRequestBody().getContent().get("application/json");
      for (Example example : json.getExamples().values()) {
        Example resolved =
            example.get$ref() == null
                ? example
                : spec.getComponents().getExamples().get(example.get$ref().substring(example.get$ref().lastIndexOf('/') + 1));
        return Optional.of(resolved.getValue());
      }
      return Optional.empty();
    }

    @Override
    public String toString() {
      return api + " " + operationId();
    }
  }

  private SpecFiles() {}

  public static String yaml(String api) {
    try (InputStream in = SpecFiles.class.getResourceAsStream("/org/eventapis/testkit/specs/" + api + "/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the testkit jar holds no spec for " + api);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static OpenAPI openApi(String api) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    return new OpenAPIV3Parser().readContents(yaml(api), null, options).getOpenAPI();
  }

  /** Every operation of every spec. */
  public static List<SpecOp> operations() {
    List<SpecOp> operations = new ArrayList<>();
    for (String api : APIS) {
      OpenAPI spec = openApi(api);
      for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
        path.getValue()
            .readOperationsMap()
            .forEach((method, operation) ->
                operations.add(new SpecOp(api, method.name(), path.getKey(), path.getValue(), operation, spec)));
      }
    }
    return operations;
  }

  /** A validator of one API's requests and answers, as the contract tests build it. */
  public static OpenApiInteractionValidator validator(String api) {
    return OpenApiInteractionValidator.createForInlineApiSpecification(yaml(api))
        .withBasePathOverride(basePath(api))
        .withResolveCombinators(true)
        .build();
  }

  /** The path of the spec's first server URL, its variables at their defaults. */
  public static String basePath(String api) {
    var server = openApi(api).getServers().get(0);
    String url = server.getUrl();
    if (server.getVariables() != null) {
      for (var variable : server.getVariables().entrySet()) {
        url = url.replace("{" + variable.getKey() + "}", variable.getValue().getDefault());
      }
    }
    String path = URI.create(url).getPath();
    return path == null || path.equals("/") ? "" : path;
  }
}
