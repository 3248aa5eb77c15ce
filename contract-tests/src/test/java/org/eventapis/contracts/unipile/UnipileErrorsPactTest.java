package org.eventapis.contracts.unipile;

import static org.eventapis.contracts.unipile.UnipilePacts.ACCOUNT_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.CALENDAR_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.CALENDAR_OWNED;
import static org.eventapis.contracts.unipile.UnipilePacts.EVENT_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.HOLDS_PLANNING;
import static org.eventapis.contracts.unipile.UnipilePacts.MISSING_CALENDAR_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.MISSING_EVENT_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.OF_ACCOUNT;
import static org.eventapis.contracts.unipile.UnipilePacts.OWNS_CALENDAR;
import static org.eventapis.contracts.unipile.UnipilePacts.PLANNING_HELD;
import static org.eventapis.contracts.unipile.UnipilePacts.error;
import static org.eventapis.contracts.unipile.UnipilePacts.eventPath;
import static org.eventapis.contracts.unipile.UnipilePacts.eventsPath;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eventapis.contracts.support.ErrorCase;
import org.eventapis.contracts.support.Participants;
import org.eventapis.core.AuthenticationException;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.ValidationException;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.api.CalendarEventsApi.ListCalendarEventsQueryParams;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventUpdateRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How Unipile fails, and what the client makes of it: one row per error answer. Unipile's error
 * body carries its code in {@code type}.
 */
class UnipileErrorsPactTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Map<String, String> CALENDAR_MISSING =
      Map.of("accountId", ACCOUNT_ID, "calendarId", MISSING_CALENDAR_ID);
  private static final Map<String, String> EVENT_MISSING =
      Map.of("accountId", ACCOUNT_ID, "calendarId", CALENDAR_ID, "eventId", MISSING_EVENT_ID);

  static List<ErrorCase<UnipileClient>> errors() {
    return List.of(
        // Calendars
        on("listCalendars")
            .given("the API key is not valid")
            .get("a request to list calendars with an API key that is not valid", "/calendars")
            .query(OF_ACCOUNT)
            .calling(unipile -> unipile.calendars().listCalendars(ACCOUNT_ID, null, null))
            .answers(401, error(401, "errors/invalid_credentials", "Invalid credentials"))
            .throwing(AuthenticationException.class, "errors/invalid_credentials"),
        on("listCalendars")
            .given("there is no account unknown-account")
            .get("a request to list the calendars of an account that does not exist", "/calendars")
            .query("account_id=unknown-account")
            .calling(unipile -> unipile.calendars().listCalendars("unknown-account", null, null))
            .answers(404, error(404, "errors/resource_not_found", "Resource not found"))
            .throwing(NotFoundException.class, "errors/resource_not_found"),
        on("getCalendar")
            .given("account " + ACCOUNT_ID + " has no calendar " + MISSING_CALENDAR_ID, CALENDAR_MISSING)
            .get("a request for a calendar that does not exist",
                "/calendars/" + MISSING_CALENDAR_ID)
            .query(OF_ACCOUNT)
            .calling(unipile -> unipile.calendars().getCalendar(MISSING_CALENDAR_ID, ACCOUNT_ID))
            .answers(404, error(404, "errors/resource_not_found", "Resource not found"))
            .throwing(NotFoundException.class, "errors/resource_not_found"),

        // Calendar events
        on("createCalendarEvent")
            .given(OWNS_CALENDAR, CALENDAR_OWNED)
            .post("a request to create an event that ends before it starts",
                eventsPath(CALENDAR_ID))
            .query(OF_ACCOUNT)
            .body("""
                {"title": "Weekly planning", "attendees": [],
                 "start": {"date_time": "2025-06-02T09:30:00Z", "time_zone": "Europe/Paris"},
                 "end": {"date_time": "2025-06-02T09:00:00Z", "time_zone": "Europe/Paris"}}""")
            .calling(unipile -> unipile.calendarEvents().createCalendarEvent(
                CALENDAR_ID,
                ACCOUNT_ID,
                new CalendarEventCreateRequest()
                    .title("Weekly planning")
                    .attendees(List.of())
                    .start(EventTime.timed(OffsetDateTime.parse("2025-06-02T09:30:00Z"), PARIS))
                    .end(EventTime.timed(OffsetDateTime.parse("2025-06-02T09:00:00Z"), PARIS))))
            .answers(400, error(400, "errors/invalid_parameters", "Invalid parameters"))
            .throwing(ValidationException.class, "errors/invalid_parameters"),
        on("createCalendarEvent")
            .given("account " + ACCOUNT_ID + " has no calendar " + MISSING_CALENDAR_ID, CALENDAR_MISSING)
            .post("a request to create an event in a calendar that does not exist",
                eventsPath(MISSING_CALENDAR_ID))
            .query(OF_ACCOUNT)
            .body("""
                {"title": "Team offsite", "attendees": [],
                 "start": {"date": "2025-06-10"}, "end": {"date": "2025-06-11"}}""")
            .calling(unipile -> unipile.calendarEvents().createCalendarEvent(
                MISSING_CALENDAR_ID,
                ACCOUNT_ID,
                new CalendarEventCreateRequest()
                    .title("Team offsite")
                    .attendees(List.of())
                    .start(EventTime.allDay(LocalDate.parse("2025-06-10")))
                    .end(EventTime.allDay(LocalDate.parse("2025-06-11")))))
            .answers(404, error(404, "errors/resource_not_found", "Resource not found"))
            .throwing(NotFoundException.class, "errors/resource_not_found"),
        on("listCalendarEvents")
            .given("account " + ACCOUNT_ID + " has no calendar " + MISSING_CALENDAR_ID, CALENDAR_MISSING)
            .get("a request for the events of a calendar that does not exist",
                eventsPath(MISSING_CALENDAR_ID))
            .query(OF_ACCOUNT)
            .calling(unipile -> unipile.calendarEvents().listCalendarEvents(
                MISSING_CALENDAR_ID, new ListCalendarEventsQueryParams().accountId(ACCOUNT_ID)))
            .answers(404, error(404, "errors/resource_not_found", "Resource not found"))
            .throwing(NotFoundException.class, "errors/resource_not_found"),
        on("getCalendarEvent")
            .given("calendar " + CALENDAR_ID + " has no event " + MISSING_EVENT_ID, EVENT_MISSING)
            .get("a request for an event that does not exist",
                eventPath(CALENDAR_ID, MISSING_EVENT_ID))
            .query(OF_ACCOUNT)
            .calling(unipile -> unipile.calendarEvents().getCalendarEvent(
                CALENDAR_ID, MISSING_EVENT_ID, ACCOUNT_ID))
            .answers(404, error(404, "errors/resource_not_found", "Resource not found"))
            .throwing(NotFoundException.class, "errors/resource_not_found"),
        on("updateCalendarEvent")
            .given(HOLDS_PLANNING, PLANNING_HELD)
            .patch("a request to move an event's end before its start",
                eventPath(CALENDAR_ID, EVENT_ID))
            .query(OF_ACCOUNT)
            .body("""
                {"end": {"date_time": "2025-06-02T07:00:00Z", "time_zone": "Europe/Paris"}}""")
            .calling(unipile -> unipile.calendarEvents().updateCalendarEvent(
                CALENDAR_ID,
                EVENT_ID,
                ACCOUNT_ID,
                new CalendarEventUpdateRequest()
                    .end(EventTime.timed(OffsetDateTime.parse("2025-06-02T07:00:00Z"), PARIS))))
            .answers(400, error(400, "errors/invalid_parameters", "Invalid parameters"))
            .throwing(ValidationException.class, "errors/invalid_parameters"),
        on("updateCalendarEvent")
            .given("calendar " + CALENDAR_ID + " has no event " + MISSING_EVENT_ID, EVENT_MISSING)
            .patch("a request to change the title of an event that does not exist",
                eventPath(CALENDAR_ID, MISSING_EVENT_ID))
            .query(OF_ACCOUNT)
            .body("""
                {"title": "Weekly planning (moved)"}""")
            .calling(unipile -> unipile.calendarEvents().updateCalendarEvent(
                CALENDAR_ID,
                MISSING_EVENT_ID,
                ACCOUNT_ID,
                new CalendarEventUpdateRequest().title("Weekly planning (moved)")))
            .answers(404, error(404, "errors/resource_not_found", "Resource not found"))
            .throwing(NotFoundException.class, "errors/resource_not_found"),
        on("deleteCalendarEvent")
            .given("calendar " + CALENDAR_ID + " has no event " + MISSING_EVENT_ID, EVENT_MISSING)
            .delete("a request to delete an event that does not exist",
                eventPath(CALENDAR_ID, MISSING_EVENT_ID))
            .query(OF_ACCOUNT)
            .calling(unipile -> unipile.calendarEvents().deleteCalendarEvent(
                CALENDAR_ID, MISSING_EVENT_ID, ACCOUNT_ID))
            .answers(404, error(404, "errors/resource_not_found", "Resource not found"))
            .throwing(NotFoundException.class, "errors/resource_not_found"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void errorAnswer_throwsTypedExceptionWithVendorCode(ErrorCase<UnipileClient> row) {
    row.replay(
        Participants.UNIPILE,
        UnipilePacts.OPERATIONS,
        UnipilePacts::authorized,
        UnipilePacts::client);
  }

  private static ErrorCase<UnipileClient> on(String operation) {
    return ErrorCase.on(operation);
  }
}
