package org.eventapis.contracts.timekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.eventapis.contracts.support.PactDsl.answers;
import static org.eventapis.contracts.support.PactDsl.data;
import static org.eventapis.contracts.support.PactDsl.dataEachLike;
import static org.eventapis.contracts.timekit.TimekitPacts.BASE;
import static org.eventapis.contracts.timekit.TimekitPacts.CALENDAR_ID;
import static org.eventapis.contracts.timekit.TimekitPacts.EMPTY_USER_NAME_CREDENTIALS;
import static org.eventapis.contracts.timekit.TimekitPacts.MEETING_ENDS;
import static org.eventapis.contracts.timekit.TimekitPacts.MEETING_ID;
import static org.eventapis.contracts.timekit.TimekitPacts.MEETING_STARTS;
import static org.eventapis.contracts.timekit.TimekitPacts.RFC_3339;
import static org.eventapis.contracts.timekit.TimekitPacts.STRATEGY_MEETING_JSON;
import static org.eventapis.contracts.timekit.TimekitPacts.TIMEKIT;
import static org.eventapis.contracts.timekit.TimekitPacts.strategyMeeting;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eventapis.contracts.support.Participants;
import org.eventapis.timekit.generated.api.EventsApi;
import org.eventapis.timekit.generated.model.Event;
import org.eventapis.timekit.generated.model.EventEnvelope;
import org.eventapis.timekit.generated.model.EventList;
import org.eventapis.timekit.generated.model.EventUpdateRequest;
import org.eventapis.timekit.generated.model.Rsvp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Timekit's events, when each operation succeeds; how they fail is in {@link TimekitErrorsPactTest}. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.TIMEKIT, pactVersion = PactSpecVersion.V4)
class TimekitEventsPactTest {

  private static final String RSVP_PATTERN = "accepted|needsAction|declined|tentative";

  private static final OffsetDateTime WEEK_STARTS =
      OffsetDateTime.parse("2025-05-19T00:00:00+02:00");
  private static final OffsetDateTime WEEK_ENDS =
      OffsetDateTime.parse("2025-05-26T00:00:00+02:00");

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createEvent(PactDslWithProvider builder) {
    return TIMEKIT.given(builder, "calendar " + CALENDAR_ID + " exists",
            Map.of("calendarId", CALENDAR_ID))
        .post("a request to create an event with every field set", "/events")
        .sends(STRATEGY_MEETING_JSON)
        .answers(201, data(TimekitEventsPactTest::anyStoredMeeting));
  }

  @Test
  @PactTestFor(pactMethod = "createEvent")
  void createEvent_withEveryFieldSet_returnsStoredEvent(MockServer server) {
    EventEnvelope created = events(server).createEvent(strategyMeeting(), List.of());

    Event event = created.getData();
    assertThat(event.getId()).isNotNull();
    assertThat(event)
        .extracting(Event::getCalendarId, Event::getWhat, Event::getStart, Event::getEnd)
        .containsExactly(UUID.fromString(CALENDAR_ID), "Strategy meeting", MEETING_STARTS,
            MEETING_ENDS);
    assertThat(event)
        .extracting(Event::getParticipants, Event::getMyRsvp, Event::getInvite)
        .containsExactly(List.of("customer@example.com"), Rsvp.ACCEPTED, true);
    assertThat(event.getCreatedAt()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listEvents(PactDslWithProvider builder) {
    return TIMEKIT.given(builder, "event " + MEETING_ID + " exists in the week of 2025-05-19",
            Map.of("id", MEETING_ID, "calendarId", CALENDAR_ID))
        .get("a request to list the events of a week, with their attendees and calendar", "/events")
        .query("start", RFC_3339, "2025-05-19T00:00:00+02:00")
        .query("end", RFC_3339, "2025-05-26T00:00:00+02:00")
        .query("include", "attendees,calendar", "attendees,calendar")
        .answers(200, dataEachLike(1, TimekitEventsPactTest::anyStoredMeeting));
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
  V4Pact getEvent(PactDslWithProvider builder) {
    return TIMEKIT.given(builder, "event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
        .get("a request to read an event", "/events/" + MEETING_ID)
        .answers(200, storedMeetingEnvelope());
  }

  @Test
  @PactTestFor(pactMethod = "getEvent")
  void getEvent_whenPresent_returnsEvent(MockServer server) {
    EventEnvelope found = events(server).getEvent(UUID.fromString(MEETING_ID), List.of());

    assertThat(found.getData())
        .extracting(Event::getId, Event::getWhat, Event::getStart, Event::getEnd, Event::getMyRsvp)
        .containsExactly(UUID.fromString(MEETING_ID), "Strategy meeting", MEETING_STARTS,
            MEETING_ENDS, Rsvp.ACCEPTED);
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
  V4Pact updateEvent(PactDslWithProvider builder) {
    return TIMEKIT.given(builder, "event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
        .put("a request to rename an event and change its place with PUT", "/events/" + MEETING_ID)
        .sends("""
            {"what": "Strategy meeting (moved)", "where": "Room 7, third floor"}""")
        .answers(200, data(event -> {
          event.stringValue("id", MEETING_ID);
          storedEvent(event, "Strategy meeting (moved)", "Room 7, third floor");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateEvent")
  void updateEvent_withPartialBody_returnsUpdatedEvent(MockServer server) {
    EventUpdateRequest change =
        new EventUpdateRequest().what("Strategy meeting (moved)").where("Room 7, third floor");

    EventEnvelope updated = events(server).updateEvent(UUID.fromString(MEETING_ID), change);

    assertThat(updated.getData())
        .extracting(Event::getId, Event::getWhat, Event::getWhere, Event::getStart)
        .containsExactly(UUID.fromString(MEETING_ID), "Strategy meeting (moved)",
            "Room 7, third floor", MEETING_STARTS);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteEvent(PactDslWithProvider builder) {
    return TIMEKIT.given(builder, "event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
        .delete("a request to delete an event", "/events/" + MEETING_ID)
        .answers(204);
  }

  @Test
  @PactTestFor(pactMethod = "deleteEvent")
  void deleteEvent_whenPresent_completesWithoutBody(MockServer server) {
    assertThatNoException()
        .isThrownBy(() -> events(server).deleteEvent(UUID.fromString(MEETING_ID)));
  }

  private static EventsApi events(MockServer server) {
    return TimekitPacts.client(server).events();
  }

  /** The strategy meeting under whatever id the server gave it. */
  private static void anyStoredMeeting(LambdaDslObject event) {
    event.uuid("id", UUID.fromString(MEETING_ID));
    storedEvent(event, "Strategy meeting", "Room 4, second floor");
  }

  private static DslPart storedMeetingEnvelope() {
    return data(event -> {
      event.stringValue("id", MEETING_ID);
      storedEvent(event, "Strategy meeting", "Room 4, second floor");
    });
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
}
