package org.eventapis.contracts.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactLevelResolverFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the specs are, and parsers and validators built from them. */
public final class Specs {

  private Specs() {}

  /** The folder holding one sub-folder per API; set by the build as {@code specs.dir}. */
  public static Path directory() {
    String dir = System.getProperty("specs.dir");
    if (dir == null) {
      throw new IllegalStateException("system property specs.dir is not set; run through Maven");
    }
    return Path.of(dir).toAbsolutePath().normalize();
  }

  /** The OpenAPI document of one API, such as {@code specs/perscom/openapi.yaml}. */
  public static Path location(String api) {
    Path spec = directory().resolve(api).resolve("openapi.yaml");
    if (!Files.isRegularFile(spec)) {
      throw new IllegalStateException("no spec for " + api + " at " + spec);
    }
    return spec;
  }

  /**
   * The released copy of a spec, {@code specs/<api>/released/openapi.yaml}: what code built on
   * the last release relies on, and the baseline of the breaking-change gate.
   */
  public static Path released(String api) {
    Path spec = directory().resolve(api).resolve("released").resolve("openapi.yaml");
    if (!Files.isRegularFile(spec)) {
      throw new IllegalStateException("no released copy for " + api + " at " + spec);
    }
    return spec;
  }

  /** {@code specs/CHANGELOG.md}, where acknowledged breaking changes are recorded. */
  public static Path changelog() {
    return directory().resolve("CHANGELOG.md");
  }

  /** Parses a spec with references resolved, as the generator and the validator see it. */
  public static SwaggerParseResult parse(String api) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readLocation(location(api).toUri().toString(), null, options);
  }

  /** A parsed spec, failing with the parser's messages if it does not parse. */
  public static OpenAPI openApi(String api) {
    return parsed(api, parse(api));
  }

  /**
   * A parsed spec with every reference inlined and every {@code allOf} merged into one schema,
   * the form in which the validator checks bodies (see {@link #pactValidator}).
   */
  public static OpenAPI openApiFlattened(String api) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(true);
    return parsed(
        api, new OpenAPIV3Parser().readLocation(location(api).toUri().toString(), null, options));
  }

  private static OpenAPI parsed(String api, SwaggerParseResult result) {
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException(location(api) + " does not parse: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  /**
   * The path part of the spec's first server URL, with server variables at their defaults:
   * {@code /v2} for PERSCOM, {@code /api/v1} for Unipile. Tests put it after the mock server's
   * address so that recorded paths look like the real ones.
   */
  public static String basePath(String api) {
    Server server = openApi(api).getServers().get(0);
    String url = server.getUrl();
    if (server.getVariables() != null) {
      for (Map.Entry<String, ServerVariable> variable : server.getVariables().entrySet()) {
        url = url.replace("{" + variable.getKey() + "}", variable.getValue().getDefault());
      }
    }
    String path = URI.create(url).getPath();
    return path == null || path.equals("/") ? "" : path;
  }

  /**
   * A validator for interactions with one API. Pact's level resolver lets a consumer expect less
   * of a response than the spec requires, which is how consumer contracts are meant to work.
   *
   * <p>The validator treats every object as closed (no keys beyond those declared), which is what
   * catches a renamed field; {@code allOf} parts are merged first, since each part on its own
   * would then reject the other parts' keys.
   */
  public static OpenApiInteractionValidator pactValidator(String api) {
    return OpenApiInteractionValidator.createForSpecificationUrl(location(api).toUri().toString())
        .withBasePathOverride(basePath(api))
        .withResolveCombinators(true)
        .withLevelResolver(PactLevelResolverFactory.create())
        .build();
  }
}
