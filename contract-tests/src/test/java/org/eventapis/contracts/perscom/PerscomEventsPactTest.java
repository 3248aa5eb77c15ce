package org.eventapis.contracts.perscom;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eventapis.contracts.perscom.PerscomPacts.BRIEFING_ENDS;
import static org.eventapis.contracts.perscom.PerscomPacts.BRIEFING_JSON;
import static org.eventapis.contracts.perscom.PerscomPacts.BRIEFING_STARTS;
import static org.eventapis.contracts.perscom.PerscomPacts.PERSCOM;
import static org.eventapis.contracts.perscom.PerscomPacts.TIMESTAMP;
import static org.eventapis.contracts.perscom.PerscomPacts.briefing;
import static org.eventapis.contracts.support.PactDsl.data;
import static org.eventapis.contracts.support.PactDsl.dataEachLike;

import au.com.dius.pact.consumer.MockServer;
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
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.model.BatchDeleteRequest;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventBatchCreateRequest;
import org.eventapis.perscom.generated.model.EventBatchEnvelope;
import org.eventapis.perscom.generated.model.EventBatchUpdateRequest;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventIncludeOption;
import org.eventapis.perscom.generated.model.EventPage;
import org.eventapis.perscom.generated.model.EventSearchRequest;
import org.eventapis.perscom.generated.model.EventUpdateRequest;
import org.eventapis.perscom.generated.model.NotificationChannel;
import org.eventapis.perscom.generated.model.NotificationInterval;
import org.eventapis.perscom.generated.model.PageMeta;
import org.eventapis.perscom.generated.model.SearchFilter;
import org.eventapis.perscom.generated.model.SearchFilterOperator;
import org.eventapis.perscom.generated.model.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PERSCOM's events, when each operation succeeds; how they fail is in {@link PerscomErrorsPactTest}. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.PERSCOM, pactVersion = PactSpecVersion.V4)
class PerscomEventsPactTest {

  private static final Instant CREATED_AT = Instant.parse("2025-03-01T10:15:00Z");

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEvent(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 exists", Map.of("calendarId", 4))
        .post("a request to create an event", "/events")
        .sends(BRIEFING_JSON)
        .answers(201, data(PerscomEventsPactTest::storedBriefing));
  }

  @Test
  @PactTestFor(pactMethod = "createEvent")
  void createEvent_withCalendarThatExists_returnsStoredEvent(MockServer server) {
    Event event = events(server).createEvent(briefing(), List.of()).getData();

    assertThat(event.getId()).isPositive();
    assertThat(event)
        .extracting(Event::getName, Event::getCalendarId, Event::getStarts, Event::getEnds)
        .containsExactly("Squadron briefing", 4L, BRIEFING_STARTS, BRIEFING_ENDS);
    assertThat(event.getNotificationsInterval())
        .containsExactly(NotificationInterval.PT15M, NotificationInterval.P1D);
    assertThat(event.getCreatedAt()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchCreateEvents(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 exists", Map.of("calendarId", 4))
        .post("a request to create two events in one batch, with their calendars", "/events/batch")
        .query("include=calendar")
        .sends("""
            {"resources": [%s,
              {"name": "After-action review", "calendar_id": 4, "all_day": false,
               "starts": "2025-03-14T20:00:00Z", "ends": "2025-03-14T21:00:00Z"}]}"""
            .formatted(BRIEFING_JSON))
        .answers(200, dataEachLike(2, event -> {
          storedBriefing(event);
          event.object("calendar", calendar -> {
            calendar.integerType("id", 4);
            calendar.stringType("name", "Operations");
            calendar.stringType("color", "#2563eb");
          });
        }));
  }

  @Test
  @PactTestFor(pactMethod = "batchCreateEvents")
  void batchCreateEvents_withTwoValidEvents_returnsBothInOneAnswer(MockServer server) {
    EventCreateRequest review =
        new EventCreateRequest()
            .name("After-action review")
            .calendarId(4L)
            .starts(OffsetDateTime.parse("2025-03-14T20:00:00Z"))
            .ends(OffsetDateTime.parse("2025-03-14T21:00:00Z"));

    EventBatchEnvelope created =
        events(server)
            .batchCreateEvents(
                new EventBatchCreateRequest().resources(List.of(briefing(), review)),
                List.of(EventIncludeOption.CALENDAR));

    assertThat(created.getData()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(event -> {
      assertThat(event.getId()).isPositive();
      assertThat(event.getCalendar().getId()).isEqualTo(event.getCalendarId());
    });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateEvents(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "events 12 and 13 exist", Map.of("ids", List.of(12, 13)))
        .patch("a request to move one event and clear another's description", "/events/batch")
        .sends("""
            {"resources": {
              "12": {"starts": "2025-03-14T19:00:00Z", "ends": "2025-03-14T20:30:00Z"},
              "13": {"description": null}}}""")
        .answers(200, dataEachLike(1, PerscomEventsPactTest::storedBriefing));
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateEvents")
  void batchUpdateEvents_withPartialChanges_sendsOnlyTheFieldsSetAndReturnsTheEvents(
      MockServer server) {
    EventBatchUpdateRequest changes =
        new EventBatchUpdateRequest()
            .resources(Map.of(
                "12",
                new EventUpdateRequest()
                    .starts(OffsetDateTime.parse("2025-03-14T19:00:00Z"))
                    .ends(OffsetDateTime.parse("2025-03-14T20:30:00Z")),
                "13",
                new EventUpdateRequest().description(null)));

    EventBatchEnvelope updated = events(server).batchUpdateEvents(changes, List.of());

    assertThat(updated.getData()).isNotEmpty();
    assertThat(updated.getData().get(0).getId()).isPositive();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listEventsSecondPage(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "31 events exist", Map.of("count", 31))
        .get("a request for the second page of events with authors and calendars", "/events")
        .query("limit=15&page=2&include=author,calendar")
        .answers(200, newJsonBody(body -> {
          body.minArrayLike("data", 1, PerscomEventsPactTest::storedBriefing);
          body.object("links", links -> {
            links.stringType("first", "https://api.perscom.io/v2/events?page=1");
            links.stringType("last", "https://api.perscom.io/v2/events?page=3");
            links.stringType("prev", "https://api.perscom.io/v2/events?page=1");
            links.stringType("next", "https://api.perscom.io/v2/events?page=3");
          });
          body.object("meta", meta -> {
            meta.integerType("current_page", 2);
            meta.integerType("from", 16);
            meta.integerType("last_page", 3);
            meta.stringType("path", "https://api.perscom.io/v2/events");
            meta.integerType("per_page", 15);
            meta.integerType("to", 30);
            meta.integerType("total", 31);
          });
        }).build());
  }

  @Test
  @PactTestFor(pactMethod = "listEventsSecondPage")
  void listEvents_secondPageWithAuthorAndCalendar_sendsCommaSeparatedIncludeAndReadsThePage(
      MockServer server) {
    EventPage page =
        events(server)
            .listEvents(15, 2, List.of(EventIncludeOption.AUTHOR, EventIncludeOption.CALENDAR));

    assertThat(page.getData()).isNotEmpty();
    assertThat(page.getMeta())
        .extracting(PageMeta::getCurrentPage, PageMeta::getPerPage)
        .containsExactly(2, 15);
    assertThat(page.getLinks().getNext()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact searchEvents(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "calendar 4 has events from March on", Map.of("calendarId", 4))
        .post("a search for calendar 4's events from March on, soonest first", "/events/search")
        .sends("""
            {"filters": [{"field": "calendar_id", "operator": "=", "value": 4},
                         {"field": "starts", "operator": ">=", "value": "2025-03-01T00:00:00Z"}],
             "sort": [{"field": "starts"}]}""")
        .answers(200, newJsonBody(body -> {
          body.minArrayLike("data", 1, PerscomEventsPactTest::storedBriefing);
          body.object("links", links -> {
            links.stringType("first", "https://api.perscom.io/v2/events/search?page=1");
            links.stringType("last", "https://api.perscom.io/v2/events/search?page=1");
            links.nullValue("prev");
            links.nullValue("next");
          });
          body.object("meta", meta -> {
            meta.integerType("current_page", 1);
            meta.integerType("last_page", 1);
            meta.integerType("per_page", 15);
            meta.integerType("total", 1);
          });
        }).build());
  }

  @Test
  @PactTestFor(pactMethod = "searchEvents")
  void searchEvents_withFiltersAndSort_returnsMatchingPage(MockServer server) {
    EventSearchRequest search =
        new EventSearchRequest()
            .filters(List.of(
                new SearchFilter().field("calendar_id").operator(SearchFilterOperator.EQUAL).value(4),
                new SearchFilter()
                    .field("starts")
                    .operator(SearchFilterOperator.GREATER_THAN_OR_EQUAL)
                    .value("2025-03-01T00:00:00Z")))
            .sort(List.of(new SearchSort().field("starts").direction(SearchSort.DirectionEnum.ASC)));

    EventPage page = events(server).searchEvents(search, null, null);

    assertThat(page.getData()).isNotEmpty();
    assertThat(page.getLinks().getNext()).isNull();
    assertThat(page.getMeta().getLastPage()).isEqualTo(1);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getEvent(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "event 12 exists", Map.of("id", 12))
        .get("a request for event 12 with its tags", "/events/12")
        .query("include=tags")
        .answers(200, data(PerscomEventsPactTest::storedBriefing));
  }

  @Test
  @PactTestFor(pactMethod = "getEvent")
  void getEvent_whenItExists_returnsTheEvent(MockServer server) {
    Event event = events(server).getEvent(12L, List.of(EventIncludeOption.TAGS)).getData();

    assertThat(event.getId()).isPositive();
    assertThat(event)
        .extracting(Event::getStarts, Event::getDescription)
        .containsExactly(BRIEFING_STARTS, null);
    assertThat(event.getNotificationsChannels())
        .containsExactly(NotificationChannel.DISCORD_PUBLIC, NotificationChannel.MAIL);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact updateEventClearingDescription(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "event 12 exists", Map.of("id", 12))
        .patch("a request to clear event 12's description and nothing else", "/events/12")
        .sends("""
            {"description": null}""")
        .answers(200, data(PerscomEventsPactTest::storedBriefing));
  }

  @Test
  @PactTestFor(pactMethod = "updateEventClearingDescription")
  void updateEvent_settingDescriptionToNull_sendsOnlyThatField(MockServer server) {
    Event event =
        events(server)
            .updateEvent(12L, new EventUpdateRequest().description(null), List.of())
            .getData();

    assertThat(event.getId()).isPositive();
    assertThat(event.getDescription()).isNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceEvent(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "event 12 exists", Map.of("id", 12))
        .put("a PUT that moves event 12 to another room", "/events/12")
        .sends("""
            {"location": "Hangar 2"}""")
        .answers(200, data(event -> {
          storedBriefing(event);
          event.stringType("location", "Hangar 2");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "replaceEvent")
  void replaceEvent_withOneField_keepsTheOthersAndReturnsTheEvent(MockServer server) {
    Event event =
        events(server)
            .replaceEvent(12L, new EventUpdateRequest().location("Hangar 2"), List.of())
            .getData();

    assertThat(event)
        .extracting(Event::getLocation, Event::getName)
        .containsExactly("Hangar 2", "Squadron briefing");
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteEvent(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "event 12 exists", Map.of("id", 12))
        .delete("a request to delete event 12", "/events/12")
        .answers(200, data(PerscomEventsPactTest::storedBriefing));
  }

  @Test
  @PactTestFor(pactMethod = "deleteEvent")
  void deleteEvent_whenItExists_returnsTheDeletedEvent(MockServer server) {
    Event deleted = events(server).deleteEvent(12L, List.of()).getData();

    assertThat(deleted.getId()).isPositive();
    assertThat(deleted.getName()).isEqualTo("Squadron briefing");
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteEvents(PactDslWithProvider builder) {
    return PERSCOM.given(builder, "event 12 exists and event 99 does not",
            Map.of("existing", 12, "missing", 99))
        .delete("a request to delete events 12 and 99 in one batch", "/events/batch")
        .sends("""
            {"resources": [12, 99]}""")
        .answers(200, dataEachLike(1, PerscomEventsPactTest::storedBriefing));
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteEvents")
  void batchDeleteEvents_withAnUnknownId_skipsItAndReturnsTheDeletedOnes(MockServer server) {
    EventBatchEnvelope deleted =
        events(server)
            .batchDeleteEvents(new BatchDeleteRequest().resources(List.of(12L, 99L)), List.of());

    assertThat(deleted.getData())
        .isNotEmpty()
        .allSatisfy(event -> assertThat(event.getId()).isPositive());
  }

  private static EventsApi events(MockServer server) {
    return PerscomPacts.client(server).events();
  }

  /** An event as the server stores it; values the server chooses are matched by type. */
  private static void storedBriefing(LambdaDslObject event) {
    event.integerType("id", 12);
    event.stringType("name", "Squadron briefing");
    event.stringType("label", "Squadron briefing");
    event.integerType("calendar_id", 4);
    event.nullValue("description");
    event.stringType("location", "Briefing room B");
    event.stringType("url", "https://demo.perscom.io/app/events/12");
    event.integerType("author_id", 1);
    event.booleanType("all_day", false);
    event.datetime("starts", TIMESTAMP, BRIEFING_STARTS.toInstant());
    event.datetime("ends", TIMESTAMP, BRIEFING_ENDS.toInstant());
    event.booleanType("repeats", false);
    event.booleanType("registration_enabled", true);
    event.booleanType("notifications_enabled", true);
    event.array("notifications_interval", values -> values.stringValue("pt15m").stringValue("p1d"));
    event.array(
        "notifications_channels", values -> values.stringValue("discord_public").stringValue("mail"));
    event.datetime("created_at", TIMESTAMP, CREATED_AT);
    event.datetime("updated_at", TIMESTAMP, CREATED_AT);
  }
}
