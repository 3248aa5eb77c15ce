package org.eventapis.unipile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eventapis.core.AutoPaging;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.unipile.generated.api.CalendarEventsApi.ListCalendarEventsQueryParams;
import org.eventapis.unipile.generated.api.CalendarsApi.ListCalendarsQueryParams;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unipile's lists page by cursor: {@code paging()} sends each page's {@code next_cursor} as the
 * next request's {@code cursor}, one page at a time as the caller goes, and stops at the page
 * without one. A loopback server answers as many pages as a test sets, four items each, with
 * cursors of its own making, and records every request.
 */
class UnipilePagingTest {

  private static final int PER_PAGE = 4;

  private HttpServer server;
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private volatile int pages = 10;
  private UnipileClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/calendars", this::answer);
    server.start();
    client =
        UnipileClient.builder()
            .apiKey("k")
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1")
            .retryPolicy(RetryPolicy.builder().sleeper(delay -> {}).build())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void listCalendarEvents_consumingThreeItemsOfATenPageList_fetchesOnlyTheFirstPage() {
    AutoPaging<CalendarEvent> events =
        client.paging().listCalendarEvents("primary", new ListCalendarEventsQueryParams().accountId("acc-1"));
    assertThat(requests).as("nothing is fetched before the first item is asked for").isEmpty();

    List<String> firstThree = events.stream().limit(3).map(CalendarEvent::getId).toList();

    assertThat(firstThree).containsExactly("event-1", "event-2", "event-3");
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0)).containsEntry("account_id", "acc-1").doesNotContainKey("cursor");
  }

  @Test
  void listCalendarEvents_iteratedToTheEnd_followsTheCursorsOfThreePagesAndStopsAtTheLast() {
    pages = 3;
    ListCalendarEventsQueryParams query =
        new ListCalendarEventsQueryParams()
            .accountId("acc-1")
            .start(OffsetDateTime.parse("2025-06-01T00:00:00Z"));

    List<String> ids = client.paging().listCalendarEvents("primary", query).stream().map(CalendarEvent::getId).toList();

    assertThat(ids).hasSize(3 * PER_PAGE).doesNotHaveDuplicates();
    assertThat(requests)
        .extracting(q -> q.get("cursor") + " " + q.get("account_id") + " " + q.get("start"))
        .containsExactly(
            "null acc-1 2025-06-01T00:00:00Z",
            "cursor-2 acc-1 2025-06-01T00:00:00Z",
            "cursor-3 acc-1 2025-06-01T00:00:00Z");
    assertThat(query).as("the caller's query object is left as it was").doesNotContainKey("cursor");
  }

  @Test
  void listCalendars_iteratedToTheEnd_fetchesEachPageOnce() {
    pages = 3;

    long count = client.paging().listCalendars(new ListCalendarsQueryParams().accountId("acc-1")).stream().count();

    assertThat(count).isEqualTo(3 * PER_PAGE);
    assertThat(requests).extracting(q -> q.get("cursor")).containsExactly(null, "cursor-2", "cursor-3");
  }

  @Test
  void listCalendarEvents_withoutTheRequiredAccount_isRefusedBeforeAnythingIsSent() {
    AutoPaging<CalendarEvent> events =
        client.paging().listCalendarEvents("primary", new ListCalendarEventsQueryParams().limit(10));

    assertThatThrownBy(() -> events.iterator().hasNext())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accountId");
    assertThat(requests).isEmpty();
  }

  @Test
  void listCalendarEvents_ofAMissingCalendar_throwsNotFoundException() {
    AutoPaging<CalendarEvent> events =
        client.paging().listCalendarEvents("gone", new ListCalendarEventsQueryParams().accountId("acc-1"));

    assertThatThrownBy(() -> events.stream().findFirst())
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.errorCode()).contains("errors/resource_not_found"));
  }

  private void answer(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    requests.add(query);
    String path = exchange.getRequestURI().getPath();
    boolean missing = path.contains("/gone/");
    String cursor = query.get("cursor");
    int page = cursor == null ? 1 : Integer.parseInt(cursor.substring("cursor-".length()));
    String kind = path.endsWith("/events") ? "event" : "calendar";
    byte[] body =
        (missing
                ? "{\"title\":\"Resource not found\",\"type\":\"errors/resource_not_found\",\"status\":404}"
                : page(page, kind))
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(missing ? 404 : 200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private String page(int page, String kind) {
    String data =
        IntStream.rangeClosed(1, PER_PAGE)
            .mapToObj(i -> item(kind, (page - 1) * PER_PAGE + i))
            .collect(Collectors.joining(","));
    String next = page < pages ? ",\"next_cursor\":\"cursor-" + (page + 1) + "\"" : "";
    return "{\"data\":[" + data + "]" + next + "}";
  }

  private static String item(String kind, int n) {
    return kind.equals("event")
        ? "{\"object\":\"CalendarEvent\",\"id\":\"event-" + n + "\",\"calendar_id\":\"primary\","
            + "\"created_at\":\"2025-05-20T08:00:00.000Z\",\"updated_at\":\"2025-05-20T08:00:00.000Z\"}"
        : "{\"object\":\"Calendar\",\"id\":\"calendar-" + n + "\",\"name\":\"Calendar " + n + "\","
            + "\"is_read_only\":false,\"is_owned_by_user\":true,\"is_default\":false,"
            + "\"background_color\":\"#039BE5\"}";
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        query.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }
}
