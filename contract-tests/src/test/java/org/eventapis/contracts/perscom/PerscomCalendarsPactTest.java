package org.eventapis.contracts.perscom;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eventapis.contracts.perscom.PerscomPacts.BASE;
import static org.eventapis.contracts.perscom.PerscomPacts.TIMESTAMP;
import static org.eventapis.contracts.perscom.PerscomPacts.authorized;
import static org.eventapis.contracts.support.PactDsl.answers;
import static org.eventapis.contracts.support.PactDsl.data;
import static org.eventapis.contracts.support.PactDsl.sends;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eventapis.contracts.support.Participants;
import org.eventapis.perscom.generated.api.CalendarsApi;
import org.eventapis.perscom.generated.model.BatchDeleteRequest;
import org.eventapis.perscom.generated.model.Calendar;
import org.eventapis.perscom.generated.model.CalendarBatchCreateRequest;
import org.eventapis.perscom.generated.model.CalendarBatchEnvelope;
import org.eventapis.perscom.generated.model.CalendarBatchUpdateRequest;
import org.eventapis.perscom.generated.model.CalendarCreateRequest;
import org.eventapis.perscom.generated.model.CalendarEnvelope;
import org.eventapis.perscom.generated.model.CalendarIncludeOption;
import org.eventapis.perscom.generated.model.CalendarPage;
import org.eventapis.perscom.generated.model.CalendarSearchRequest;
import org.eventapis.perscom.generated.model.CalendarUpdateRequest;
import org.eventapis.perscom.generated.model.PageMeta;
import org.eventapis.perscom.generated.model.SearchFilter;
import org.eventapis.perscom.generated.model.SearchFilterOperator;
import org.eventapis.perscom.generated.model.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PERSCOM's calendars, when each operation succeeds; how they fail is in {@link PerscomErrorsPactTest}. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.PERSCOM, pactVersion = PactSpecVersion.V4)
class PerscomCalendarsPactTest {

  private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
  private static final Instant UPDATED_AT = Instant.parse("2025-02-02T12:30:00Z");

  private static final String OPERATIONS_DESCRIPTION = "<p>Briefings, drills and deployments.</p>";
  private static final String OPERATIONS_COLOR = "#2563eb";
  private static final String RECOLOUR = "#1d4ed8";

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listCalendars(PactDslWithProvider builder) {
    return answers(
        authorized(
            builder
                .given("calendar 4 is the only calendar", Map.of("id", 4))
                .uponReceiving("a request for page 1 of calendars, 15 a page, with events and tags")
                .method("GET")
                .path(BASE + "/calendars")
                .query("limit=15&page=1&include=events,tags")),
        200,
        // The spec's Calendar declares no events or tags keys, so the page cannot show them
        // embedded without failing the spec check.
        onlyPage());
  }

  @Test
  @PactTestFor(pactMethod = "listCalendars")
  void listCalendars_firstPageWithEventsAndTags_returnsCalendarsWithLinksAndMeta(
      MockServer server) {
    CalendarPage page =
        calendars(server)
            .listCalendars(
                15, 1, List.of(CalendarIncludeOption.EVENTS, CalendarIncludeOption.TAGS));

    assertThat(page.getData()).hasSize(1);
    Calendar operations = page.getData().get(0);
    assertThat(operations.getId()).isEqualTo(4L);
    assertThat(operations.getName()).isEqualTo("Operations");
    assertThat(operations.getColor()).isEqualTo(OPERATIONS_COLOR);
    assertThat(page.getLinks().getFirst()).isEqualTo("https://api.perscom.io/v2/calendars?page=1");
    assertThat(page.getLinks().getPrev()).isNull();
    assertThat(page.getLinks().getNext()).isNull();
    assertThat(page.getMeta())
        .extracting(
            PageMeta::getCurrentPage,
            PageMeta::getPerPage,
            PageMeta::getLastPage,
            PageMeta::getTotal,
            PageMeta::getFrom,
            PageMeta::getTo)
        .containsExactly(1, 15, 1, 1, 1, 1);
    assertThat(page.getMeta().getLinks())
        .extracting(link -> link.getActive())
        .containsExactly(false, true);
    assertThat(page.getMeta().getLinks().get(0).getUrl()).isNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact searchCalendars(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given("calendar 4 is named Operations", Map.of("id", 4, "name", "Operations"))
                    .uponReceiving("a search for calendars whose name contains ops, newest first")
                    .method("POST")
                    .path(BASE + "/calendars/search")
                    .query("limit=15&page=1")),
            """
            {"filters": [{"field": "name", "operator": "ilike", "value": "%ops%"}],
             "sort": [{"field": "created_at", "direction": "desc"}]}"""),
        200,
        onlyPage());
  }

  @Test
  @PactTestFor(pactMethod = "searchCalendars")
  void searchCalendars_byNameNewestFirst_returnsPageOfMatches(MockServer server) {
    CalendarSearchRequest search =
        new CalendarSearchRequest()
            .filters(
                List.of(
                    new SearchFilter()
                        .field("name")
                        .operator(SearchFilterOperator.ILIKE)
                        .value("%ops%")))
            .sort(
                List.of(
                    new SearchSort().field("created_at").direction(SearchSort.DirectionEnum.DESC)));

    CalendarPage page = calendars(server).searchCalendars(search, 15, 1);

    assertThat(page.getData()).extracting(Calendar::getId).containsExactly(4L);
    assertThat(page.getData().get(0).getName()).isEqualTo("Operations");
    assertThat(page.getMeta().getCurrentPage()).isEqualTo(1);
    assertThat(page.getMeta().getPerPage()).isEqualTo(15);
    assertThat(page.getLinks().getNext()).isNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createCalendar(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given("no calendar is named Operations", Map.of("name", "Operations"))
                    .uponReceiving("a request to create a calendar named Operations")
                    .method("POST")
                    .path(BASE + "/calendars")),
            """
            {"name": "Operations", "description": "%s", "color": "%s"}"""
                .formatted(OPERATIONS_DESCRIPTION, OPERATIONS_COLOR)),
        201,
        data(
            calendar -> {
              calendar.integerType("id", 4);
              asSent(calendar, "Operations", OPERATIONS_DESCRIPTION, OPERATIONS_COLOR);
            }));
  }

  @Test
  @PactTestFor(pactMethod = "createCalendar")
  void createCalendar_withNameDescriptionAndColor_returnsStoredCalendar(MockServer server) {
    CalendarCreateRequest operations =
        new CalendarCreateRequest()
            .name("Operations")
            .description(OPERATIONS_DESCRIPTION)
            .color(OPERATIONS_COLOR);

    Calendar created = calendars(server).createCalendar(operations, List.of()).getData();

    assertThat(created.getId()).isPositive();
    assertThat(created.getName()).isEqualTo("Operations");
    assertThat(created.getDescription()).isEqualTo(OPERATIONS_DESCRIPTION);
    assertThat(created.getColor()).isEqualTo(OPERATIONS_COLOR);
    assertThat(created.getCreatedAt()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
            builder
                .given("calendar 4 exists", Map.of("id", 4))
                .uponReceiving("a request for calendar 4")
                .method("GET")
                .path(BASE + "/calendars/4")),
        200,
        data(PerscomCalendarsPactTest::existingOperations));
  }

  @Test
  @PactTestFor(pactMethod = "getCalendar")
  void getCalendar_whenItExists_returnsIt(MockServer server) {
    Calendar calendar = calendars(server).getCalendar(4L, List.of()).getData();

    assertThat(calendar.getId()).isEqualTo(4L);
    assertThat(calendar.getName()).isEqualTo("Operations");
    assertThat(calendar.getLabel()).isEqualTo("Operations");
    assertThat(calendar.getDescription()).isEqualTo(OPERATIONS_DESCRIPTION);
    assertThat(calendar.getColor()).isEqualTo(OPERATIONS_COLOR);
    assertThat(calendar.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2025-01-10T08:00:00Z"));
    assertThat(calendar.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2025-02-02T12:30:00Z"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact recolourCalendar(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given("calendar 4 exists", Map.of("id", 4))
                    .uponReceiving("a request to recolour calendar 4")
                    .method("PATCH")
                    .path(BASE + "/calendars/4")),
            """
            {"color": "%s"}""".formatted(RECOLOUR)),
        200,
        data(PerscomCalendarsPactTest::recolouredOperations));
  }

  @Test
  @PactTestFor(pactMethod = "recolourCalendar")
  void updateCalendar_withOnlyColor_sendsOnlyColorAndReturnsRecolouredCalendar(
      MockServer server) {
    Calendar updated =
        calendars(server)
            .updateCalendar(4L, new CalendarUpdateRequest().color(RECOLOUR), List.of())
            .getData();

    assertThat(updated.getId()).isEqualTo(4L);
    assertThat(updated.getColor()).isEqualTo(RECOLOUR);
    assertThat(updated.getName()).isEqualTo("Operations");
    assertThat(updated.getDescription()).isEqualTo(OPERATIONS_DESCRIPTION);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact clearCalendarDescription(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given("calendar 4 has a description", Map.of("id", 4))
                    .uponReceiving("a request to clear the description of calendar 4")
                    .method("PATCH")
                    .path(BASE + "/calendars/4")),
            """
            {"description": null}"""),
        200,
        data(calendar -> stored(calendar, 4, "Operations", null, OPERATIONS_COLOR)));
  }

  @Test
  @PactTestFor(pactMethod = "clearCalendarDescription")
  void updateCalendar_withDescriptionSetToNull_sendsExplicitNullAndReturnsClearedCalendar(
      MockServer server) {
    Calendar updated =
        calendars(server)
            .updateCalendar(4L, new CalendarUpdateRequest().description(null), List.of())
            .getData();

    assertThat(updated.getId()).isEqualTo(4L);
    assertThat(updated.getDescription_JsonNullable().isPresent()).isTrue();
    assertThat(updated.getDescription()).isNull();
    assertThat(updated.getColor()).isEqualTo(OPERATIONS_COLOR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceCalendar(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given("calendar 4 exists", Map.of("id", 4))
                    .uponReceiving("a request to put a new name, description and colour on calendar 4")
                    .method("PUT")
                    .path(BASE + "/calendars/4")),
            """
            {"name": "Operations (2025)", "description": "<p>Deployments only.</p>",
             "color": "%s"}""".formatted(RECOLOUR)),
        200,
        data(
            calendar -> {
              calendar.numberValue("id", 4);
              asSent(calendar, "Operations (2025)", "<p>Deployments only.</p>", RECOLOUR);
            }));
  }

  @Test
  @PactTestFor(pactMethod = "replaceCalendar")
  void replaceCalendar_withEveryField_returnsCalendarAsItIsNow(MockServer server) {
    CalendarUpdateRequest replacement =
        new CalendarUpdateRequest()
            .name("Operations (2025)")
            .description("<p>Deployments only.</p>")
            .color(RECOLOUR);

    Calendar replaced = calendars(server).replaceCalendar(4L, replacement, List.of()).getData();

    assertThat(replaced.getId()).isEqualTo(4L);
    assertThat(replaced.getName()).isEqualTo("Operations (2025)");
    assertThat(replaced.getDescription()).isEqualTo("<p>Deployments only.</p>");
    assertThat(replaced.getColor()).isEqualTo(RECOLOUR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
            builder
                .given("calendar 4 exists", Map.of("id", 4))
                .uponReceiving("a request to delete calendar 4")
                .method("DELETE")
                .path(BASE + "/calendars/4")),
        200,
        data(PerscomCalendarsPactTest::existingOperations));
  }

  @Test
  @PactTestFor(pactMethod = "deleteCalendar")
  void deleteCalendar_whenItExists_returnsTheDeletedCalendar(MockServer server) {
    CalendarEnvelope deleted = calendars(server).deleteCalendar(4L, List.of());

    assertThat(deleted.getData().getId()).isEqualTo(4L);
    assertThat(deleted.getData().getName()).isEqualTo("Operations");
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchCreateCalendars(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given(
                        "no calendars are named Training or Social",
                        Map.of("names", List.of("Training", "Social")))
                    .uponReceiving("a request to create the calendars Training and Social in one batch")
                    .method("POST")
                    .path(BASE + "/calendars/batch")),
            """
            {"resources": [{"name": "Training", "color": "#16a34a"},
                           {"name": "Social", "description": null, "color": "#db2777"}]}"""),
        200,
        newJsonBody(
                body ->
                    body.array(
                        "data",
                        items -> {
                          items.object(training -> created(training, 5, "Training", "#16a34a"));
                          items.object(social -> created(social, 6, "Social", "#db2777"));
                        }))
            .build());
  }

  @Test
  @PactTestFor(pactMethod = "batchCreateCalendars")
  void batchCreateCalendars_withTwoValidCalendars_returnsBothInRequestOrder(MockServer server) {
    CalendarBatchCreateRequest batch =
        new CalendarBatchCreateRequest()
            .resources(
                List.of(
                    new CalendarCreateRequest().name("Training").color("#16a34a"),
                    new CalendarCreateRequest().name("Social").description(null).color("#db2777")));

    CalendarBatchEnvelope created = calendars(server).batchCreateCalendars(batch, List.of());

    assertThat(created.getData())
        .extracting(Calendar::getName)
        .containsExactly("Training", "Social");
    assertThat(created.getData())
        .extracting(Calendar::getColor)
        .containsExactly("#16a34a", "#db2777");
    assertThat(created.getData()).allSatisfy(calendar -> assertThat(calendar.getId()).isPositive());
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateCalendars(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given("calendar 4 exists", Map.of("id", 4))
                    .uponReceiving("a batch update that recolours calendar 4")
                    .method("PATCH")
                    .path(BASE + "/calendars/batch")),
            """
            {"resources": {"4": {"color": "%s"}}}""".formatted(RECOLOUR)),
        200,
        newJsonBody(
                body ->
                    body.array(
                        "data",
                        items -> items.object(PerscomCalendarsPactTest::recolouredOperations)))
            .build());
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateCalendars")
  void batchUpdateCalendars_withOneRecolour_returnsTheRecolouredCalendar(MockServer server) {
    CalendarBatchUpdateRequest recolour =
        new CalendarBatchUpdateRequest()
            .resources(Map.of("4", new CalendarUpdateRequest().color(RECOLOUR)));

    CalendarBatchEnvelope updated = calendars(server).batchUpdateCalendars(recolour, List.of());

    assertThat(updated.getData()).extracting(Calendar::getId).containsExactly(4L);
    assertThat(updated.getData().get(0).getColor()).isEqualTo(RECOLOUR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteCalendars(PactDslWithProvider builder) {
    return answers(
        sends(
            authorized(
                builder
                    .given("calendars 4 and 5 exist", Map.of("ids", List.of(4, 5)))
                    .uponReceiving("a request to delete calendars 4 and 5 in one batch")
                    .method("DELETE")
                    .path(BASE + "/calendars/batch")),
            """
            {"resources": [4, 5]}"""),
        200,
        newJsonBody(
                body ->
                    body.array(
                        "data",
                        items -> {
                          items.object(PerscomCalendarsPactTest::existingOperations);
                          items.object(training -> stored(training, 5, "Training", null, "#16a34a"));
                        }))
            .build());
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteCalendars")
  void batchDeleteCalendars_withTwoExistingIds_returnsBothDeletedCalendars(MockServer server) {
    CalendarBatchEnvelope deleted =
        calendars(server)
            .batchDeleteCalendars(new BatchDeleteRequest().resources(List.of(4L, 5L)), List.of());

    assertThat(deleted.getData()).extracting(Calendar::getId).containsExactly(4L, 5L);
  }

  private static CalendarsApi calendars(MockServer server) {
    return PerscomPacts.client(server).calendars();
  }

  /** Calendar 4 as the provider state stores it; only its id follows from the request. */
  private static void existingOperations(LambdaDslObject calendar) {
    stored(calendar, 4, "Operations", OPERATIONS_DESCRIPTION, OPERATIONS_COLOR);
  }

  /** A calendar the provider state set up: the id is the one asked for, the rest by type. */
  private static void stored(
      LambdaDslObject calendar, int id, String name, String description, String color) {
    calendar.numberValue("id", id);
    calendar.stringType("name", name);
    calendar.stringType("label", name);
    if (description == null) {
      calendar.nullValue("description");
    } else {
      calendar.stringType("description", description);
    }
    calendar.stringType("color", color);
    timestamps(calendar);
  }

  /** A calendar the request just wrote: what it sent comes back exactly. */
  private static void asSent(
      LambdaDslObject calendar, String name, String description, String color) {
    calendar.stringValue("name", name);
    calendar.stringType("label", name);
    if (description == null) {
      calendar.nullValue("description");
    } else {
      calendar.stringValue("description", description);
    }
    calendar.stringValue("color", color);
    timestamps(calendar);
  }

  /** Calendar 4 after the recolour the request asked for. */
  private static void recolouredOperations(LambdaDslObject calendar) {
    calendar.numberValue("id", 4);
    calendar.stringType("name", "Operations");
    calendar.stringType("label", "Operations");
    calendar.stringType("description", OPERATIONS_DESCRIPTION);
    calendar.stringValue("color", RECOLOUR);
    timestamps(calendar);
  }

  /** A calendar a batch create made: the server picks the id, the request the rest. */
  private static void created(LambdaDslObject calendar, int id, String name, String color) {
    calendar.integerType("id", id);
    asSent(calendar, name, null, color);
  }

  private static void timestamps(LambdaDslObject calendar) {
    calendar.datetime("created_at", TIMESTAMP, CREATED_AT);
    calendar.datetime("updated_at", TIMESTAMP, UPDATED_AT);
  }

  /** Page 1 of 1 at 15 a page, holding calendar 4; the page number and size echo the request. */
  private static DslPart onlyPage() {
    return newJsonBody(
            page -> {
              page.minArrayLike("data", 1, PerscomCalendarsPactTest::existingOperations);
              page.object(
                  "links",
                  links -> {
                    links.stringType("first", "https://api.perscom.io/v2/calendars?page=1");
                    links.stringType("last", "https://api.perscom.io/v2/calendars?page=1");
                    links.nullValue("prev");
                    links.nullValue("next");
                  });
              page.object(
                  "meta",
                  meta -> {
                    meta.numberValue("current_page", 1);
                    meta.integerType("from", 1);
                    meta.integerType("last_page", 1);
                    meta.stringType("path", "https://api.perscom.io/v2/calendars");
                    meta.numberValue("per_page", 15);
                    meta.integerType("to", 1);
                    meta.integerType("total", 1);
                    meta.array(
                        "links",
                        pager -> {
                          pager.object(
                              previous -> {
                                previous.nullValue("url");
                                previous.stringType("label", "&laquo; Previous");
                                previous.booleanValue("active", false);
                              });
                          pager.object(
                              current -> {
                                current.stringType("url", "https://api.perscom.io/v2/calendars?page=1");
                                current.stringType("label", "1");
                                current.booleanValue("active", true);
                              });
                        });
                  });
            })
        .build();
  }
}
