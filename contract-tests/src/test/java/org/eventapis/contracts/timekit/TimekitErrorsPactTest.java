package org.eventapis.contracts.timekit;

import static org.eventapis.contracts.timekit.TimekitPacts.CALENDAR_ID;
import static org.eventapis.contracts.timekit.TimekitPacts.MEETING_ID;
import static org.eventapis.contracts.timekit.TimekitPacts.MISSING_CALENDAR_ID;
import static org.eventapis.contracts.timekit.TimekitPacts.MISSING_EVENT_ID;
import static org.eventapis.contracts.timekit.TimekitPacts.RFC_3339;
import static org.eventapis.contracts.timekit.TimekitPacts.STRATEGY_MEETING_JSON;
import static org.eventapis.contracts.timekit.TimekitPacts.error;
import static org.eventapis.contracts.timekit.TimekitPacts.invalid;
import static org.eventapis.contracts.timekit.TimekitPacts.notFound;
import static org.eventapis.contracts.timekit.TimekitPacts.strategyMeeting;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eventapis.contracts.support.ErrorCase;
import org.eventapis.contracts.support.Participants;
import org.eventapis.core.AuthenticationException;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.ValidationException;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.timekit.generated.model.EventCreateRequest;
import org.eventapis.timekit.generated.model.EventUpdateRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How Timekit fails, and what the client makes of it: one row per error answer. Timekit's error
 * bodies carry no error code: a 422 names fields, a 404 the kind of record.
 */
class TimekitErrorsPactTest {

  private static final OffsetDateTime WEEK_STARTS = OffsetDateTime.parse("2025-05-19T00:00:00+02:00");
  private static final OffsetDateTime WEEK_ENDS = OffsetDateTime.parse("2025-05-26T00:00:00+02:00");

  static List<ErrorCase<TimekitClient>> errors() {
    return List.of(
        on("createEvent")
            .given("calendar " + CALENDAR_ID + " exists", Map.of("calendarId", CALENDAR_ID))
            .post("a request to create an event that ends before it starts", "/events")
            .body(coffeeJson(CALENDAR_ID, "2025-05-21T14:00:00+02:00", "2025-05-21T13:00:00+02:00"))
            .calling(timekit -> timekit.events().createEvent(
                coffee(CALENDAR_ID, "2025-05-21T14:00:00+02:00", "2025-05-21T13:00:00+02:00"),
                List.of()))
            .answers(422, invalid("start", "The start must come before the end."))
            .throwing(ValidationException.class).naming("start"),
        on("createEvent")
            .given("calendar " + MISSING_CALENDAR_ID + " does not exist",
                Map.of("calendarId", MISSING_CALENDAR_ID))
            .post("a request to create an event in a calendar that does not exist", "/events")
            .body(coffeeJson(
                MISSING_CALENDAR_ID, "2025-05-21T13:00:00+02:00", "2025-05-21T14:00:00+02:00"))
            .calling(timekit -> timekit.events().createEvent(
                coffee(MISSING_CALENDAR_ID, "2025-05-21T13:00:00+02:00", "2025-05-21T14:00:00+02:00"),
                List.of()))
            .answers(404, notFound("Calendar"))
            .throwing(NotFoundException.class),
        on("createEvent")
            .given("the API key is not valid")
            .post("a request to create an event with an API key that is not valid", "/events")
            .body(STRATEGY_MEETING_JSON)
            .calling(timekit -> timekit.events().createEvent(strategyMeeting(), List.of()))
            .answers(401, error("The credentials are not valid."))
            .throwing(AuthenticationException.class),
        on("listEvents")
            .given("the app has used up its requests for now")
            .get("a request to list events beyond the rate limit", "/events")
            .query("start", RFC_3339, "2025-05-19T00:00:00+02:00")
            .query("end", RFC_3339, "2025-05-26T00:00:00+02:00")
            .calling(timekit -> timekit.events().listEvents(WEEK_STARTS, WEEK_ENDS, null, List.of()))
            .answers(429, error("Too many requests."))
            .header("Retry-After", "30")
            .throwing(RateLimitedException.class).retryAfter(Duration.ofSeconds(30)),
        on("getEvent")
            .given("event " + MISSING_EVENT_ID + " does not exist", Map.of("id", MISSING_EVENT_ID))
            .get("a request to read an event that does not exist", "/events/" + MISSING_EVENT_ID)
            .calling(timekit -> timekit.events().getEvent(UUID.fromString(MISSING_EVENT_ID), List.of()))
            .answers(404, notFound("Event"))
            .throwing(NotFoundException.class),
        on("updateEvent")
            .given("event " + MEETING_ID + " exists", Map.of("id", MEETING_ID))
            .put("a PUT that moves an event's end before its start", "/events/" + MEETING_ID)
            .body("""
                {"end": "2025-05-20T08:00:00+02:00"}""")
            .calling(timekit -> timekit.events().updateEvent(
                UUID.fromString(MEETING_ID),
                new EventUpdateRequest().end(OffsetDateTime.parse("2025-05-20T08:00:00+02:00"))))
            .answers(422, invalid("end", "The end must come after the start."))
            .throwing(ValidationException.class).naming("end"),
        on("updateEvent")
            .given("event " + MISSING_EVENT_ID + " does not exist", Map.of("id", MISSING_EVENT_ID))
            .put("a request to rename an event that does not exist", "/events/" + MISSING_EVENT_ID)
            .body("""
                {"what": "Strategy meeting (moved)"}""")
            .calling(timekit -> timekit.events().updateEvent(
                UUID.fromString(MISSING_EVENT_ID),
                new EventUpdateRequest().what("Strategy meeting (moved)")))
            .answers(404, notFound("Event"))
            .throwing(NotFoundException.class),
        on("deleteEvent")
            .given("event " + MISSING_EVENT_ID + " does not exist", Map.of("id", MISSING_EVENT_ID))
            .delete("a request to delete an event that does not exist",
                "/events/" + MISSING_EVENT_ID)
            .calling(timekit -> timekit.events().deleteEvent(UUID.fromString(MISSING_EVENT_ID)))
            .answers(404, notFound("Event"))
            .throwing(NotFoundException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void errorAnswer_throwsTypedException(ErrorCase<TimekitClient> row) {
    row.replay(
        Participants.TIMEKIT,
        TimekitPacts.OPERATIONS,
        TimekitPacts::authorized,
        TimekitPacts::client);
  }

  private static ErrorCase<TimekitClient> on(String operation) {
    return ErrorCase.on(operation);
  }

  /** Only the required fields; the spec's defaults are left for the model to fill in. */
  private static EventCreateRequest coffee(String calendarId, String start, String end) {
    return new EventCreateRequest()
        .calendarId(UUID.fromString(calendarId))
        .start(OffsetDateTime.parse(start))
        .end(OffsetDateTime.parse(end))
        .what("Coffee with Peter")
        .where("Corner cafe");
  }

  /**
   * What {@link #coffee} looks like on the wire: only what the caller set. The optional fields
   * with a spec default ({@code invite}, {@code participants}, {@code all_day}, …) stay out.
   */
  private static String coffeeJson(String calendarId, String start, String end) {
    return """
        {"calendar_id": "%s", "start": "%s", "end": "%s",
         "what": "Coffee with Peter", "where": "Corner cafe"}"""
        .formatted(calendarId, start, end);
  }
}
