package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.EventEnvelope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client's {@code withOptions(...)} view changes the timeout, headers and retry policy of the
 * calls made through it, and of no others, over the client's own connections.
 */
class RequestOptionsTest {

  private static final String EVENT =
      "{\"data\":{\"id\":12,\"name\":\"Briefing\",\"calendar_id\":4,\"all_day\":false,"
          + "\"starts\":\"2025-03-14T18:00:00Z\",\"ends\":null}}";

  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  @Test
  void oneCall_withA100MillisecondTimeout_timesOutAgainstASilentServer_whileTheClientKeepsItsDefault()
      throws Exception {
    SilentServer silent = new SilentServer();
    open.add(silent);
    PerscomClient client = PerscomClient.builder().apiKey("k").baseUrl(silent.baseUrl()).build();
    open.add(client);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    open.add(caller::shutdownNow);
    assertThat(client.settings().readTimeout()).isEqualTo(Duration.ofSeconds(30));

    // A call with the client's own timeout, waiting on the silent server in the background.
    CompletableFuture<EventEnvelope> patient =
        CompletableFuture.supplyAsync(() -> client.events().getEvent(12L, List.of()), caller);
    silent.awaitRequests(1);

    PerscomClient hasty =
        client.withOptions(
            RequestOptions.builder()
                .timeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.disabled())
                .build());
    assertThatThrownBy(() -> hasty.events().getEvent(12L, List.of()))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());

    silent.awaitRequests(2);
    assertThat(patient).as("the call without options still waits, under the 30 s default").isNotDone();
    assertThat(hasty.settings().readTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void withOptions_headers_goWithTheViewsCallsOnly_andReplaceTheClientsOwnHeader() throws Exception {
    List<Map<String, List<String>>> seen = new CopyOnWriteArrayList<>();
    HttpServer server = answering(200, EVENT, seen);
    PerscomClient client =
        PerscomClient.builder().apiKey("k").baseUrl(baseUrl(server)).perscomId("org-1").build();
    open.add(client);

    client
        .withOptions(
            RequestOptions.builder().header("X-Perscom-Id", "org-2").header("X-Trace-Id", "{abc}").build())
        .events()
        .getEvent(12L, List.of());
    client.events().getEvent(12L, List.of());

    assertThat(seen.get(0)).containsEntry("X-perscom-id", List.of("org-2")).containsEntry("X-trace-id", List.of("{abc}"));
    assertThat(seen.get(1)).containsEntry("X-perscom-id", List.of("org-1")).doesNotContainKey("X-trace-id");
  }

  @Test
  void withOptions_retryPolicy_replacesTheClientsForTheViewsCallsOnly() throws Exception {
    HttpServer server = answering(503, "{\"error\":{\"message\":\"down\",\"type\":\"X\"}}", new CopyOnWriteArrayList<>());
    List<Duration> waits = new CopyOnWriteArrayList<>();
    PerscomClient client =
        PerscomClient.builder().apiKey("k").baseUrl(baseUrl(server)).retryPolicy(RetryPolicy.disabled()).build();
    open.add(client);
    PerscomClient persistent =
        client.withOptions(
            RequestOptions.builder()
                .retryPolicy(RetryPolicy.builder().maxAttempts(4).sleeper(waits::add).build())
                .build());

    assertThatThrownBy(() -> client.events().getEvent(12L, List.of())).isInstanceOf(ServerException.class);
    assertThat(waits).isEmpty();
    assertThatThrownBy(() -> persistent.events().getEvent(12L, List.of())).isInstanceOf(ServerException.class);
    assertThat(waits).hasSize(3);
  }

  @Test
  void withOptions_onAView_addsToItsOptions() {
    PerscomClient client = PerscomClient.builder().apiKey("k").build();
    open.add(client);

    PerscomClient view =
        client
            .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).header("A", "1").build())
            .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(9)).header("B", "2").build());

    assertThat(view.options().timeout()).contains(Duration.ofSeconds(9));
    assertThat(view.options().headers()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
    assertThat(client.options().isEmpty()).isTrue();
  }

  @Test
  void header_thatTheClientOwnsOrThatCouldSplitTheRequest_isRefused() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatThrownBy(() -> builder.header("Authorization", "Bearer other")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.header("x-api-key", "other")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.header("Content-Length", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.header("X-Note", "a\r\nX-Injected: 1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.header("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_leavesHeaderValuesOut() {
    RequestOptions options = RequestOptions.builder().header("X-Idempotency-Key", "secret-value").build();

    assertThat(options.toString()).contains("X-Idempotency-Key").doesNotContain("secret-value");
  }

  private HttpServer answering(int status, String body, List<Map<String, List<String>>> seen) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          seen.add(Map.copyOf(exchange.getRequestHeaders()));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    open.add(() -> server.stop(0));
    return server;
  }

  private static String baseUrl(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
  }

  /** Accepts connections and reads requests, and never answers one. */
  private static final class SilentServer implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Semaphore requests = new Semaphore(0);
    private final Thread acceptor = new Thread(this::accept, "silent-server");

    SilentServer() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/v2";
    }

    void awaitRequests(int count) throws InterruptedException {
      assertThat(requests.tryAcquire(count, 30, TimeUnit.SECONDS)).as("requests arrived").isTrue();
      requests.release(count);
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          accepted.add(connection);
          Thread reader = new Thread(() -> readHead(connection), "silent-server-reader");
          reader.setDaemon(true);
          reader.start();
        } catch (IOException closed) {
          return;
        }
      }
    }

    /** Counts a request once its head has arrived, then holds the connection without a word. */
    private void readHead(Socket connection) {
      try {
        InputStream in = connection.getInputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) >= 0) {
          matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
          if (matched == end.length) {
            requests.release();
            matched = 0;
          }
        }
      } catch (IOException closed) {
        // The test is over.
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket connection : accepted) {
        connection.close();
      }
    }
  }
}
