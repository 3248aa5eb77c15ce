package org.eventapis.contracts.perscom;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.eventapis.contracts.support.PactDsl.JSON;
import static org.eventapis.contracts.support.PactDsl.JSON_PATTERN;
import static org.eventapis.contracts.support.PactDsl.answers;
import static org.eventapis.contracts.support.PerscomPacts.authorized;
import static org.eventapis.contracts.support.PerscomPacts.errorEnvelope;
import static org.eventapis.contracts.support.PerscomPacts.rejectedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.eventapis.contracts.support.Clients;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.Specs;
import org.eventapis.core.AuthenticationException;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.PermissionException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.ValidationException;
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.model.BatchDeleteRequest;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventBatchCreateRequest;
import org.eventapis.perscom.generated.model.EventBatchEnvelope;
import org.eventapis.perscom.generated.model.EventBatchUpdateRequest;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventEnvelope;
import org.eventapis.perscom.generated.model.EventIncludeOption;
import org.eventapis.perscom.generated.model.EventPage;
import org.eventapis.perscom.generated.model.EventSearchRequest;
import org.eventapis.perscom.generated.model.EventUpdateRequest;
import org.eventapis.perscom.generated.model.NotificationChannel;
import org.eventapis.perscom.generated.model.NotificationInterval;
import org.eventapis.perscom.generated.model.SearchFilter;
import org.eventapis.perscom.generated.model.SearchFilterOperator;
import org.eventapis.perscom.generated.model.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.PERSCOM, pactVersion = PactSpecVersion.V4)
class PerscomEventsPactTest {

  private static final String BASE = Specs.basePath(Participants.PERSCOM);
  private static final String TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ss'Z'";
  private static final Instant CREATED_AT = Instant.parse("2025-03-01T10:15:00Z");

  private static final OffsetDateTime BRIEFING_STARTS = OffsetDateTime.parse("2025-03-14T18:00:00Z");
  private static final OffsetDateTime BRIEFING_ENDS = OffsetDateTime.parse("2025-03-14T19:30:00Z");

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 4 exists", Map.of("calendarId", 4))
                    .uponReceiving("a request to create an event")
                    .method("POST")
                    .path(BASE + "/events"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(PerscomEventsPactTest::briefingRequestBody).build()),
        201,
        newJsonBody(body -> body.object("data", PerscomEventsPactTest::storedBriefing)).build());
  }

  @Test
  @PactTestFor(pactMethod = "createEvent")
  void createEvent_withCalendarThatExists_returnsStoredEvent(MockServer server) {
    EventEnvelope created = events(server).createEvent(briefing(), List.of());

    Event event = created.getData();
    assertThat(event.getId()).isPositive();
    assertThat(event.getName()).isEqualTo("Squadron briefing");
    assertThat(event.getCalendarId()).isEqualTo(4L);
    assertThat(event.getStarts()).isEqualTo(BRIEFING_STARTS);
    assertThat(event.getEnds()).isEqualTo(BRIEFING_ENDS);
    assertThat(event.getNotificationsInterval())
        .containsExactly(NotificationInterval.PT15M, NotificationInterval.P1D);
    assertThat(event.getCreatedAt()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEventInMissingCalendar(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("calendar 99 does not exist", Map.of("calendarId", 99))
                .uponReceiving("a request to create an event in a calendar that does not exist")
                .method("POST")
                .path(BASE + "/events"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.stringValue("name", "Orphan event");
                      body.numberValue("calendar_id", 99);
                      body.booleanValue("all_day", true);
                      body.stringValue("starts", "2025-03-20T00:00:00Z");
                      body.nullValue("ends");
                    })
                .build())
        .willRespondWith()
        .status(422)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(errorEnvelope("ValidationException", "calendar_id"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createEventInMissingCalendar")
  void createEvent_whenCalendarMissing_throwsValidationExceptionNamingTheField(MockServer server) {
    EventCreateRequest orphan =
        new EventCreateRequest()
            .name("Orphan event")
            .calendarId(99L)
            .allDay(true)
            .starts(OffsetDateTime.parse("2025-03-20T00:00:00Z"))
            .ends(null);

    assertThatThrownBy(() -> events(server).createEvent(orphan, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.errorCode()).contains("ValidationException");
              assertThat(e.fieldErrors()).containsOnlyKeys("calendar_id");
              assertThat(e.requestId()).isPresent();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEventWithRevokedKey(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("the API key is revoked")
                    .uponReceiving("a request to create an event with a revoked API key")
                    .method("POST")
                    .path(BASE + "/events"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(PerscomEventsPactTest::briefingRequestBody).build()),
        401,
        errorEnvelope("AuthenticationException", null));
  }

  @Test
  @PactTestFor(pactMethod = "createEventWithRevokedKey")
  void createEvent_withRevokedKey_throwsAuthenticationException(MockServer server) {
    assertThatThrownBy(() -> events(server).createEvent(briefing(), List.of()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.errorCode()).contains("AuthenticationException");
              assertThat(e.fieldErrors()).isEmpty();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchCreateEvents(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("calendar 4 exists", Map.of("calendarId", 4))
                .uponReceiving("a request to create two events in one batch, with their calendars")
                .method("POST")
                .path(BASE + "/events/batch")
                .query("include=calendar"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.array(
                            "resources",
                            items -> {
                              items.object(PerscomEventsPactTest::briefingRequestBody);
                              items.object(
                                  review -> {
                                    review.stringValue("name", "After-action review");
                                    review.numberValue("calendar_id", 4);
                                    review.booleanValue("all_day", false);
                                    review.stringValue("starts", "2025-03-14T20:00:00Z");
                                    review.stringValue("ends", "2025-03-14T21:00:00Z");
                                  });
                            }))
                .build())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.minArrayLike(
                            "data",
                            2,
                            event -> {
                              storedBriefing(event);
                              event.object(
                                  "calendar",
                                  calendar -> {
                                    calendar.integerType("id", 4);
                                    calendar.stringType("name", "Operations");
                                    calendar.stringType("color", "#2563eb");
                                  });
                            }))
                .build())
        .toPact(V4Pact.class);
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

    assertThat(created.getData()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(created.getData())
        .allSatisfy(
            event -> {
              assertThat(event.getId()).isPositive();
              assertThat(event.getCalendar().getId()).isEqualTo(event.getCalendarId());
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchCreateEventsWithInvalidItem(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("calendar 4 exists", Map.of("calendarId", 4))
                .uponReceiving("a batch create whose second event has no name")
                .method("POST")
                .path(BASE + "/events/batch"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.array(
                            "resources",
                            items -> {
                              items.object(PerscomEventsPactTest::briefingRequestBody);
                              items.object(
                                  nameless -> {
                                    nameless.stringValue("name", "");
                                    nameless.numberValue("calendar_id", 4);
                                    nameless.booleanValue("all_day", true);
                                    nameless.stringValue("starts", "2025-03-15T00:00:00Z");
                                    nameless.nullValue("ends");
                                  });
                            }))
                .build())
        .willRespondWith()
        .status(422)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(errorEnvelope("ValidationException", "resources.1.name"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "batchCreateEventsWithInvalidItem")
  void batchCreateEvents_whenOneItemInvalid_throwsValidationExceptionNamingItsPosition(
      MockServer server) {
    EventCreateRequest nameless =
        new EventCreateRequest()
            .name("")
            .calendarId(4L)
            .allDay(true)
            .starts(OffsetDateTime.parse("2025-03-15T00:00:00Z"))
            .ends(null);
    EventBatchCreateRequest batch =
        new EventBatchCreateRequest().resources(List.of(briefing(), nameless));

    assertThatThrownBy(() -> events(server).batchCreateEvents(batch, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.fieldErrors()).containsOnlyKeys("resources.1.name");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateEvents(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("events 12 and 13 exist", Map.of("ids", List.of(12, 13)))
                .uponReceiving("a request to move one event and clear another's description")
                .method("PATCH")
                .path(BASE + "/events/batch"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.object(
                            "resources",
                            resources -> {
                              resources.object(
                                  "12",
                                  moved -> {
                                    moved.stringValue("starts", "2025-03-14T19:00:00Z");
                                    moved.stringValue("ends", "2025-03-14T20:30:00Z");
                                  });
                              resources.object("13", cleared -> cleared.nullValue("description"));
                            }))
                .build())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(body -> body.minArrayLike("data", 1, PerscomEventsPactTest::storedBriefing))
                .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateEvents")
  void batchUpdateEvents_withPartialChanges_sendsOnlyTheFieldsSetAndReturnsTheEvents(
      MockServer server) {
    EventBatchUpdateRequest changes =
        new EventBatchUpdateRequest()
            .resources(
                Map.of(
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
  V4Pact batchUpdateEventsWithoutScope(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("the API key lacks the update:event scope")
                    .uponReceiving("a batch update with a key that may not update events")
                    .method("PATCH")
                    .path(BASE + "/events/batch"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(
                newJsonBody(
                        body ->
                            body.object(
                                "resources",
                                resources ->
                                    resources.object(
                                        "12", renamed -> renamed.stringValue("name", "Renamed"))))
                    .build()),
        403,
        errorEnvelope("AuthorizationException", null));
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateEventsWithoutScope")
  void batchUpdateEvents_withoutUpdateScope_throwsPermissionException(MockServer server) {
    EventBatchUpdateRequest rename =
        new EventBatchUpdateRequest().resources(Map.of("12", new EventUpdateRequest().name("Renamed")));

    assertThatThrownBy(() -> events(server).batchUpdateEvents(rename, List.of()))
        .isInstanceOfSatisfying(
            PermissionException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.errorCode()).contains("AuthorizationException");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listEventsSecondPage(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("31 events exist", Map.of("count", 31))
                    .uponReceiving("a request for the second page of events with authors and calendars")
                    .method("GET")
                    .path(BASE + "/events")
                    .query("limit=15&page=2&include=author,calendar")),
        200,
        
            newJsonBody(
                    body -> {
                      body.minArrayLike("data", 1, PerscomEventsPactTest::storedBriefing);
                      body.object(
                          "links",
                          links -> {
                            links.stringType("first", "https://api.perscom.io/v2/events?page=1");
                            links.stringType("last", "https://api.perscom.io/v2/events?page=3");
                            links.stringType("prev", "https://api.perscom.io/v2/events?page=1");
                            links.stringType("next", "https://api.perscom.io/v2/events?page=3");
                          });
                      body.object(
                          "meta",
                          meta -> {
                            meta.integerType("current_page", 2);
                            meta.integerType("from", 16);
                            meta.integerType("last_page", 3);
                            meta.stringType("path", "https://api.perscom.io/v2/events");
                            meta.integerType("per_page", 15);
                            meta.integerType("to", 30);
                            meta.integerType("total", 31);
                          });
                    })
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "listEventsSecondPage")
  void listEvents_secondPageWithAuthorAndCalendar_sendsCommaSeparatedIncludeAndReadsThePage(
      MockServer server) {
    EventPage page =
        events(server)
            .listEvents(15, 2, List.of(EventIncludeOption.AUTHOR, EventIncludeOption.CALENDAR));

    assertThat(page.getData()).isNotEmpty();
    assertThat(page.getMeta().getCurrentPage()).isEqualTo(2);
    assertThat(page.getMeta().getPerPage()).isEqualTo(15);
    assertThat(page.getLinks().getNext()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listEventsWhenThrottled(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("the caller has used up its requests for this minute")
                    .uponReceiving("a request for events beyond the rate limit")
                    .method("GET")
                    .path(BASE + "/events")),
        429,
        errorEnvelope("ThrottleRequestsException", null));
  }

  @Test
  @PactTestFor(pactMethod = "listEventsWhenThrottled")
  void listEvents_whenRateLimited_throwsRateLimitedException(MockServer server) {
    assertThatThrownBy(() -> events(server).listEvents(null, null, List.of()))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.retryAfter()).isEmpty();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact searchEvents(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("calendar 4 has events from March on", Map.of("calendarId", 4))
                .uponReceiving("a search for calendar 4's events from March on, soonest first")
                .method("POST")
                .path(BASE + "/events/search"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.array(
                          "filters",
                          filters -> {
                            filters.object(
                                f -> {
                                  f.stringValue("field", "calendar_id");
                                  f.stringValue("operator", "=");
                                  f.numberValue("value", 4);
                                });
                            filters.object(
                                f -> {
                                  f.stringValue("field", "starts");
                                  f.stringValue("operator", ">=");
                                  f.stringValue("value", "2025-03-01T00:00:00Z");
                                });
                          });
                      body.array(
                          "sort",
                          sort ->
                              sort.object(
                                  by -> {
                                    by.stringValue("field", "starts");
                                  }));
                    })
                .build())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.minArrayLike("data", 1, PerscomEventsPactTest::storedBriefing);
                      body.object(
                          "links",
                          links -> {
                            links.stringType("first", "https://api.perscom.io/v2/events/search?page=1");
                            links.stringType("last", "https://api.perscom.io/v2/events/search?page=1");
                            links.nullValue("prev");
                            links.nullValue("next");
                          });
                      body.object(
                          "meta",
                          meta -> {
                            meta.integerType("current_page", 1);
                            meta.integerType("last_page", 1);
                            meta.integerType("per_page", 15);
                            meta.integerType("total", 1);
                          });
                    })
                .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "searchEvents")
  void searchEvents_withFiltersAndSort_returnsMatchingPage(MockServer server) {
    EventSearchRequest search =
        new EventSearchRequest()
            .filters(
                List.of(
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
  V4Pact searchEventsWithUnknownField(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("events exist")
                .uponReceiving("a search that filters on a field events do not have")
                .method("POST")
                .path(BASE + "/events/search"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.array(
                            "filters",
                            filters ->
                                filters.object(
                                    f -> {
                                      f.stringValue("field", "colour");
                                      f.stringValue("operator", "=");
                                      f.stringValue("value", "red");
                                    })))
                .build())
        .willRespondWith()
        .status(422)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(errorEnvelope("ValidationException", "filters.0.field"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "searchEventsWithUnknownField")
  void searchEvents_onUnknownField_throwsValidationExceptionNamingTheFilter(MockServer server) {
    EventSearchRequest search =
        new EventSearchRequest()
            .filters(
                List.of(new SearchFilter().field("colour").operator(SearchFilterOperator.EQUAL).value("red")));

    assertThatThrownBy(() -> events(server).searchEvents(search, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("filters.0.field"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 12 exists", Map.of("id", 12))
                    .uponReceiving("a request for event 12 with its tags")
                    .method("GET")
                    .path(BASE + "/events/12")
                    .query("include=tags")),
        200,
        newJsonBody(body -> body.object("data", PerscomEventsPactTest::storedBriefing)).build());
  }

  @Test
  @PactTestFor(pactMethod = "getEvent")
  void getEvent_whenItExists_returnsTheEvent(MockServer server) {
    Event event = events(server).getEvent(12L, List.of(EventIncludeOption.TAGS)).getData();

    assertThat(event.getId()).isPositive();
    assertThat(event.getStarts()).isEqualTo(BRIEFING_STARTS);
    assertThat(event.getDescription()).isNull();
    assertThat(event.getNotificationsChannels())
        .containsExactly(NotificationChannel.DISCORD_PUBLIC, NotificationChannel.MAIL);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getMissingEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 404 does not exist", Map.of("id", 404))
                    .uponReceiving("a request for an event that does not exist")
                    .method("GET")
                    .path(BASE + "/events/404")),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "getMissingEvent")
  void getEvent_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(() -> events(server).getEvent(404L, List.of()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact updateEventClearingDescription(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 12 exists", Map.of("id", 12))
                    .uponReceiving("a request to clear event 12's description and nothing else")
                    .method("PATCH")
                    .path(BASE + "/events/12"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body("{\"description\":null}", JSON),
        200,
        newJsonBody(body -> body.object("data", PerscomEventsPactTest::storedBriefing)).build());
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
  V4Pact updateMissingEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 404 does not exist", Map.of("id", 404))
                    .uponReceiving("a request to rename an event that does not exist")
                    .method("PATCH")
                    .path(BASE + "/events/404"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("name", "Renamed")).build()),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "updateMissingEvent")
  void updateEvent_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(
            () -> events(server).updateEvent(404L, new EventUpdateRequest().name("Renamed"), List.of()))
        .isInstanceOf(NotFoundException.class);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 12 exists", Map.of("id", 12))
                    .uponReceiving("a PUT that moves event 12 to another room")
                    .method("PUT")
                    .path(BASE + "/events/12"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("location", "Hangar 2")).build()),
        200,
        
            newJsonBody(
                    body ->
                        body.object(
                            "data",
                            event -> {
                              storedBriefing(event);
                              event.stringType("location", "Hangar 2");
                            }))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "replaceEvent")
  void replaceEvent_withOneField_keepsTheOthersAndReturnsTheEvent(MockServer server) {
    Event event =
        events(server)
            .replaceEvent(12L, new EventUpdateRequest().location("Hangar 2"), List.of())
            .getData();

    assertThat(event.getLocation()).isEqualTo("Hangar 2");
    assertThat(event.getName()).isEqualTo("Squadron briefing");
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceMissingEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 404 does not exist", Map.of("id", 404))
                    .uponReceiving("a PUT to an event that does not exist")
                    .method("PUT")
                    .path(BASE + "/events/404"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("location", "Hangar 2")).build()),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "replaceMissingEvent")
  void replaceEvent_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(
            () ->
                events(server)
                    .replaceEvent(404L, new EventUpdateRequest().location("Hangar 2"), List.of()))
        .isInstanceOf(NotFoundException.class);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 12 exists", Map.of("id", 12))
                    .uponReceiving("a request to delete event 12")
                    .method("DELETE")
                    .path(BASE + "/events/12")),
        200,
        newJsonBody(body -> body.object("data", PerscomEventsPactTest::storedBriefing)).build());
  }

  @Test
  @PactTestFor(pactMethod = "deleteEvent")
  void deleteEvent_whenItExists_returnsTheDeletedEvent(MockServer server) {
    Event deleted = events(server).deleteEvent(12L, List.of()).getData();

    assertThat(deleted.getId()).isPositive();
    assertThat(deleted.getName()).isEqualTo("Squadron briefing");
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteMissingEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 404 does not exist", Map.of("id", 404))
                    .uponReceiving("a request to delete an event that does not exist")
                    .method("DELETE")
                    .path(BASE + "/events/404")),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMissingEvent")
  void deleteEvent_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(() -> events(server).deleteEvent(404L, List.of()))
        .isInstanceOf(NotFoundException.class);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteEvents(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event 12 exists and event 99 does not", Map.of("existing", 12, "missing", 99))
                    .uponReceiving("a request to delete events 12 and 99 in one batch")
                    .method("DELETE")
                    .path(BASE + "/events/batch"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body("{\"resources\":[12,99]}", JSON),
        200,
        
            newJsonBody(body -> body.minArrayLike("data", 1, PerscomEventsPactTest::storedBriefing))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteEvents")
  void batchDeleteEvents_withAnUnknownId_skipsItAndReturnsTheDeletedOnes(MockServer server) {
    EventBatchEnvelope deleted =
        events(server)
            .batchDeleteEvents(new BatchDeleteRequest().resources(List.of(12L, 99L)), List.of());

    assertThat(deleted.getData()).isNotEmpty();
    assertThat(deleted.getData()).allSatisfy(event -> assertThat(event.getId()).isPositive());
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteEventsWithoutScope(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("the API key lacks the delete:event scope")
                    .uponReceiving("a batch delete with a key that may not delete events")
                    .method("DELETE")
                    .path(BASE + "/events/batch"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body("{\"resources\":[12]}", JSON),
        403,
        errorEnvelope("AuthorizationException", null));
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteEventsWithoutScope")
  void batchDeleteEvents_withoutDeleteScope_throwsPermissionException(MockServer server) {
    assertThatThrownBy(
            () ->
                events(server)
                    .batchDeleteEvents(new BatchDeleteRequest().resources(List.of(12L)), List.of()))
        .isInstanceOfSatisfying(
            PermissionException.class, e -> assertThat(e.errorCode()).contains("AuthorizationException"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact updateEventIntoMissingCalendar(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "event 12 exists and calendar 99 does not",
        "a request to move event 12 to a calendar that does not exist",
        "PATCH",
        BASE + "/events/12",
        "{\"calendar_id\":99}",
        "calendar_id");
  }

  @Test
  @PactTestFor(pactMethod = "updateEventIntoMissingCalendar")
  void updateEvent_intoMissingCalendar_throwsValidationExceptionNamingTheField(MockServer server) {
    assertThatThrownBy(
            () -> events(server).updateEvent(12L, new EventUpdateRequest().calendarId(99L), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("calendar_id"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceEventWithBlankName(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "event 12 exists",
        "a PUT that blanks event 12's name",
        "PUT",
        BASE + "/events/12",
        "{\"name\":\"\"}",
        "name");
  }

  @Test
  @PactTestFor(pactMethod = "replaceEventWithBlankName")
  void replaceEvent_withBlankName_throwsValidationExceptionNamingTheField(MockServer server) {
    assertThatThrownBy(
            () -> events(server).replaceEvent(12L, new EventUpdateRequest().name(""), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateEventsIntoMissingCalendar(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "event 12 exists and calendar 99 does not",
        "a batch update that moves event 12 to a calendar that does not exist",
        "PATCH",
        BASE + "/events/batch",
        "{\"resources\":{\"12\":{\"calendar_id\":99}}}",
        "resources.12.calendar_id");
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateEventsIntoMissingCalendar")
  void batchUpdateEvents_intoMissingCalendar_throwsValidationExceptionNamingTheItem(
      MockServer server) {
    EventBatchUpdateRequest move =
        new EventBatchUpdateRequest().resources(Map.of("12", new EventUpdateRequest().calendarId(99L)));

    assertThatThrownBy(() -> events(server).batchUpdateEvents(move, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("resources.12.calendar_id"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteNoEvents(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "events exist",
        "a batch delete that names no events",
        "DELETE",
        BASE + "/events/batch",
        "{\"resources\":[]}",
        "resources");
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteNoEvents")
  void batchDeleteEvents_withNoIds_throwsValidationException(MockServer server) {
    assertThatThrownBy(
            () -> events(server).batchDeleteEvents(new BatchDeleteRequest().resources(List.of()), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("resources"));
  }

  private static EventsApi events(MockServer server) {
    return Clients.perscom(server).events();
  }

  private static EventCreateRequest briefing() {
    return new EventCreateRequest()
        .name("Squadron briefing")
        .calendarId(4L)
        .starts(BRIEFING_STARTS)
        .ends(BRIEFING_ENDS)
        .location("Briefing room B")
        .notificationsInterval(List.of(NotificationInterval.PT15M, NotificationInterval.P1D))
        .notificationsChannels(
            List.of(NotificationChannel.DISCORD_PUBLIC, NotificationChannel.MAIL));
  }

  /** What {@link #briefing()} looks like on the wire: what it sets, and the required all_day. */
  private static void briefingRequestBody(LambdaDslObject body) {
    body.stringValue("name", "Squadron briefing");
    body.numberValue("calendar_id", 4);
    body.stringValue("location", "Briefing room B");
    body.booleanValue("all_day", false);
    body.stringValue("starts", "2025-03-14T18:00:00Z");
    body.stringValue("ends", "2025-03-14T19:30:00Z");
    body.array("notifications_interval", values -> values.stringValue("pt15m").stringValue("p1d"));
    body.array(
        "notifications_channels", values -> values.stringValue("discord_public").stringValue("mail"));
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
