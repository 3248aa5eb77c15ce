package org.eventapis.contracts.timekit;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.eventapis.contracts.support.PactDsl.JSON;
import static org.eventapis.contracts.support.PactDsl.JSON_PATTERN;
import static org.eventapis.contracts.support.PactDsl.answers;
import static org.eventapis.contracts.support.TimekitPacts.authorized;
import static org.eventapis.contracts.support.TimekitPacts.EMPTY_USER_NAME_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eventapis.contracts.support.Clients;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.Specs;
import org.eventapis.core.AuthenticationException;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.ValidationException;
import org.eventapis.timekit.generated.api.EventsApi;
import org.eventapis.timekit.generated.model.Event;
import org.eventapis.timekit.generated.model.EventCreateRequest;
import org.eventapis.timekit.generated.model.EventEnvelope;
import org.eventapis.timekit.generated.model.EventList;
import org.eventapis.timekit.generated.model.EventUpdateRequest;
import org.eventapis.timekit.generated.model.Rsvp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.TIMEKIT, pactVersion = PactSpecVersion.V4)
class TimekitEventsPactTest {

  private static final String BASE = Specs.basePath(Participants.TIMEKIT);

  /** RFC 3339 with seconds and an offset, as the spec requires in both directions. */
  private static final String RFC_3339 =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)";

  private static final String RSVP_PATTERN = "accepted|needsAction|declined|tentative";

  private static final String MEETING_ID = "8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d";
  private static final String MISSING_EVENT_ID = "6a2f9e4b-7c1d-4b8e-a5f3-2d9c8b7a6e51";
  private static final String CALENDAR_ID = "3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90";
  private static final String MISSING_CALENDAR_ID = "0b9d7c5a-3e1f-4a2b-8c6d-5f4e3d2c1b0a";

  private static final OffsetDateTime MEETING_STARTS =
      OffsetDateTime.parse("2025-05-20T09:00:00+02:00");
  private static final OffsetDateTime MEETING_ENDS =
      OffsetDateTime.parse("2025-05-20T10:00:00+02:00");

  private static final OffsetDateTime WEEK_STARTS =
      OffsetDateTime.parse("2025-05-19T00:00:00+02:00");
  private static final OffsetDateTime WEEK_ENDS =
      OffsetDateTime.parse("2025-05-26T00:00:00+02:00");

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar " + CALENDAR_ID + " exists", Map.of("calendarId", CALENDAR_ID))
                    .uponReceiving("a request to create an event with every field set")
                    .method("POST")
                    .path(BASE + "/events"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(TimekitEventsPactTest::strategyMeetingRequestBody).build()),
        201,
        
            newJsonBody(
                    body ->
                        body.object(
                            "data",
                            event -> {
                              event.uuid("id", UUID.fromString(MEETING_ID));
                              storedEvent(event, "Strategy meeting", "Room 4, second floor");
                            }))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "createEvent")
  void createEvent_withEveryFieldSet_returnsStoredEvent(MockServer server) {
    EventEnvelope created = events(server).createEvent(strategyMeeting(), List.of());

    Event event = created.getData();
    assertThat(event.getId()).isNotNull();
    assertThat(event.getCalendarId()).isEqualTo(UUID.fromString(CALENDAR_ID));
    assertThat(event.getWhat()).isEqualTo("Strategy meeting");
    assertThat(event.getStart()).isEqualTo(MEETING_STARTS);
    assertThat(event.getEnd()).isEqualTo(MEETING_ENDS);
    assertThat(event.getParticipants()).containsExactly("customer@example.com");
    assertThat(event.getMyRsvp()).isEqualTo(Rsvp.ACCEPTED);
    assertThat(event.getInvite()).isTrue();
    assertThat(event.getCreatedAt()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEventEndingBeforeItStarts(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar " + CALENDAR_ID + " exists", Map.of("calendarId", CALENDAR_ID))
                    .uponReceiving("a request to create an event that ends before it starts")
                    .method("POST")
                    .path(BASE + "/events"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(
                newJsonBody(
                        body ->
                            minimalRequestBody(
                                body,
                                CALENDAR_ID,
                                "2025-05-21T14:00:00+02:00",
                                "2025-05-21T13:00:00+02:00"))
                    .build()),
        422,
        
            newJsonBody(
                    body ->
                        body.object(
                            "errors",
                            errors ->
                                errors.eachLike(
                                    "start",
                                    PactDslJsonRootValue.stringType(
                                        "The start must come before the end."))))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "createEventEndingBeforeItStarts")
  void createEvent_whenEndBeforeStart_throwsValidationExceptionNamingStart(MockServer server) {
    EventCreateRequest backwards =
        coffee(
            CALENDAR_ID,
            OffsetDateTime.parse("2025-05-21T14:00:00+02:00"),
            OffsetDateTime.parse("2025-05-21T13:00:00+02:00"));

    assertThatThrownBy(() -> events(server).createEvent(backwards, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.isBodyParsed()).isTrue();
              assertThat(e.fieldErrors()).containsOnlyKeys("start");
              assertThat(e.fieldErrors().get("start")).isNotEmpty();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEventInMissingCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given(
                        "calendar " + MISSING_CALENDAR_ID + " does not exist", Map.of("calendarId", MISSING_CALENDAR_ID))
                    .uponReceiving("a request to create an event in a calendar that does not exist")
                    .method("POST")
                    .path(BASE + "/events"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(
                newJsonBody(
                        body ->
                            minimalRequestBody(
                                body,
                                MISSING_CALENDAR_ID,
                                "2025-05-21T13:00:00+02:00",
                                "2025-05-21T14:00:00+02:00"))
                    .build()),
        404,
        notFound("Calendar"));
  }

  @Test
  @PactTestFor(pactMethod = "createEventInMissingCalendar")
  void createEvent_whenCalendarMissing_throwsNotFoundException(MockServer server) {
    EventCreateRequest orphan =
        coffee(
            MISSING_CALENDAR_ID,
            OffsetDateTime.parse("2025-05-21T13:00:00+02:00"),
            OffsetDateTime.parse("2025-05-21T14:00:00+02:00"));

    assertThatThrownBy(() -> events(server).createEvent(orphan, List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.isBodyParsed()).isTrue();
              assertThat(e.fieldErrors()).isEmpty();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEventWithRejectedKey(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("the API key is not valid")
                    .uponReceiving("a request to create an event with an API key that is not valid")
                    .method("POST")
                    .path(BASE + "/events"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(TimekitEventsPactTest::strategyMeetingRequestBody).build()),
        401,
        newJsonBody(body -> body.stringType("error", "The credentials are not valid.")).build());
  }

  @Test
  @PactTestFor(pactMethod = "createEventWithRejectedKey")
  void createEvent_withRejectedApiKey_throwsAuthenticationException(MockServer server) {
    assertThatThrownBy(() -> events(server).createEvent(strategyMeeting(), List.of()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.isBodyParsed()).isTrue();
              assertThat(e.fieldErrors()).isEmpty();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listEvents(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given(
                        "event " + MEETING_ID + " exists in the week of 2025-05-19",
                        Map.of("id", MEETING_ID, "calendarId", CALENDAR_ID))
                    .uponReceiving(
                        "a request to list the events of a week, with their attendees and calendar")
                    .method("GET")
                    .path(BASE + "/events")
                    .matchQuery("start", RFC_3339, "2025-05-19T00:00:00+02:00")
                    .matchQuery("end", RFC_3339, "2025-05-26T00:00:00+02:00")
                    .matchQuery("include", "attendees,calendar", "attendees,calendar")),
        200,
        
            newJsonBody(
                    body ->
                        body.minArrayLike(
                            "data",
                            1,
                            event -> {
                              event.uuid("id", UUID.fromString(MEETING_ID));
                              storedEvent(event, "Strategy meeting", "Room 4, second floor");
                            }))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "listEvents")
  void listEvents_withWindowAndIncludes_returnsEventsInWindow(MockServer server) {
    EventList week =
        events(server).listEvents(WEEK_STARTS, WEEK_ENDS, null, List.of("attendees", "calendar"));

    assertThat(week.getData()).isNotEmpty();
    Event first = week.getData().get(0);
    assertThat(first.getId()).isNotNull();
    assertThat(first.getStart()).isAfterOrEqualTo(WEEK_STARTS);
    assertThat(first.getEnd()).isBeforeOrEqualTo(WEEK_ENDS);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listEventsWhenThrottled(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("the app has used up its requests for now")
                .uponReceiving("a request to list events beyond the rate limit")
                .method("GET")
                .path(BASE + "/events")
                .matchQuery("start", RFC_3339, "2025-05-19T00:00:00+02:00")
                .matchQuery("end", RFC_3339, "2025-05-26T00:00:00+02:00"))
        .willRespondWith()
        .status(429)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .headers(Map.of("Retry-After", "30"))
        .body(newJsonBody(body -> body.stringType("error", "Too many requests.")).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listEventsWhenThrottled")
  void listEvents_whenRateLimited_throwsRateLimitedExceptionWithTheDelay(MockServer server) {
    assertThatThrownBy(() -> events(server).listEvents(WEEK_STARTS, WEEK_ENDS, null, List.of()))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
                    .uponReceiving("a request to read an event")
                    .method("GET")
                    .path(BASE + "/events/" + MEETING_ID)),
        200,
        storedMeetingEnvelope());
  }

  @Test
  @PactTestFor(pactMethod = "getEvent")
  void getEvent_whenPresent_returnsEvent(MockServer server) {
    EventEnvelope found = events(server).getEvent(UUID.fromString(MEETING_ID), List.of());

    Event event = found.getData();
    assertThat(event.getId()).isEqualTo(UUID.fromString(MEETING_ID));
    assertThat(event.getWhat()).isEqualTo("Strategy meeting");
    assertThat(event.getStart()).isEqualTo(MEETING_STARTS);
    assertThat(event.getEnd()).isEqualTo(MEETING_ENDS);
    assertThat(event.getMyRsvp()).isEqualTo(Rsvp.ACCEPTED);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getEventWithEmptyUserName(PactDslWithProvider builder) {
    return answers(
        builder
            .given("event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
            .uponReceiving(
                "a request to read an event, authenticated with the API key and no user name")
            .method("GET")
            .path(BASE + "/events/" + MEETING_ID)
            .headers("Authorization", EMPTY_USER_NAME_CREDENTIALS),
        200,
        storedMeetingEnvelope());
  }

  @Test
  @PactTestFor(pactMethod = "getEventWithEmptyUserName")
  void getEvent_withApiKey_sendsBasicCredentialsWithEmptyUserName(MockServer server) {
    EventEnvelope found = events(server).getEvent(UUID.fromString(MEETING_ID), List.of());

    assertThat(found.getData().getId()).isEqualTo(UUID.fromString(MEETING_ID));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getMissingEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event " + MISSING_EVENT_ID + " does not exist", Map.of("id", MISSING_EVENT_ID))
                    .uponReceiving("a request to read an event that does not exist")
                    .method("GET")
                    .path(BASE + "/events/" + MISSING_EVENT_ID)),
        404,
        notFound("Event"));
  }

  @Test
  @PactTestFor(pactMethod = "getMissingEvent")
  void getEvent_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(() -> events(server).getEvent(UUID.fromString(MISSING_EVENT_ID), List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.isBodyParsed()).isTrue();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact updateEvent(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
                .uponReceiving("a request to rename an event and change its place with PUT")
                .method("PUT")
                .path(BASE + "/events/" + MEETING_ID))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.stringValue("what", "Strategy meeting (moved)");
                      body.stringValue("where", "Room 7, third floor");
                    })
                .build())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.object(
                            "data",
                            event -> {
                              event.stringValue("id", MEETING_ID);
                              storedEvent(event, "Strategy meeting (moved)", "Room 7, third floor");
                            }))
                .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateEvent")
  void updateEvent_withPartialBody_returnsUpdatedEvent(MockServer server) {
    EventUpdateRequest change =
        new EventUpdateRequest().what("Strategy meeting (moved)").where("Room 7, third floor");

    EventEnvelope updated = events(server).updateEvent(UUID.fromString(MEETING_ID), change);

    Event event = updated.getData();
    assertThat(event.getId()).isEqualTo(UUID.fromString(MEETING_ID));
    assertThat(event.getWhat()).isEqualTo("Strategy meeting (moved)");
    assertThat(event.getWhere()).isEqualTo("Room 7, third floor");
    assertThat(event.getStart()).isEqualTo(MEETING_STARTS);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact updateEventToEndBeforeItStarts(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
                    .uponReceiving("a PUT that moves an event's end before its start")
                    .method("PUT")
                    .path(BASE + "/events/" + MEETING_ID))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("end", "2025-05-20T08:00:00+02:00")).build()),
        422,
        
            newJsonBody(
                    body ->
                        body.object(
                            "errors",
                            errors ->
                                errors.eachLike(
                                    "end",
                                    PactDslJsonRootValue.stringType(
                                        "The end must come after the start."))))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "updateEventToEndBeforeItStarts")
  void updateEvent_endingBeforeItStarts_throwsValidationExceptionNamingEnd(MockServer server) {
    EventUpdateRequest backwards =
        new EventUpdateRequest().end(OffsetDateTime.parse("2025-05-20T08:00:00+02:00"));

    assertThatThrownBy(() -> events(server).updateEvent(UUID.fromString(MEETING_ID), backwards))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("end"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact updateMissingEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event " + MISSING_EVENT_ID + " does not exist", Map.of("id", MISSING_EVENT_ID))
                    .uponReceiving("a request to rename an event that does not exist")
                    .method("PUT")
                    .path(BASE + "/events/" + MISSING_EVENT_ID))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("what", "Strategy meeting (moved)")).build()),
        404,
        notFound("Event"));
  }

  @Test
  @PactTestFor(pactMethod = "updateMissingEvent")
  void updateEvent_whenMissing_throwsNotFoundException(MockServer server) {
    EventUpdateRequest rename = new EventUpdateRequest().what("Strategy meeting (moved)");

    assertThatThrownBy(() -> events(server).updateEvent(UUID.fromString(MISSING_EVENT_ID), rename))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.isBodyParsed()).isTrue();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteEvent(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
                .uponReceiving("a request to delete an event")
                .method("DELETE")
                .path(BASE + "/events/" + MEETING_ID))
        .willRespondWith()
        .status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteEvent")
  void deleteEvent_whenPresent_completesWithoutBody(MockServer server) {
    assertThatNoException()
        .isThrownBy(() -> events(server).deleteEvent(UUID.fromString(MEETING_ID)));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteMissingEvent(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("event " + MISSING_EVENT_ID + " does not exist", Map.of("id", MISSING_EVENT_ID))
                    .uponReceiving("a request to delete an event that does not exist")
                    .method("DELETE")
                    .path(BASE + "/events/" + MISSING_EVENT_ID)),
        404,
        notFound("Event"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMissingEvent")
  void deleteEvent_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(() -> events(server).deleteEvent(UUID.fromString(MISSING_EVENT_ID)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  private static EventsApi events(MockServer server) {
    return Clients.timekit(server).events();
  }

  private static EventCreateRequest strategyMeeting() {
    return new EventCreateRequest()
        .calendarId(UUID.fromString(CALENDAR_ID))
        .start(MEETING_STARTS)
        .end(MEETING_ENDS)
        .what("Strategy meeting")
        .where("Room 4, second floor")
        .description("Quarterly planning with the sales team.")
        .invite(true)
        .participants(List.of("customer@example.com"))
        .syncProvider(true);
  }

  /** What {@link #strategyMeeting()} looks like on the wire. */
  private static void strategyMeetingRequestBody(LambdaDslObject body) {
    body.stringValue("calendar_id", CALENDAR_ID);
    body.stringValue("start", "2025-05-20T09:00:00+02:00");
    body.stringValue("end", "2025-05-20T10:00:00+02:00");
    body.stringValue("what", "Strategy meeting");
    body.stringValue("where", "Room 4, second floor");
    body.stringValue("description", "Quarterly planning with the sales team.");
    body.booleanValue("invite", true);
    body.array("participants", values -> values.stringValue("customer@example.com"));
    body.booleanValue("sync_provider", true);
  }

  /** Only the required fields; the spec's defaults are left for the model to fill in. */
  private static EventCreateRequest coffee(
      String calendarId, OffsetDateTime start, OffsetDateTime end) {
    return new EventCreateRequest()
        .calendarId(UUID.fromString(calendarId))
        .start(start)
        .end(end)
        .what("Coffee with Peter")
        .where("Corner cafe");
  }

  /**
   * What {@link #coffee} looks like on the wire: only what the caller set. The optional fields
   * with a spec default ({@code invite}, {@code participants}, {@code all_day}, …) stay out.
   */
  private static void minimalRequestBody(
      LambdaDslObject body, String calendarId, String start, String end) {
    body.stringValue("calendar_id", calendarId);
    body.stringValue("start", start);
    body.stringValue("end", end);
    body.stringValue("what", "Coffee with Peter");
    body.stringValue("where", "Corner cafe");
  }

  private static DslPart storedMeetingEnvelope() {
    return newJsonBody(
            body ->
                body.object(
                    "data",
                    event -> {
                      event.stringValue("id", MEETING_ID);
                      storedEvent(event, "Strategy meeting", "Room 4, second floor");
                    }))
        .build();
  }

  /**
   * The strategy meeting as Timekit stores it, without its id. Times are matched by format, since
   * the server may answer in another offset; the example values keep theirs.
   */
  private static void storedEvent(LambdaDslObject event, String what, String where) {
    event.stringValue("calendar_id", CALENDAR_ID);
    event.stringMatcher("start", RFC_3339, "2025-05-20T09:00:00+02:00");
    event.stringMatcher("end", RFC_3339, "2025-05-20T10:00:00+02:00");
    event.stringValue("what", what);
    event.stringValue("where", where);
    event.stringType("description", "Quarterly planning with the sales team.");
    event.eachLike("participants", PactDslJsonRootValue.stringType("customer@example.com"));
    event.stringMatcher("my_rsvp", RSVP_PATTERN, "accepted");
    event.booleanType("all_day", false);
    event.booleanType("invite", true);
    event.booleanType("sync_provider", true);
    event.stringMatcher("created_at", RFC_3339, "2025-05-12T08:30:00+00:00");
    event.stringMatcher("updated_at", RFC_3339, "2025-05-12T08:30:00+00:00");
  }

  /** Timekit's answer when a record is missing; {@code model} names the kind of record. */
  private static DslPart notFound(String model) {
    return newJsonBody(
            body -> {
              body.stringType("error", "Resource does not exist");
              body.stringValue("model", model);
            })
        .build();
  }
}
