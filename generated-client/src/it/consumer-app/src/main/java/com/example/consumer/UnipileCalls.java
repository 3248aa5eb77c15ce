package com.example.consumer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eventapis.core.NotFoundException;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.api.CalendarEventsApi.ListCalendarEventsQueryParams;
import org.eventapis.unipile.generated.model.AttendeeRequest;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreated;
import org.eventapis.unipile.generated.model.CalendarEventList;

/** Unipile: create, list, and a read of an event that does not exist. Bodies from its spec. */
final class UnipileCalls {

  private static final String ACCOUNT = "t5XY4yQzR9WVrlNFyzPMhw";

  private static final String CREATED = """
      {"object": "CalendarEventCreated", "event_id": "r8t4k1m2n6p0q3s5v7w9x1y2z4"}""";

  private static final String PAGE = """
      {
        "data": [
          {
            "object": "CalendarEvent",
            "id": "r8t4k1m2n6p0q3s5v7w9x1y2z4",
            "calendar_id": "jane.doe@example.com",
            "created_at": "2025-05-28T14:12:05.000Z",
            "updated_at": "2025-05-28T14:12:05.000Z",
            "title": "Weekly planning",
            "body": "Review of last week and the plan for the next one.",
            "location": "Room 4.02",
            "is_cancelled": false,
            "is_all_day": false,
            "is_attendees_list_hidden": false,
            "attendees": [
              {"email": "jane.doe@example.com", "display_name": "Jane Doe", "is_organizer": true,
               "is_optional": false, "is_resource": false, "type": "required",
               "response_status": "yes"},
              {"email": "sam.lee@example.com", "display_name": "Sam Lee",
               "comment": "Might join a few minutes late.", "is_organizer": false,
               "is_optional": false, "is_resource": false, "type": "required",
               "response_status": "maybe"}
            ],
            "start": {"date_time": "2025-06-02T09:00:00.000Z", "time_zone": "Europe/Paris"},
            "end": {"date_time": "2025-06-02T09:30:00.000Z", "time_zone": "Europe/Paris"},
            "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=4"],
            "organizer": {"email": "jane.doe@example.com", "display_name": "Jane Doe"},
            "conference": {"provider": "google_meet", "url": "https://meet.google.com/abc-defg-hij"},
            "visibility": "public",
            "transparency": "opaque",
            "event_type": "default"
          },
          {
            "object": "CalendarEvent",
            "id": "0p9o8i7u6y5t4r3e2w1q",
            "calendar_id": "jane.doe@example.com",
            "created_at": "2025-05-20T08:00:00.000Z",
            "updated_at": "2025-05-22T16:45:30.000Z",
            "title": "Team offsite",
            "is_cancelled": false,
            "is_all_day": true,
            "is_attendees_list_hidden": false,
            "start": {"date": "2025-06-10"},
            "end": {"date": "2025-06-11"},
            "organizer": {"email": "jane.doe@example.com"},
            "visibility": "private",
            "transparency": "transparent",
            "event_type": "default"
          }
        ],
        "next_cursor": "eyJwYWdlVG9rZW4iOiJDaGtLRnpJd01qVXRNRFl0TURsVU1EazZNREE2TURCYUVBRVlBUT09In0"
      }""";

  private static final String NOT_FOUND = """
      {
        "title": "Resource not found",
        "detail": "No event with this id exists in the calendar.",
        "instance": "7b4e1a8d-5c2f-4e9b-a6d3-2f8c5b1e4a76",
        "type": "errors/resource_not_found",
        "status": 404
      }""";

  private UnipileCalls() {}

  static void run(CannedServer server) {
    UnipileClient unipile =
        UnipileClient.builder().baseUrl(server.url("/api/v1")).apiKey("unipile-key").build();

    server.answer("POST", "/api/v1/calendars/primary/events", 201, CREATED);
    CalendarEventCreated created = unipile.calendarEvents().createCalendarEvent(
        "primary", ACCOUNT,
        new CalendarEventCreateRequest()
            .title("Weekly planning")
            .start(EventTime.timed(OffsetDateTime.parse("2025-06-02T09:00:00Z"),
                ZoneId.of("Europe/Paris")))
            .end(EventTime.timed(OffsetDateTime.parse("2025-06-02T09:30:00Z"),
                ZoneId.of("Europe/Paris")))
            .attendees(List.of(new AttendeeRequest().email("sam.lee@example.com"))));
    CannedServer.Received sent = server.last();
    Expect.equal(sent.header("X-API-KEY"), "unipile-key", "Unipile key header");
    Expect.equal(sent.query(), "account_id=" + ACCOUNT, "Unipile create query");
    Expect.contains(sent.body(), "\"time_zone\":\"Europe/Paris\"", "Unipile create body");
    Expect.equal(created.getEventId(), "r8t4k1m2n6p0q3s5v7w9x1y2z4", "Unipile created id");

    server.answer("GET", "/api/v1/calendars/primary/events", 200, PAGE);
    CalendarEventList page = unipile.calendarEvents().listCalendarEvents(
        "primary", new ListCalendarEventsQueryParams().accountId(ACCOUNT).limit(2));
    Expect.equal(page.getData().size(), 2, "Unipile page size");
    CalendarEvent timed = page.getData().get(0);
    Expect.equal(timed.getStart().timeZone().orElse(null), "Europe/Paris", "Unipile time zone");
    CalendarEvent allDay = page.getData().get(1);
    Expect.isTrue(allDay.getStart().isAllDay(), "the second Unipile event to be all-day");
    Expect.equal(allDay.getStart().date().orElse(null), LocalDate.parse("2025-06-10"),
        "Unipile all-day date");

    server.answer("GET", "/api/v1/calendars/primary/events/gone", 404, NOT_FOUND);
    NotFoundException missing = Expect.thrown(NotFoundException.class,
        () -> unipile.calendarEvents().getCalendarEvent("primary", "gone", ACCOUNT),
        "Unipile read of a missing event");
    Expect.equal(missing.errorCode().orElse(null), "errors/resource_not_found",
        "Unipile error type");
  }
}
