package org.eventapis.timekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eventapis.core.AutoPaging;
import org.eventapis.timekit.generated.api.EventsApi.ListEventsQueryParams;
import org.eventapis.timekit.generated.model.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Timekit publishes no pagination for its event list, so {@code paging()} makes one request for
 * the window, lazily, and iterates its events.
 */
class TimekitPagingTest {

  private static final String TWO_EVENTS =
      "{\"data\":["
          + "{\"id\":\"8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d\",\"start\":\"2025-05-20T09:00:00+02:00\","
          + "\"end\":\"2025-05-20T10:00:00+02:00\",\"what\":\"Strategy meeting\"},"
          + "{\"id\":\"9d2e5f8b-3c6a-4b0d-84e7-1f8a2b3c4d5e\",\"start\":\"2025-05-21T13:00:00+02:00\","
          + "\"end\":\"2025-05-21T14:00:00+02:00\",\"what\":\"Coffee with Peter\"}]}";

  private HttpServer server;
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private TimekitClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v2/events",
        exchange -> {
          queries.add(exchange.getRequestURI().getRawQuery());
          byte[] body = TWO_EVENTS.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    client =
        TimekitClient.builder()
            .apiKey("k")
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v2")
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void listEvents_iteratedToTheEnd_makesOneRequestForTheWindow() {
    AutoPaging<Event> events =
        client.paging().listEvents(
            new ListEventsQueryParams()
                .start(OffsetDateTime.parse("2025-05-19T00:00:00+02:00"))
                .end(OffsetDateTime.parse("2025-05-26T00:00:00+02:00")));
    assertThat(queries).isEmpty();

    assertThat(events.stream().map(Event::getWhat)).containsExactly("Strategy meeting", "Coffee with Peter");
    assertThat(queries).hasSize(1);
  }

  @Test
  void listEvents_withoutTheRequiredWindow_isRefusedBeforeAnythingIsSent() {
    AutoPaging<Event> events = client.paging().listEvents(new ListEventsQueryParams());

    assertThatThrownBy(() -> events.iterator().hasNext())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start");
    assertThat(queries).isEmpty();
  }
}
