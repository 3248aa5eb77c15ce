package org.eventapis.perscom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eventapis.core.AutoPaging;
import org.eventapis.core.RequestOptions;
import org.eventapis.core.RetryPolicy;
import org.eventapis.core.ServerException;
import org.eventapis.core.ValidationException;
import org.eventapis.perscom.generated.api.EventsApi.ListEventsQueryParams;
import org.eventapis.perscom.generated.api.EventsApi.SearchEventsQueryParams;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventIncludeOption;
import org.eventapis.perscom.generated.model.EventSearchRequest;
import org.eventapis.perscom.generated.model.SearchText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PERSCOM's lists and searches page by number: {@code paging()} asks for one page when the
 * caller has used up the one before, and stops at {@code meta.last_page}. A loopback server
 * answers as many pages as a test sets, five events each, and records every request.
 */
class PerscomPagingTest {

  private static final int PER_PAGE = 5;

  private HttpServer server;
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private volatile int lastPage = 10;
  /** Page numbers answered with a status other than 200, once each. */
  private final Map<Integer, Integer> failures = new ConcurrentHashMap<>();
  private PerscomClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v2/events", this::answer);
    server.start();
    client =
        PerscomClient.builder()
            .apiKey("k")
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v2")
            .retryPolicy(RetryPolicy.builder().sleeper(delay -> {}).build())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void listEvents_consumingThreeItemsOfATenPageList_fetchesOnlyTheFirstPage() {
    AutoPaging<Event> events = client.paging().listEvents(new ListEventsQueryParams().limit(PER_PAGE));
    assertThat(requests).as("nothing is fetched before the first item is asked for").isEmpty();

    List<Long> firstThree = events.stream().limit(3).map(Event::getId).toList();

    assertThat(firstThree).containsExactly(1L, 2L, 3L);
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0)).containsEntry("page", "1").containsEntry("limit", "5");
  }

  @Test
  void listEvents_iteratedToTheEnd_fetchesEachOfThreePagesOnceAndStopsAtTheLast() {
    lastPage = 3;
    List<Long> ids = new ArrayList<>();

    for (Event event : client.paging().listEvents(new ListEventsQueryParams().limit(PER_PAGE))) {
      ids.add(event.getId());
    }

    assertThat(ids).hasSize(3 * PER_PAGE).doesNotHaveDuplicates();
    assertThat(requests).extracting(query -> query.get("page")).containsExactly("1", "2", "3");
  }

  @Test
  void listEvents_withAnIterator_fetchesTheNextPageOnlyWhenThePreviousIsUsedUp() {
    lastPage = 3;
    Iterator<Event> events = client.paging().listEvents(new ListEventsQueryParams().limit(PER_PAGE)).iterator();

    for (int i = 0; i < PER_PAGE; i++) {
      events.next();
    }
    assertThat(requests).hasSize(1);
    events.next();
    assertThat(requests).hasSize(2);
  }

  @Test
  void listEvents_keepsTheCallersIncludeAndLimitOnEveryPage_andStartsWhereTheCallerSays() {
    lastPage = 4;
    ListEventsQueryParams query =
        new ListEventsQueryParams()
            .limit(PER_PAGE)
            .page(3)
            .include(List.of(EventIncludeOption.AUTHOR, EventIncludeOption.CALENDAR));

    long count = client.paging().listEvents(query).stream().count();

    assertThat(count).isEqualTo(2 * PER_PAGE);
    assertThat(requests)
        .extracting(q -> q.get("page") + " " + q.get("include") + " " + q.get("limit"))
        .containsExactly("3 author,calendar 5", "4 author,calendar 5");
    assertThat(query).as("the caller's query object is left as it was").containsEntry("page", "3");
  }

  @Test
  void listEvents_whenAPageAnswers503Once_retriesThatPageAndCarriesOn() {
    lastPage = 3;
    failures.put(2, 503);

    long count = client.paging().listEvents(new ListEventsQueryParams().limit(PER_PAGE)).stream().count();

    assertThat(count).isEqualTo(3 * PER_PAGE);
    assertThat(requests).extracting(query -> query.get("page")).containsExactly("1", "2", "2", "3");
  }

  @Test
  void listEvents_whenAPageFails_throwsTheTypedExceptionWhereThatPageIsNeeded() {
    lastPage = 3;
    failures.put(2, 422);
    Iterator<Event> events = client.paging().listEvents(new ListEventsQueryParams().limit(PER_PAGE)).iterator();
    for (int i = 0; i < PER_PAGE; i++) {
      events.next();
    }

    assertThatThrownBy(events::hasNext)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.status()).isEqualTo(422));
  }

  @Test
  void listEvents_whenAPageKeepsFailing_givesUpAfterThePolicysAttempts() {
    lastPage = 3;
    failures.put(1, 503);
    PerscomClient once = client.withOptions(
        RequestOptions.builder().retryPolicy(RetryPolicy.disabled()).build());

    assertThatThrownBy(() -> once.paging().listEvents(null).iterator().hasNext())
        .isInstanceOf(ServerException.class);
    assertThat(requests).hasSize(1);
  }

  @Test
  void searchEvents_sendsTheSearchWithEveryPage() {
    lastPage = 3;
    EventSearchRequest search = new EventSearchRequest().search(new SearchText().value("briefing"));

    long count =
        client.paging().searchEvents(search, new SearchEventsQueryParams().limit(PER_PAGE)).stream().count();

    assertThat(count).isEqualTo(3 * PER_PAGE);
    assertThat(requests).extracting(query -> query.get("page")).containsExactly("1", "2", "3");
    assertThat(bodies).hasSize(3).allMatch(body -> body.contains("\"briefing\""));
  }

  private void answer(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    requests.add(query);
    bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    Integer failure = failures.remove(page);
    byte[] body =
        (failure != null
                ? "{\"error\":{\"message\":\"no\",\"type\":\"X\"}}"
                : page(page, Integer.parseInt(query.getOrDefault("limit", "15"))))
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(failure != null ? failure : 200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** A page as PERSCOM writes it: events numbered on from the pages before. */
  private String page(int page, int perPage) {
    String data =
        page > lastPage
            ? ""
            : IntStream.rangeClosed(1, perPage)
                .mapToObj(i -> event((long) (page - 1) * perPage + i))
                .collect(Collectors.joining(","));
    String base = "http://127.0.0.1/v2/events?page=";
    return "{\"data\":[" + data + "],"
        + "\"links\":{\"first\":\"" + base + "1\",\"last\":\"" + base + lastPage + "\","
        + "\"prev\":" + (page > 1 ? "\"" + base + (page - 1) + "\"" : "null") + ","
        + "\"next\":" + (page < lastPage ? "\"" + base + (page + 1) + "\"" : "null") + "},"
        + "\"meta\":{\"current_page\":" + page + ",\"last_page\":" + lastPage
        + ",\"per_page\":" + perPage + ",\"total\":" + lastPage * perPage + "}}";
  }

  private static String event(long id) {
    return "{\"id\":" + id + ",\"name\":\"Event " + id + "\",\"calendar_id\":4,\"all_day\":false,"
        + "\"starts\":\"2025-03-14T18:00:00Z\",\"ends\":null,\"repeats\":false,"
        + "\"registration_enabled\":true,\"notifications_enabled\":true,"
        + "\"url\":\"https://demo.perscom.io/app/events/" + id + "\"}";
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
