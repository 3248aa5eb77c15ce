package org.eventapis.unipile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.eventapis.unipile.generated.api.CalendarEventsApi.ListCalendarEventsQueryParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnipileClientTest {

  private HttpServer server;
  private final AtomicReference<String> query = new AtomicReference<>();
  private final AtomicReference<String> apiKeyHeader = new AtomicReference<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          query.set(exchange.getRequestURI().getRawQuery());
          apiKeyHeader.set(exchange.getRequestHeaders().getFirst("X-API-KEY"));
          byte[] body = "{\"data\":[]}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void listCalendarEvents_withWholeMinuteWindow_sendsSecondsAndTheApiKeyHeader() {
    UnipileClient client =
        UnipileClient.builder()
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1")
            .apiKey("key-123")
            .build();

    client
        .calendarEvents()
        .listCalendarEvents(
            "cal-1",
            new ListCalendarEventsQueryParams()
                .accountId("acc-1")
                .start(OffsetDateTime.parse("2025-06-01T00:00:00Z")));

    assertThat(URLDecoder.decode(query.get(), StandardCharsets.UTF_8))
        .isEqualTo("account_id=acc-1&start=2025-06-01T00:00:00Z");
    assertThat(apiKeyHeader.get()).isEqualTo("key-123");
  }
}
