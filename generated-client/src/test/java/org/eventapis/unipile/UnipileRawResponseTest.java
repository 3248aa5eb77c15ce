package org.eventapis.unipile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.eventapis.unipile.generated.api.CalendarEventsApi.ListCalendarEventsQueryParams;
import org.eventapis.unipile.generated.model.ApiResponse;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.eventapis.unipile.generated.model.CalendarEventList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code …WithHttpInfo} methods answer the headers next to the decoded body, so a
 * caller can log the request id a support ticket asks for. Unipile does not publish the name of
 * its request-id header; {@code X-Request-Id} stands in for it here (see specs/README.md).
 */
class UnipileRawResponseTest {

  private static final String EVENT =
      "{\"object\":\"CalendarEvent\",\"id\":\"r8t4k1m2n6p0q3s5v7w9x1y2z4\",\"calendar_id\":\"primary\","
          + "\"created_at\":\"2025-05-28T14:12:05.000Z\",\"updated_at\":\"2025-05-28T14:12:05.000Z\","
          + "\"title\":\"Weekly planning\",\"is_cancelled\":false,\"is_all_day\":false,"
          + "\"is_attendees_list_hidden\":false,"
          + "\"start\":{\"date_time\":\"2025-06-02T09:00:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
          + "\"end\":{\"date_time\":\"2025-06-02T09:30:00.000Z\",\"time_zone\":\"Europe/Paris\"},"
          + "\"organizer\":{\"email\":\"jane.doe@example.com\"},\"visibility\":\"public\","
          + "\"transparency\":\"opaque\",\"event_type\":\"default\"}";

  private HttpServer server;
  private UnipileClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/calendars/primary/events",
        exchange -> {
          boolean list = exchange.getRequestURI().getPath().endsWith("/events");
          byte[] bytes = (list ? "{\"data\":[" + EVENT + "]}" : EVENT).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-Request-Id", "5a2e8c1f-7b3d-4f9a-8e6c-1d4b7a0f3e92");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    client =
        UnipileClient.builder()
            .apiKey("k")
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1")
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void getCalendarEventWithHttpInfo_answersTheRequestIdNextToTheEvent() {
    ApiResponse<CalendarEvent> response =
        client.calendarEvents().getCalendarEventWithHttpInfo("primary", "r8t4k1m2n6p0q3s5v7w9x1y2z4", "acc-1");

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders().get("X-Request-Id"))
        .containsExactly("5a2e8c1f-7b3d-4f9a-8e6c-1d4b7a0f3e92");
    assertThat(response.getData().getTitle()).isEqualTo("Weekly planning");
  }

  @Test
  void listCalendarEventsWithHttpInfo_takesTheQueryObjectAndAnswersTheRequestId() {
    ApiResponse<CalendarEventList> response =
        client.calendarEvents().listCalendarEventsWithHttpInfo(
            "primary", new ListCalendarEventsQueryParams().accountId("acc-1"));

    assertThat(response.getHeaders().get("x-request-id")).hasSize(1);
    assertThat(response.getData().getData()).hasSize(1);
  }
}
