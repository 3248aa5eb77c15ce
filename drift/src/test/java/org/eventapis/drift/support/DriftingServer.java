package org.eventapis.drift.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A loopback server in front of a testkit stub that passes every request on and changes the
 * answers of chosen operations, the way a vendor's API drifts from its description. The stub
 * still checks every request against the spec; only the answers drift.
 */
public final class DriftingServer implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Headers the JDK's HTTP client sets itself and refuses to be given. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding", "keep-alive");

  /** An answer on its way back to the client. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {

    public Answer withStatus(int newStatus) {
      return new Answer(newStatus, headers, body);
    }

    public Answer withHeader(String name, String value) {
      Map<String, List<String>> more = new LinkedHashMap<>(headers);
      more.put(name, List.of(value));
      return new Answer(status, more, body);
    }

    /** The body changed as JSON. */
    public Answer withJson(java.util.function.Consumer<JsonNode> change) {
      try {
        JsonNode tree = MAPPER.readTree(body);
        change.accept(tree);
        return new Answer(status, headers, MAPPER.writeValueAsString(tree));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private record Rule(String method, Pattern path, UnaryOperator<Answer> change) {}

  private final URI target;
  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<Rule> rules = new CopyOnWriteArrayList<>();

  private DriftingServer(String targetBaseUrl) {
    URI base = URI.create(targetBaseUrl);
    this.target = URI.create(base.getScheme() + "://" + base.getAuthority());
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** A server in front of the stub at this base URL ({@code http://127.0.0.1:<port>/v2}). */
  public static DriftingServer inFrontOf(String stubBaseUrl) {
    return new DriftingServer(stubBaseUrl);
  }

  /** The same base URL as the stub's, on this server. */
  public String baseUrl(String stubBaseUrl) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + URI.create(stubBaseUrl).getRawPath();
  }

  /** Changes the answers to requests with this method whose path matches {@code pathRegex} whole. */
  public DriftingServer answer(String method, String pathRegex, UnaryOperator<Answer> change) {
    rules.add(new Rule(method, Pattern.compile(pathRegex), change));
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri = exchange.getRequestURI();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target.resolve(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(value -> request.header(name, value));
        }
      });
      HttpResponse<String> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
          headers.put(name, new ArrayList<>(values));
        }
      });
      Answer answer = new Answer(response.statusCode(), headers, response.body());
      for (Rule rule : rules) {
        if (rule.method().equalsIgnoreCase(exchange.getRequestMethod()) && rule.path().matcher(uri.getPath()).matches()) {
          answer = rule.change().apply(answer);
        }
      }
      answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
