package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import feign.Client;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eventapis.perscom.PerscomClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transport the caller supplies carries every request, and the client's own promises (typed
 * errors, safe retries, the key in its header) hold over it; a closed client sends nothing.
 */
class ClientTransportTest {

  private static final String EVENT =
      "{\"data\":{\"id\":12,\"name\":\"Briefing\",\"calendar_id\":4,\"all_day\":false,"
          + "\"starts\":\"2025-03-14T18:00:00Z\",\"ends\":\"2025-03-14T19:30:00Z\"}}";

  private HttpServer server;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v2/events/",
        exchange -> {
          int n = requests.incrementAndGet();
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          boolean missing = exchange.getRequestURI().getPath().endsWith("/404");
          int status = missing ? 404 : n == 1 ? 503 : 200;
          byte[] body =
              (status == 200 ? EVENT : "{\"error\":{\"message\":\"no\",\"type\":\"X\"}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private PerscomClient client(Client transport) {
    return PerscomClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v2")
        .apiKey("secret-key")
        .retryPolicy(
            RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
        .transport(transport)
        .build();
  }

  @Test
  void suppliedTransport_carriesEveryRequest_withRetriesTypedErrorsAndAuth() {
    AtomicInteger carried = new AtomicInteger();
    Client.Default plain = new Client.Default(null, null);
    Client counting =
        (request, options) -> {
          carried.incrementAndGet();
          return plain.execute(request, options);
        };
    PerscomClient perscom = client(counting);

    assertThat(perscom.events().getEvent(12L, List.of()).getData().getName()).isEqualTo("Briefing");
    assertThatThrownBy(() -> perscom.events().getEvent(404L, List.of()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));

    assertThat(requests.get()).isEqualTo(3);
    assertThat(carried.get()).isEqualTo(3);
    assertThat(authorizations).containsOnly("Bearer secret-key");
  }

  @Test
  void closedClient_refusesCalls_andSendsNothing() {
    PerscomClient perscom = client(null);
    perscom.close();

    assertThatThrownBy(() -> perscom.events().getEvent(12L, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(requests.get()).isZero();
  }
}
