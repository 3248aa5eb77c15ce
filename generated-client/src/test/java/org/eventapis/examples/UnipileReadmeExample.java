package org.eventapis.examples;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.api.CalendarEventsApi.ListCalendarEventsQueryParams;
import org.eventapis.unipile.generated.model.AttendeeRequest;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreated;
import org.eventapis.unipile.generated.model.CalendarEventList;

/**
 * The unipile code shown in README.md, kept here so that it compiles with every build and cannot
 * drift from the generated API. It is not run: it would need the real service.
 */
final class UnipileReadmeExample {

  private UnipileReadmeExample() {}

  static void unipile(String dsn, String apiKey, String accountId) {
    // --- unipile ---
    UnipileClient unipile = UnipileClient.builder()
        .baseUrl(dsn)                        // e.g. https://api8.unipile.com:13851/api/v1
        .apiKey(apiKey)                      // sent as X-API-KEY
        .build();

    CalendarEventCreated created = unipile.calendarEvents().createCalendarEvent(
        "primary", accountId,
        new CalendarEventCreateRequest()
            .title("Design review")
            .start(EventTime.timed(OffsetDateTime.parse("2025-06-02T09:00:00+02:00"),
                ZoneId.of("Europe/Paris")))
            .end(EventTime.timed(OffsetDateTime.parse("2025-06-02T10:00:00+02:00"),
                ZoneId.of("Europe/Paris")))
            .attendees(List.of(new AttendeeRequest().email("ana@example.com"))));

    unipile.calendarEvents().createCalendarEvent(
        "primary", accountId,
        new CalendarEventCreateRequest()
            .title("Offsite")
            .start(EventTime.allDay(LocalDate.parse("2025-06-10")))
            .end(EventTime.allDay(LocalDate.parse("2025-06-11")))
            .attendees(List.of()));

    CalendarEvent event =
        unipile.calendarEvents().getCalendarEvent("primary", created.getEventId(), accountId);

    // The event list has fifteen query parameters: it takes them as one query object
    ListCalendarEventsQueryParams june = new ListCalendarEventsQueryParams()
        .accountId(accountId)                // required: checked before anything is sent
        .start(OffsetDateTime.parse("2025-06-01T00:00:00Z"))
        .end(OffsetDateTime.parse("2025-07-01T00:00:00Z"))
        .limit(50);
    CalendarEventList firstPage = unipile.calendarEvents().listCalendarEvents("primary", june);

    // Every page, each next_cursor sent for you, fetched as the stream needs it
    List<String> allDay = unipile.paging().listCalendarEvents("primary", june).stream()
        .filter(CalendarEvent::getIsAllDay)
        .map(CalendarEvent::getTitle)
        .toList();
    // --- end unipile ---
  }
}
