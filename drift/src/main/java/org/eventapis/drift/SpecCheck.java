package org.eventapis.drift;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds real exchanges to our spec of one API, reporting everything the validator finds: objects
 * are closed (an unknown property is reported), and every message counts, whatever its default
 * level. Each message becomes a {@link Finding} classified by {@link Classification}.
 */
final class SpecCheck {

  private static final String RESOURCE_FOLDER = "/org/eventapis/drift/specs/";
  /** Response headers whose absence from the spec matters to callers: rate limits, request ids. */
  private static final Pattern HEADERS_THAT_MATTER =
      Pattern.compile("(?i).*(rate-?limit|retry-after|request-?id|correlation-?id|trace-?id).*");
  /** The names in {@code ... properties (["a","b"])} and {@code ... by the schema: ["a","b"]}. */
  private static final Pattern NAME_LIST = Pattern.compile("\\[([^\\]]*)]\\)?\\s*$");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");

  private final String api;
  private final OpenAPI openApi;
  private final String specBasePath;
  private final OpenApiInteractionValidator validator;

  private SpecCheck(String api, String yaml) {
    this.api = api;
    this.openApi = parse(api, yaml);
    this.specBasePath = basePath(openApi.getServers().get(0));
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
            .withBasePathOverride(specBasePath)
            // allOf parts are merged first: objects are closed, and each part on its own would
            // reject the other parts' properties.
            .withResolveCombinators(true)
            // Report everything: no message is left at INFO or IGNORE, and objects stay closed so
            // that an added property shows.
            .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
            .build();
  }

  /** Our spec of {@code api}, as copied into this module's classes by the build. */
  static SpecCheck of(String api) {
    try (InputStream in = SpecCheck.class.getResourceAsStream(RESOURCE_FOLDER + api + "/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("no spec of " + api + " on the classpath (" + RESOURCE_FOLDER + ")");
      }
      return new SpecCheck(api, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec of " + api, e);
    }
  }

  String location() {
    return "specs/" + api + "/openapi.yaml";
  }

  /**
   * What differs between one exchange and the spec.
   *
   * @param clientBasePath the path of the base URL the client was given ({@code /v2}); what
   *     follows it in a request's path is matched to the spec's paths
   */
  List<Finding> check(Exchange exchange, String clientBasePath) {
    URI uri = URI.create(exchange.url());
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    String relative = rawPath.startsWith(clientBasePath) ? rawPath.substring(clientBasePath.length()) : rawPath;
    String path = specBasePath + relative;
    List<Finding> findings = new ArrayList<>();

    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), path);
    exchange.requestHeaders().forEach(request::withHeader);
    query(uri.getRawQuery()).forEach(request::withQueryParam);
    if (exchange.requestBody().length > 0) {
      request.withBody(exchange.requestBody());
    }
    for (ValidationReport.Message message : validator.validateRequest(request.build()).getMessages()) {
      findings.addAll(toFindings(exchange.operationId(), "request", message, true));
    }

    if (!exchange.answered()) {
      return findings;
    }
    SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
    exchange.responseHeaders().forEach(response::withHeader);
    if (exchange.responseBody().length > 0) {
      response.withBody(exchange.responseBody());
    }
    ValidationReport report =
        validator.validateResponse(path, Request.Method.valueOf(exchange.method()), response.build());
    for (ValidationReport.Message message : report.getMessages()) {
      findings.addAll(toFindings(exchange.operationId(), "response", message, false));
    }
    findings.addAll(undocumentedHeaders(exchange));
    return findings;
  }

  private List<Finding> toFindings(
      String operationId, String side, ValidationReport.Message message, boolean request) {
    if (message.getLevel() == ValidationReport.Level.IGNORE) {
      return List.of();
    }
    String key = message.getKey();
    Classification.Rule rule = request ? Classification.ofRequest(key) : Classification.of(key);
    String text = describe(message);
    if (key.endsWith(".status.unknown")) {
      return List.of(new Finding(rule.severity(), operationId, side, "status", rule.kind(), text, 1));
    }
    Optional<ValidationReport.MessageContext.Pointers> pointers =
        message.getContext().flatMap(ValidationReport.MessageContext::getPointers);
    String base = pointers.map(ValidationReport.MessageContext.Pointers::getInstance).map(SpecCheck::jsonPath).orElse("");
    if (key.endsWith("schema.required") || key.endsWith("schema.additionalProperties")) {
      List<Finding> each = new ArrayList<>();
      for (String name : names(message.getMessage())) {
        each.add(new Finding(rule.severity(), operationId, side, join(base, name), rule.kind(), text, 1));
      }
      if (!each.isEmpty()) {
        return each;
      }
    }
    if (key.contains(".header.")) {
      String header = message.getContext().flatMap(ValidationReport.MessageContext::getParameter)
          .map(p -> p.getName()).orElse("?");
      return List.of(new Finding(rule.severity(), operationId, side, "header " + header, rule.kind(), text, 1));
    }
    String where = key.contains(".body") ? (base.isEmpty() ? "$" : base) : side;
    return List.of(new Finding(rule.severity(), operationId, side, where, rule.kind(), text, 1));
  }

  /** Rate-limit and request-id headers the server sent and the spec does not declare. */
  private List<Finding> undocumentedHeaders(Exchange exchange) {
    Map<String, ?> declared = declaredHeaders(exchange.operationId(), exchange.status());
    List<Finding> findings = new ArrayList<>();
    Classification.Rule rule = Classification.of("undocumented.header");
    for (String name : exchange.responseHeaders().keySet()) {
      if (!HEADERS_THAT_MATTER.matcher(name).matches()) {
        continue;
      }
      boolean known = declared.keySet().stream().anyMatch(d -> d.equalsIgnoreCase(name));
      if (!known) {
        findings.add(new Finding(rule.severity(), exchange.operationId(), "response",
            "header " + name.toLowerCase(Locale.ROOT), rule.kind(),
            "the " + exchange.status() + " answer carries " + name + ", which " + location() + " does not declare", 1));
      }
    }
    return findings;
  }

  private Map<String, ?> declaredHeaders(String operationId, int status) {
    for (PathItem item : openApi.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        if (operationId.equals(operation.getOperationId()) && operation.getResponses() != null) {
          String code = String.valueOf(status);
          ApiResponse answer = operation.getResponses().get(code);
          if (answer == null) {
            answer = operation.getResponses().get(code.charAt(0) + "XX");
          }
          if (answer == null) {
            answer = operation.getResponses().get("default");
          }
          return answer == null || answer.getHeaders() == null ? Map.of() : answer.getHeaders();
        }
      }
    }
    return Map.of();
  }

  /** A JSON pointer as a JSON path, list positions folded: {@code /data/0/name} → {@code data[*].name}. */
  static String jsonPath(String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (String token : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
        path.append("[*]");
      } else {
        path.append(path.length() == 0 ? "" : ".").append(name);
      }
    }
    return path.toString();
  }

  private static String join(String base, String name) {
    return base.isEmpty() ? name : base + "." + name;
  }

  private static List<String> names(String text) {
    List<String> names = new ArrayList<>();
    Matcher list = NAME_LIST.matcher(text);
    if (list.find()) {
      Matcher quoted = QUOTED.matcher(list.group(1));
      while (quoted.find()) {
        names.add(quoted.group(1));
      }
    }
    return names;
  }

  private static String describe(ValidationReport.Message message) {
    String text = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
    List<String> details = message.getAdditionalInfo();
    return details.isEmpty() ? text : text + " (" + String.join("; ", details) + ")";
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static OpenAPI parse(String api, String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
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
}
