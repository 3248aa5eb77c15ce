package org.eventapis.contracts.unipile;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.eventapis.contracts.unipile.UnipilePacts.ACCOUNT_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.CALENDAR_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.CALENDAR_OWNED;
import static org.eventapis.contracts.unipile.UnipilePacts.EVENT_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.HOLDS_PLANNING;
import static org.eventapis.contracts.unipile.UnipilePacts.OF_ACCOUNT;
import static org.eventapis.contracts.unipile.UnipilePacts.OWNS_CALENDAR;
import static org.eventapis.contracts.unipile.UnipilePacts.PLANNING_HELD;
import static org.eventapis.contracts.unipile.UnipilePacts.UNIPILE;
import static org.eventapis.contracts.unipile.UnipilePacts.eventPath;
import static org.eventapis.contracts.unipile.UnipilePacts.eventsPath;
import static org.eventapis.unipile.generated.model.Attendee.ResponseStatusEnum.MAYBE;
import static org.eventapis.unipile.generated.model.Attendee.ResponseStatusEnum.NO;
import static org.eventapis.unipile.generated.model.Attendee.ResponseStatusEnum.NOREPLY;
import static org.eventapis.unipile.generated.model.Attendee.ResponseStatusEnum.YES;
import static org.eventapis.unipile.generated.model.Attendee.TypeEnum.OPTIONAL;
import static org.eventapis.unipile.generated.model.Attendee.TypeEnum.REQUIRED;
import static org.eventapis.unipile.generated.model.Attendee.TypeEnum.RESOURCE;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eventapis.contracts.support.Participants;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.generated.api.CalendarEventsApi;
import org.eventapis.unipile.generated.model.Attendee;
import org.eventapis.unipile.generated.model.AttendeeRequest;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreated;
import org.eventapis.unipile.generated.model.CalendarEventDeleted;
import org.eventapis.unipile.generated.model.CalendarEventList;
import org.eventapis.unipile.generated.model.CalendarEventUpdateRequest;
import org.eventapis.unipile.generated.model.CalendarEventUpdated;
import org.eventapis.unipile.generated.model.Conference;
import org.eventapis.unipile.generated.model.EventColor;
import org.eventapis.unipile.generated.model.EventTransparency;
import org.eventapis.unipile.generated.model.EventVisibility;
import org.eventapis.unipile.generated.model.Organizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.UNIPILE, pactVersion = PactSpecVersion.V4)
class UnipileCalendarEventsPactTest {

  private static final String TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
  private static final String EVENT_ID_PATTERN = "[A-Za-z0-9_-]+";

  private static final String SAM = "sam.lee@example.com";
  private static final String ANA = "ana.ruiz@example.com";

  private static final String NEXT_CURSOR =
      "eyJwYWdlVG9rZW4iOiJDaGtLRnpJd01qVXRNRFl0TURsVU1EazZNREE2TURCYUVBRVlBUT09In0";

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final OffsetDateTime PLANNING_STARTS =
      OffsetDateTime.parse("2025-06-02T09:00:00Z");
  private static final OffsetDateTime PLANNING_ENDS = OffsetDateTime.parse("2025-06-02T09:30:00Z");
  private static final LocalDate OFFSITE_DAY = LocalDate.parse("2025-06-10");
  private static final LocalDate DAY_AFTER_OFFSITE = LocalDate.parse("2025-06-11");
  private static final String PLANNING_NOTES = "Review of last week and the plan for the next one.";
  private static final String WEEKLY_FOUR_TIMES = "RRULE:FREQ=WEEKLY;COUNT=4";
  private static final Instant PLANNING_CREATED_AT = Instant.parse("2025-05-28T14:12:05Z");
  private static final Instant OFFSITE_CREATED_AT = Instant.parse("2025-05-20T08:00:00Z");
  private static final Instant OFFSITE_UPDATED_AT = Instant.parse("2025-05-22T16:45:30Z");

  // Midnight on purpose: a whole-minute time must still go out with its seconds (RFC 3339).
  private static final OffsetDateTime WINDOW_STARTS = OffsetDateTime.parse("2025-06-01T00:00:00Z");
  private static final OffsetDateTime WINDOW_ENDS = OffsetDateTime.parse("2025-07-01T00:00:00Z");

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createTimedEvent(PactDslWithProvider builder) {
    return UNIPILE.given(builder, OWNS_CALENDAR, CALENDAR_OWNED)
        .post("a request to create a recurring timed meeting with a Google Meet",
            eventsPath(CALENDAR_ID))
        .query(OF_ACCOUNT)
        .sends("""
            {"title": "Weekly planning", "body": "%s", "location": "Room 4.02",
             "transparency": "opaque", "visibility": "public",
             "conference": {"provider": "google_meet"}, "is_attendees_list_hidden": false,
             "attendees": [{"email": "%s"}, {"email": "%s"}], "recurrence": ["%s"],
             "start": {"date_time": "2025-06-02T09:00:00Z", "time_zone": "Europe/Paris"},
             "end": {"date_time": "2025-06-02T09:30:00Z", "time_zone": "Europe/Paris"},
             "color": "#33B679", "notify": true}"""
            .formatted(PLANNING_NOTES, SAM, ANA, WEEKLY_FOUR_TIMES))
        .answers(201, createdBody());
  }

  @Test
  @PactTestFor(pactMethod = "createTimedEvent")
  void createCalendarEvent_timed_returnsCreatedEventId(MockServer server) {
    CalendarEventCreateRequest planning =
        new CalendarEventCreateRequest()
            .title("Weekly planning")
            .body(PLANNING_NOTES)
            .location("Room 4.02")
            .transparency(EventTransparency.OPAQUE)
            .visibility(EventVisibility.PUBLIC)
            .conference(new Conference().provider(Conference.ProviderEnum.GOOGLE_MEET))
            .isAttendeesListHidden(false)
            .attendees(List.of(new AttendeeRequest().email(SAM), new AttendeeRequest().email(ANA)))
            .recurrence(List.of(WEEKLY_FOUR_TIMES))
            .start(EventTime.timed(PLANNING_STARTS, PARIS))
            .end(EventTime.timed(PLANNING_ENDS, PARIS))
            .color(EventColor.SAGE)
            .notify(true);

    CalendarEventCreated created =
        events(server).createCalendarEvent(CALENDAR_ID, ACCOUNT_ID, planning);

    assertThat(created.getObject())
        .isEqualTo(CalendarEventCreated.ObjectEnum.CALENDAR_EVENT_CREATED);
    assertThat(created.getEventId()).matches(EVENT_ID_PATTERN);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createAllDayEvent(PactDslWithProvider builder) {
    return UNIPILE.given(builder, OWNS_CALENDAR, CALENDAR_OWNED)
        .post("a request to create an all-day event with nobody invited", eventsPath(CALENDAR_ID))
        .query(OF_ACCOUNT)
        // No notify: the caller never set it, and only what is set is sent.
        .sends("""
            {"title": "Team offsite", "transparency": "transparent", "attendees": [],
             "start": {"date": "2025-06-10"}, "end": {"date": "2025-06-11"}}""")
        .answers(201, createdBody());
  }

  @Test
  @PactTestFor(pactMethod = "createAllDayEvent")
  void createCalendarEvent_allDay_returnsCreatedEventId(MockServer server) {
    CalendarEventCreateRequest offsite =
        new CalendarEventCreateRequest()
            .title("Team offsite")
            .transparency(EventTransparency.TRANSPARENT)
            .attendees(List.of())
            .start(EventTime.allDay(OFFSITE_DAY))
            .end(EventTime.allDay(DAY_AFTER_OFFSITE));

    CalendarEventCreated created =
        events(server).createCalendarEvent(CALENDAR_ID, ACCOUNT_ID, offsite);

    assertThat(created.getObject())
        .isEqualTo(CalendarEventCreated.ObjectEnum.CALENDAR_EVENT_CREATED);
    assertThat(created.getEventId()).matches(EVENT_ID_PATTERN);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getEvent(PactDslWithProvider builder) {
    return UNIPILE.given(builder, HOLDS_PLANNING, PLANNING_HELD)
        .get("a request for one event with its attendees' answers",
            eventPath(CALENDAR_ID, EVENT_ID))
        .query(OF_ACCOUNT)
        .answers(200, newJsonBody(UnipileCalendarEventsPactTest::weeklyPlanning).build());
  }

  @Test
  @PactTestFor(pactMethod = "getEvent")
  void getCalendarEvent_whenItExists_returnsEventWithAttendeeAnswers(MockServer server) {
    CalendarEvent event = events(server).getCalendarEvent(CALENDAR_ID, EVENT_ID, ACCOUNT_ID);

    assertThat(event)
        .extracting(CalendarEvent::getObject, CalendarEvent::getId, CalendarEvent::getCalendarId,
            CalendarEvent::getTitle, CalendarEvent::getIsAllDay, CalendarEvent::getIsCancelled)
        .containsExactly(
            CalendarEvent.ObjectEnum.CALENDAR_EVENT, EVENT_ID, CALENDAR_ID, "Weekly planning",
            false, false);
    assertThat(event.getCreatedAt().toInstant()).isEqualTo(PLANNING_CREATED_AT);
    assertThat(event)
        .extracting(CalendarEvent::getStart, CalendarEvent::getEnd, CalendarEvent::getRecurrence)
        .containsExactly(EventTime.timed(PLANNING_STARTS, PARIS),
            EventTime.timed(PLANNING_ENDS, PARIS), List.of(WEEKLY_FOUR_TIMES));
    assertThat(event.getStart().isAllDay()).isFalse();
    assertThat(event.getOrganizer())
        .extracting(Organizer::getEmail, Organizer::getDisplayName)
        .containsExactly("jane.doe@example.com", "Jane Doe");
    assertThat(event)
        .extracting(e -> e.getConference().getProvider(), CalendarEvent::getVisibility,
            CalendarEvent::getTransparency)
        .containsExactly(
            Conference.ProviderEnum.GOOGLE_MEET, EventVisibility.PUBLIC, EventTransparency.OPAQUE);
    assertThat(event.getAttendees())
        .extracting(
            Attendee::getEmail,
            Attendee::getDisplayName,
            Attendee::getIsOrganizer,
            Attendee::getIsOptional,
            Attendee::getIsResource,
            Attendee::getType,
            Attendee::getResponseStatus)
        .containsExactly(
            tuple("jane.doe@example.com", "Jane Doe", true, false, false, REQUIRED, YES),
            tuple("sam.lee@example.com", "Sam Lee", false, false, false, REQUIRED, MAYBE),
            tuple("meeting.room.4@example.com", "Room 4.02", false, false, true, RESOURCE, NO),
            tuple("ana.ruiz@example.com", null, false, true, false, OPTIONAL, NOREPLY));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listEventsInWindow(PactDslWithProvider builder) {
    return UNIPILE.given(builder,
            "calendar " + CALENDAR_ID + " holds a meeting and an all-day event in June",
            CALENDAR_OWNED)
        .get("a request for the events of the coming month, ten at a time", eventsPath(CALENDAR_ID))
        .query(OF_ACCOUNT + "&limit=10&start=2025-06-01T00:00:00Z&end=2025-07-01T00:00:00Z")
        .answers(200, newJsonBody(page -> {
          page.array("data", events -> {
            events.object(UnipileCalendarEventsPactTest::weeklyPlanning);
            events.object(UnipileCalendarEventsPactTest::teamOffsite);
          });
          page.stringType("next_cursor", NEXT_CURSOR);
        }).build());
  }

  @Test
  @PactTestFor(pactMethod = "listEventsInWindow")
  void listCalendarEvents_inTimeWindow_returnsTimedAndAllDayEvents(MockServer server) {
    CalendarEventList page =
        events(server)
            .listCalendarEvents(
                CALENDAR_ID,
                new CalendarEventsApi.ListCalendarEventsQueryParams()
                    .accountId(ACCOUNT_ID)
                    .limit(10)
                    .start(WINDOW_STARTS)
                    .end(WINDOW_ENDS));

    assertThat(page.getData())
        .extracting(CalendarEvent::getTitle, CalendarEvent::getIsAllDay, CalendarEvent::getStart)
        .containsExactly(
            tuple("Weekly planning", false, EventTime.timed(PLANNING_STARTS, PARIS)),
            tuple("Team offsite", true, EventTime.allDay(OFFSITE_DAY)));
    CalendarEvent offsite = page.getData().get(1);
    assertThat(offsite)
        .extracting(CalendarEvent::getEnd, CalendarEvent::getVisibility,
            CalendarEvent::getTransparency)
        .containsExactly(EventTime.allDay(DAY_AFTER_OFFSITE), EventVisibility.PRIVATE,
            EventTransparency.TRANSPARENT);
    assertThat(offsite.getEnd().isAllDay()).isTrue();
    assertThat(offsite.getUpdatedAt().toInstant()).isEqualTo(OFFSITE_UPDATED_AT);
    assertThat(page.getNextCursor()).isNotBlank();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact renameEvent(PactDslWithProvider builder) {
    return UNIPILE.given(builder, HOLDS_PLANNING, PLANNING_HELD)
        .patch("a request to change only the title and location of an event",
            eventPath(CALENDAR_ID, EVENT_ID))
        .query(OF_ACCOUNT)
        .sends("""
            {"title": "Weekly planning (moved)", "location": "Room 2.11"}""")
        .answers(200, objectNamed("CalendarEventUpdated"));
  }

  @Test
  @PactTestFor(pactMethod = "renameEvent")
  void updateCalendarEvent_withTitleAndLocation_sendsOnlyThoseFields(MockServer server) {
    CalendarEventUpdateRequest rename =
        new CalendarEventUpdateRequest().title("Weekly planning (moved)").location("Room 2.11");

    CalendarEventUpdated updated =
        events(server).updateCalendarEvent(CALENDAR_ID, EVENT_ID, ACCOUNT_ID, rename);

    assertThat(updated.getObject())
        .isEqualTo(CalendarEventUpdated.ObjectEnum.CALENDAR_EVENT_UPDATED);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteEvent(PactDslWithProvider builder) {
    return UNIPILE.given(builder, HOLDS_PLANNING, PLANNING_HELD)
        .delete("a request to delete an event", eventPath(CALENDAR_ID, EVENT_ID))
        .query(OF_ACCOUNT)
        .answers(200, objectNamed("CalendarEventDeleted"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteEvent")
  void deleteCalendarEvent_whenItExists_returnsDeletionConfirmation(MockServer server) {
    CalendarEventDeleted deleted =
        events(server).deleteCalendarEvent(CALENDAR_ID, EVENT_ID, ACCOUNT_ID);

    assertThat(deleted.getObject())
        .isEqualTo(CalendarEventDeleted.ObjectEnum.CALENDAR_EVENT_DELETED);
  }

  private static CalendarEventsApi events(MockServer server) {
    return UnipilePacts.client(server).calendarEvents();
  }

  /** A body that only says which kind of answer it is. */
  private static DslPart objectNamed(String object) {
    return newJsonBody(body -> body.stringValue("object", object)).build();
  }

  /** The provider picks the new event's id, so only its shape is part of the contract. */
  private static DslPart createdBody() {
    return newJsonBody(body -> {
      body.stringValue("object", "CalendarEventCreated");
      body.stringMatcher("event_id", EVENT_ID_PATTERN, "r8t4k1m2n6p0q3s5v7w9x1y2z4");
    }).build();
  }

  /**
   * The meeting the provider state sets up. The attendees cover every attendee type and answer
   * the client must decode, so their enum values are matched exactly.
   */
  private static void weeklyPlanning(LambdaDslObject event) {
    event.stringValue("object", "CalendarEvent");
    event.stringValue("id", EVENT_ID);
    event.stringValue("calendar_id", CALENDAR_ID);
    event.datetime("created_at", TIMESTAMP, PLANNING_CREATED_AT);
    event.datetime("updated_at", TIMESTAMP, PLANNING_CREATED_AT);
    event.stringType("title", "Weekly planning");
    event.stringType("body", PLANNING_NOTES);
    event.stringType("location", "Room 4.02");
    event.booleanType("is_cancelled", false);
    event.booleanValue("is_all_day", false);
    event.booleanType("is_attendees_list_hidden", false);
    event.array("attendees", attendees -> {
      attendees.object(jane -> attendee(jane, "jane.doe@example.com", "Jane Doe", true, false, false)
          .stringValue("type", "required")
          .stringValue("response_status", "yes"));
      attendees.object(sam -> attendee(sam, "sam.lee@example.com", "Sam Lee", false, false, false)
          .stringType("comment", "Might join a few minutes late.")
          .stringValue("type", "required")
          .stringValue("response_status", "maybe"));
      attendees.object(room -> attendee(room, "meeting.room.4@example.com", "Room 4.02", false, false, true)
          .stringValue("type", "resource")
          .stringValue("response_status", "no"));
      attendees.object(ana -> attendee(ana, "ana.ruiz@example.com", null, false, true, false)
          .stringValue("type", "optional")
          .stringValue("response_status", "noreply"));
    });
    event.object("start", start -> timed(start, "2025-06-02T09:00:00.000Z"));
    event.object("end", end -> timed(end, "2025-06-02T09:30:00.000Z"));
    event.array("recurrence", lines -> lines.stringType(WEEKLY_FOUR_TIMES));
    event.object("organizer", organizer -> {
      organizer.stringType("email", "jane.doe@example.com");
      organizer.stringType("display_name", "Jane Doe");
    });
    event.object("conference", conference -> {
      conference.stringValue("provider", "google_meet");
      conference.stringType("url", "https://meet.google.com/abc-defg-hij");
    });
    event.stringValue("visibility", "public");
    event.stringValue("transparency", "opaque");
    event.stringType("event_type", "default");
  }

  private static void teamOffsite(LambdaDslObject event) {
    event.stringValue("object", "CalendarEvent");
    event.stringType("id", "0p9o8i7u6y5t4r3e2w1q");
    event.stringValue("calendar_id", CALENDAR_ID);
    event.datetime("created_at", TIMESTAMP, OFFSITE_CREATED_AT);
    event.datetime("updated_at", TIMESTAMP, OFFSITE_UPDATED_AT);
    event.stringType("title", "Team offsite");
    event.booleanType("is_cancelled", false);
    event.booleanValue("is_all_day", true);
    event.booleanType("is_attendees_list_hidden", false);
    event.object("start", start -> start.stringValue("date", "2025-06-10"));
    event.object("end", end -> end.stringValue("date", "2025-06-11"));
    event.object("organizer", organizer -> organizer.stringType("email", "jane.doe@example.com"));
    event.stringValue("visibility", "private");
    event.stringValue("transparency", "transparent");
    event.stringType("event_type", "default");
  }

  private static LambdaDslObject attendee(LambdaDslObject attendee, String email,
      String displayName, boolean organizer, boolean optional, boolean resource) {
    attendee.stringType("email", email);
    if (displayName != null) {
      attendee.stringType("display_name", displayName);
    }
    attendee.booleanValue("is_organizer", organizer);
    attendee.booleanValue("is_optional", optional);
    attendee.booleanValue("is_resource", resource);
    return attendee;
  }

  private static void timed(LambdaDslObject time, String dateTime) {
    time.datetime("date_time", TIMESTAMP, Instant.parse(dateTime));
    time.stringValue("time_zone", "Europe/Paris");
  }
}
