package org.eventapis.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.eventapis.core.ClientBuilder;
import org.eventapis.core.RetryPolicy;
import org.eventapis.core.VendorErrorDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Every API under {@code specs/} has its whole slot in this module: a client, an error decoder,
 * a fault target, and a generated {@code ApiClient} whose server path, security schemes and
 * credential headers are the spec's. The list of APIs is read from {@code specs/*\/openapi.yaml}
 * and each spec is read here with a plain YAML parser, apart from the generator, so a step of
 * "Adding an API" left out fails here and not in production.
 */
class ApiSlotTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The APIs, one per {@code specs/<name>/openapi.yaml}. */
  static List<String> apis() {
    String dir = System.getProperty("specs.dir");
    if (dir == null) {
      throw new IllegalStateException("system property specs.dir is not set; run through Maven");
    }
    try (Stream<Path> entries = Files.list(Path.of(dir))) {
      List<String> apis =
          entries
              .filter(entry -> Files.isRegularFile(entry.resolve("openapi.yaml")))
              .map(entry -> entry.getFileName().toString())
              .sorted()
              .toList();
      assertThat(apis).as("APIs under %s", dir).isNotEmpty();
      return apis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void client_forEverySpec_hasABuilderOnClientBuilder(String api) throws Exception {
    Class<?> client = Class.forName("org.eventapis." + api + "." + typeName(api) + "Client");

    assertThat(client.getField("API").get(null)).isEqualTo(api);
    assertThat(client.getMethod("builder").getReturnType()).isAssignableTo(ClientBuilder.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void errorDecoder_forEverySpec_extendsVendorErrorDecoder(String api) throws Exception {
    Class<?> decoder = Class.forName("org.eventapis." + api + "." + typeName(api) + "ErrorDecoder");

    assertThat(decoder).isAssignableTo(VendorErrorDecoder.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void faultTarget_forEverySpec_isInTheSuiteUnderTheSpecsServerPath(String api) {
    assertThat(FaultTarget.all()).extracting(FaultTarget::name).contains(api);
    FaultTarget target = FaultTarget.byName().get(api);

    assertThat(target).as("FaultTarget.byName() for %s", api).isNotNull();
    assertThat(target.readPath()).startsWith(serverPath(spec(api)) + "/");
    assertThat(target.writePath()).startsWith(serverPath(spec(api)) + "/");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void generatedApiClient_forEverySpec_carriesTheSpecsServerAndSecuritySchemes(String api)
      throws Exception {
    Class<?> generated = Class.forName("org.eventapis." + api + ".generated.invoker.ApiClient");
    JsonNode spec = spec(api);

    assertThat(generated.getField("SERVER_PATH").get(null)).isEqualTo(serverPath(spec));
    assertThat(generated.getField("SECURITY_SCHEMES").get(null))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrderElementsOf(schemeNames(spec));
    assertThat(generated.getField("CREDENTIAL_HEADERS").get(null))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrderElementsOf(credentialHeaders(spec));
  }

  /**
   * A call at FULL logging through the real client: it authenticates with a header of the spec's
   * security schemes, the log shows each such header as {@code <redacted>}, and no line holds
   * the key, plain or Base64-encoded as HTTP Basic sends it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void fullLog_forEverySpec_redactsEveryCredentialHeader(String api) throws Exception {
    FaultTarget target = FaultTarget.byName().get(api);
    assertThat(target).as("FaultTarget.byName() for %s", api).isNotNull();
    AtomicReference<Headers> received = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] body = target.readBody().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          received.set(exchange.getRequestHeaders());
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    Logger http = (Logger) LoggerFactory.getLogger("org.eventapis.http." + api);
    Level before = http.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    http.addAppender(logs);
    http.setLevel(Level.DEBUG);
    try {
      String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
      target
          .connect()
          .apply(new FaultTarget.ClientOptions(baseUrl, RetryPolicy.disabled(), Duration.ofSeconds(30)))
          .read();
    } finally {
      http.detachAppender(logs);
      http.setLevel(before);
      server.stop(0);
    }

    List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    List<String> sent =
        credentialHeaders(spec(api)).stream().filter(received.get()::containsKey).toList();
    assertThat(sent).as("credential headers of the %s spec the client sent", api).isNotEmpty();
    for (String header : sent) {
      String redacted = (header + ": <redacted>").toLowerCase(Locale.ROOT);
      assertThat(lines)
          .as("log lines of %s", api)
          .anyMatch(line -> line.toLowerCase(Locale.ROOT).endsWith(redacted));
    }
    String key = FaultTarget.API_KEY;
    String asBasic = Base64.getEncoder().encodeToString((":" + key).getBytes(StandardCharsets.UTF_8));
    assertThat(lines).noneMatch(line -> line.contains(key) || line.contains(asBasic));
  }

  private static JsonNode spec(String api) {
    Path file = Path.of(System.getProperty("specs.dir"), api, "openapi.yaml");
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code perscom} becomes {@code Perscom}, the prefix of the API's hand-written classes. */
  private static String typeName(String api) {
    return api.substring(0, 1).toUpperCase(Locale.ROOT) + api.substring(1);
  }

  /** The path of the first server URL, its variables at their defaults, without a final slash. */
  private static String serverPath(JsonNode spec) {
    JsonNode server = spec.path("servers").path(0);
    String url = server.path("url").asText();
    for (Iterator<Map.Entry<String, JsonNode>> it = server.path("variables").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      url = url.replace("{" + variable.getKey() + "}", variable.getValue().path("default").asText());
    }
    String path = URI.create(url).getPath();
    return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
  }

  private static List<String> schemeNames(JsonNode spec) {
    List<String> names = new ArrayList<>();
    spec.path("components").path("securitySchemes").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * The headers the spec's security schemes put a credential in: an API key's own header (or
   * {@code Cookie}), and {@code Authorization} for HTTP, OAuth 2 and OpenID Connect schemes.
   */
  private static List<String> credentialHeaders(JsonNode spec) {
    Set<String> headers = new LinkedHashSet<>();
    for (JsonNode scheme : spec.path("components").path("securitySchemes")) {
      String type = scheme.path("type").asText();
      switch (type) {
        case "apiKey" -> {
          switch (scheme.path("in").asText()) {
            case "header" -> headers.add(scheme.path("name").asText());
            case "cookie" -> headers.add("Cookie");
            default -> throw new AssertionError(
                "an API key in the " + scheme.path("in").asText()
                    + " would show in the logged URL; only header and cookie keys are redacted");
          }
        }
        case "http", "oauth2", "openIdConnect" -> headers.add("Authorization");
        default -> throw new AssertionError("unknown security scheme type " + type);
      }
    }
    return List.copyOf(headers);
  }
}
