package org.eventapis.testkit.examples;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;

/** Code of the kind the README's Unipile test is about: it copies a briefing to a calendar. */
final class CalendarMirror {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final UnipileClient unipile;
  private final String accountId;

  CalendarMirror(UnipileClient unipile, String accountId) {
    this.unipile = unipile;
    this.accountId = accountId;
  }

  /** Puts the briefing in the account's primary calendar and returns the new event's id. */
  String copy(String title, OffsetDateTime start, OffsetDateTime end) {
    CalendarEventCreateRequest event =
        new CalendarEventCreateRequest()
            .title(title)
            .start(EventTime.timed(start, ZONE))
            .end(EventTime.timed(end, ZONE))
            .attendees(List.of());
    return unipile.calendarEvents().createCalendarEvent("primary", accountId, event).getEventId();
  }
}
