package org.eventapis.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One API's spec as the stubs use it: its operations, the base path its server URL implies, its
 * security scheme, and a validator for requests and answers. The spec is read from the testkit
 * jar, where the build copies it from the project's {@code specs/} folder.
 */
final class ApiSpec {

  private static final String RESOURCE_FOLDER = "/org/eventapis/testkit/specs/";

  /** Parsing a spec and building its validator takes about a second; specs never change. */
  private static final Map<String, ApiSpec> LOADED = new ConcurrentHashMap<>();

  private final String api;
  private final OpenAPI openApi;
  private final String basePath;
  private final List<SpecOperation> operations;
  private final List<SecurityScheme> security;
  private final OpenApiInteractionValidator validator;

  private ApiSpec(String api, String yaml) {
    this.api = api;
    this.openApi = parse(api, yaml);
    this.basePath = basePath(openApi.getServers().get(0));
    this.operations = operations(openApi);
    this.security = security(openApi);
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
            .withBasePathOverride(basePath)
            // allOf parts are merged first: the validator treats objects as closed, and each part
            // on its own would reject the other parts' properties.
            .withResolveCombinators(true)
            .withLevelResolver(
                LevelResolver.create()
                    // A misspelt query parameter is ignored by the real servers, so the caller's
                    // mistake would go unnoticed: report it.
                    .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                    .build())
            .build();
  }

  /** The spec of {@code api} ({@code perscom}, {@code unipile}, {@code timekit}). */
  static ApiSpec of(String api) {
    return LOADED.computeIfAbsent(api, name -> new ApiSpec(name, read(name)));
  }

  String api() {
    return api;
  }

  /** Where the spec comes from, for messages: the file a reader can open in the project. */
  String location() {
    return "specs/" + api + "/openapi.yaml";
  }

  OpenAPI openApi() {
    return openApi;
  }

  /** The path of the spec's first server URL with its variables at their defaults: {@code /v2}. */
  String basePath() {
    return basePath;
  }

  List<SpecOperation> operations() {
    return operations;
  }

  OpenApiInteractionValidator validator() {
    return validator;
  }

  /** The schemes a request may authenticate with (any one of them will do). */
  List<SecurityScheme> security() {
    return security;
  }

  SpecOperation operation(String operationId) {
    for (SpecOperation operation : operations) {
      if (operation.operationId().equals(operationId)) {
        return operation;
      }
    }
    throw new IllegalArgumentException(location() + " has no operation " + operationId);
  }

  /**
   * The operation a request path (below the base path) and method address; literal segments win
   * over parameters, as OpenAPI requires ({@code /events/batch} over {@code /events/{event}}).
   */
  Optional<SpecOperation.Match> match(String method, String path) {
    SpecOperation.Match best = null;
    for (SpecOperation operation : operations) {
      Optional<SpecOperation.Match> match = operation.match(method, path);
      if (match.isPresent()
          && (best == null || operation.literalLength() > best.operation().literalLength())) {
        best = match.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static String read(String api) {
    try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE_FOLDER + api + "/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException(
            "the testkit jar holds no spec for " + api + " (expected " + RESOURCE_FOLDER + api + "/openapi.yaml)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec of " + api, e);
    }
  }

  /**
   * Every reference inlined and every {@code allOf} merged, so that a schema can be walked
   * without looking anything up: the form the answers are built and checked in.
   */
  private static OpenAPI parse(String api, String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException("the spec of " + api + " does not parse: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  private static String basePath(Server server) {
    String url = server.getUrl();
    if (server.getVariables() != null) {
      for (Map.Entry<String, ServerVariable> variable : server.getVariables().entrySet()) {
        url = url.replace("{" + variable.getKey() + "}", variable.getValue().getDefault());
      }
    }
    String path = URI.create(url).getPath();
    return path == null || path.equals("/") ? "" : path;
  }

  private static List<SpecOperation> operations(OpenAPI api) {
    List<SpecOperation> operations = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        operations.add(
            new SpecOperation(api, entry.getKey().name(), path.getKey(), path.getValue(), entry.getValue()));
      }
    }
    return List.copyOf(operations);
  }

  private static List<SecurityScheme> security(OpenAPI api) {
    List<SecurityScheme> schemes = new ArrayList<>();
    if (api.getSecurity() == null) {
      return schemes;
    }
    for (SecurityRequirement requirement : api.getSecurity()) {
      for (String name : requirement.keySet()) {
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get(name);
        if (scheme != null) {
          schemes.add(scheme);
        }
      }
    }
    return List.copyOf(schemes);
  }
}
