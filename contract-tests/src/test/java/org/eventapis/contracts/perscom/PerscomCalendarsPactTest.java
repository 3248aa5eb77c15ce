package org.eventapis.contracts.perscom;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.eventapis.contracts.perscom.PerscomPacts.PERSCOM;
import static org.eventapis.contracts.perscom.PerscomPacts.TIMESTAMP;
import static org.eventapis.contracts.support.PactDsl.data;
import static org.eventapis.contracts.support.PactDsl.dataArray;

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
import org.eventapis.perscom.generated.model.PageLinks;
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
    return PERSCOM.given(builder, "calendar 4 is the only calendar", Map.of("id", 4))
        .get("a request for page 1 of calendars, 15 a page, with events and tags", "/calendars")
        .query("limit=15&page=1&include=events,tags")
        // The spec's Calendar declares no events or tags keys, so the page cannot show them
        // embedded without failing the spec check.
        .answers(200, onlyPage());
  }

  @Test
  @PactTestFor(pactMethod = "listCalendars")
  void listCalendars_firstPageWithEventsAndTags_returnsCalendarsWithLinksAndMeta(
      MockServer server) {
    CalendarPage page =
        calendars(server)
            .listCalendars(
                15, 1, List.of(CalendarIncludeOption.EVENTS, CalendarIncludeOption.TAGS));

    assertThat(page.getData())
        .extracting(Calendar::getId, Calendar::getName, Calendar::getColor)
        .containsExactly(tuple(4L, "Operations", OPERATIONS_COLOR));
    assertThat(page.getLinks())
        .extracting(PageLinks::getFirst, PageLinks::getPrev, PageLinks::getNext)
        .containsExactly("https://api.perscom.io/v2/calendars?page=1", null, null);
    assertThat(page.getMeta())
        .extracting(PageMeta::getCurrentPage, PageMeta::getPerPage, PageMeta::getLastPage,
            PageMeta::getTotal, PageMeta::getFrom, PageMeta::getTo)
        .containsExactly(1, 15, 1, 1, 1, 1);
    assertThat(page.getMeta().getLinks())
        .extracting(link -> link.getActive())
        .containsExactly(false, true);
    assertThat(page.getMeta().getLinks().get(0).getUrl()).isNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact searchCalendars(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 is named Operations",
            Map.of("id", 4, "name", "Operations"))
        .post("a search for calendars whose name contains ops, newest first", "/calendars/search")
        .query("limit=15&page=1")
        .sends("""
            {"filters": [{"field": "name", "operator": "ilike", "value": "%ops%"}],
             "sort": [{"field": "created_at", "direction": "desc"}]}""")
        .answers(200, onlyPage());
  }

  @Test
  @PactTestFor(pactMethod = "searchCalendars")
  void searchCalendars_byNameNewestFirst_returnsPageOfMatches(MockServer server) {
    CalendarSearchRequest search =
        new CalendarSearchRequest()
            .filters(List.of(
                new SearchFilter().field("name").operator(SearchFilterOperator.ILIKE).value("%ops%")))
            .sort(List.of(
                new SearchSort().field("created_at").direction(SearchSort.DirectionEnum.DESC)));

    CalendarPage page = calendars(server).searchCalendars(search, 15, 1);

    assertThat(page.getData())
        .extracting(Calendar::getId, Calendar::getName)
        .containsExactly(tuple(4L, "Operations"));
    assertThat(page.getMeta())
        .extracting(PageMeta::getCurrentPage, PageMeta::getPerPage)
        .containsExactly(1, 15);
    assertThat(page.getLinks().getNext()).isNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createCalendar(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "no calendar is named Operations", Map.of("name", "Operations"))
        .post("a request to create a calendar named Operations", "/calendars")
        .sends("""
            {"name": "Operations", "description": "%s", "color": "%s"}"""
            .formatted(OPERATIONS_DESCRIPTION, OPERATIONS_COLOR))
        .answers(201, data(calendar -> {
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
    assertThat(created)
        .extracting(Calendar::getName, Calendar::getDescription, Calendar::getColor)
        .containsExactly("Operations", OPERATIONS_DESCRIPTION, OPERATIONS_COLOR);
    assertThat(created.getCreatedAt()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getCalendar(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 exists", Map.of("id", 4))
        .get("a request for calendar 4", "/calendars/4")
        .answers(200, data(PerscomCalendarsPactTest::existingOperations));
  }

  @Test
  @PactTestFor(pactMethod = "getCalendar")
  void getCalendar_whenItExists_returnsIt(MockServer server) {
    Calendar calendar = calendars(server).getCalendar(4L, List.of()).getData();

    assertThat(calendar)
        .extracting(Calendar::getId, Calendar::getName, Calendar::getLabel,
            Calendar::getDescription, Calendar::getColor)
        .containsExactly(4L, "Operations", "Operations", OPERATIONS_DESCRIPTION, OPERATIONS_COLOR);
    assertThat(calendar)
        .extracting(Calendar::getCreatedAt, Calendar::getUpdatedAt)
        .containsExactly(OffsetDateTime.parse("2025-01-10T08:00:00Z"),
            OffsetDateTime.parse("2025-02-02T12:30:00Z"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact recolourCalendar(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 exists", Map.of("id", 4))
        .patch("a request to recolour calendar 4", "/calendars/4")
        .sends("""
            {"color": "%s"}""".formatted(RECOLOUR))
        .answers(200, data(PerscomCalendarsPactTest::recolouredOperations));
  }

  @Test
  @PactTestFor(pactMethod = "recolourCalendar")
  void updateCalendar_withOnlyColor_sendsOnlyColorAndReturnsRecolouredCalendar(
      MockServer server) {
    Calendar updated =
        calendars(server)
            .updateCalendar(4L, new CalendarUpdateRequest().color(RECOLOUR), List.of())
            .getData();

    assertThat(updated)
        .extracting(
            Calendar::getId, Calendar::getColor, Calendar::getName, Calendar::getDescription)
        .containsExactly(4L, RECOLOUR, "Operations", OPERATIONS_DESCRIPTION);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact clearCalendarDescription(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 has a description", Map.of("id", 4))
        .patch("a request to clear the description of calendar 4", "/calendars/4")
        .sends("""
            {"description": null}""")
        .answers(200, data(calendar -> stored(calendar, 4, "Operations", null, OPERATIONS_COLOR)));
  }

  @Test
  @PactTestFor(pactMethod = "clearCalendarDescription")
  void updateCalendar_withDescriptionSetToNull_sendsExplicitNullAndReturnsClearedCalendar(
      MockServer server) {
    Calendar updated =
        calendars(server)
            .updateCalendar(4L, new CalendarUpdateRequest().description(null), List.of())
            .getData();

    assertThat(updated.getDescription_JsonNullable().isPresent()).isTrue();
    assertThat(updated)
        .extracting(Calendar::getId, Calendar::getDescription, Calendar::getColor)
        .containsExactly(4L, null, OPERATIONS_COLOR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceCalendar(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 exists", Map.of("id", 4))
        .put("a request to put a new name, description and colour on calendar 4", "/calendars/4")
        .sends("""
            {"name": "Operations (2025)", "description": "<p>Deployments only.</p>",
             "color": "%s"}""".formatted(RECOLOUR))
        .answers(200, data(calendar -> {
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

    assertThat(replaced)
        .extracting(
            Calendar::getId, Calendar::getName, Calendar::getDescription, Calendar::getColor)
        .containsExactly(4L, "Operations (2025)", "<p>Deployments only.</p>", RECOLOUR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteCalendar(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 exists", Map.of("id", 4))
        .delete("a request to delete calendar 4", "/calendars/4")
        .answers(200, data(PerscomCalendarsPactTest::existingOperations));
  }

  @Test
  @PactTestFor(pactMethod = "deleteCalendar")
  void deleteCalendar_whenItExists_returnsTheDeletedCalendar(MockServer server) {
    CalendarEnvelope deleted = calendars(server).deleteCalendar(4L, List.of());

    assertThat(deleted.getData())
        .extracting(Calendar::getId, Calendar::getName)
        .containsExactly(4L, "Operations");
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchCreateCalendars(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "no calendars are named Training or Social",
            Map.of("names", List.of("Training", "Social")))
        .post("a request to create the calendars Training and Social in one batch",
            "/calendars/batch")
        .sends("""
            {"resources": [{"name": "Training", "color": "#16a34a"},
                           {"name": "Social", "description": null, "color": "#db2777"}]}""")
        .answers(200, dataArray(
            training -> created(training, 5, "Training", "#16a34a"),
            social -> created(social, 6, "Social", "#db2777")));
  }

  @Test
  @PactTestFor(pactMethod = "batchCreateCalendars")
  void batchCreateCalendars_withTwoValidCalendars_returnsBothInRequestOrder(MockServer server) {
    CalendarBatchCreateRequest batch =
        new CalendarBatchCreateRequest()
            .resources(List.of(
                new CalendarCreateRequest().name("Training").color("#16a34a"),
                new CalendarCreateRequest().name("Social").description(null).color("#db2777")));

    CalendarBatchEnvelope created = calendars(server).batchCreateCalendars(batch, List.of());

    assertThat(created.getData())
        .extracting(Calendar::getName, Calendar::getColor)
        .containsExactly(tuple("Training", "#16a34a"), tuple("Social", "#db2777"));
    assertThat(created.getData()).allSatisfy(calendar -> assertThat(calendar.getId()).isPositive());
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateCalendars(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 exists", Map.of("id", 4))
        .patch("a batch update that recolours calendar 4", "/calendars/batch")
        .sends("""
            {"resources": {"4": {"color": "%s"}}}""".formatted(RECOLOUR))
        .answers(200, dataArray(PerscomCalendarsPactTest::recolouredOperations));
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateCalendars")
  void batchUpdateCalendars_withOneRecolour_returnsTheRecolouredCalendar(MockServer server) {
    CalendarBatchUpdateRequest recolour =
        new CalendarBatchUpdateRequest()
            .resources(Map.of("4", new CalendarUpdateRequest().color(RECOLOUR)));

    CalendarBatchEnvelope updated = calendars(server).batchUpdateCalendars(recolour, List.of());

    assertThat(updated.getData())
        .extracting(Calendar::getId, Calendar::getColor)
        .containsExactly(tuple(4L, RECOLOUR));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteCalendars(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendars 4 and 5 exist", Map.of("ids", List.of(4, 5)))
        .delete("a request to delete calendars 4 and 5 in one batch", "/calendars/batch")
        .sends("""
            {"resources": [4, 5]}""")
        .answers(200, dataArray(
            PerscomCalendarsPactTest::existingOperations,
            training -> stored(training, 5, "Training", null, "#16a34a")));
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
    String onlyPage = "https://api.perscom.io/v2/calendars?page=1";
    return newJsonBody(page -> {
      page.minArrayLike("data", 1, PerscomCalendarsPactTest::existingOperations);
      page.object("links", links -> {
        links.stringType("first", onlyPage);
        links.stringType("last", onlyPage);
        links.nullValue("prev");
        links.nullValue("next");
      });
      page.object("meta", meta -> {
        meta.numberValue("current_page", 1);
        meta.integerType("from", 1);
        meta.integerType("last_page", 1);
        meta.stringType("path", "https://api.perscom.io/v2/calendars");
        meta.numberValue("per_page", 15);
        meta.integerType("to", 1);
        meta.integerType("total", 1);
        meta.array("links", pager -> {
          pager.object(previous -> pagerLink(previous.nullValue("url"), "&laquo; Previous", false));
          pager.object(current -> pagerLink(current.stringType("url", onlyPage), "1", true));
        });
      });
    }).build();
  }

  private static void pagerLink(LambdaDslObject link, String label, boolean active) {
    link.stringType("label", label);
    link.booleanValue("active", active);
  }
}
