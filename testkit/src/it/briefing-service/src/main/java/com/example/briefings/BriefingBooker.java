package com.example.briefings;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;

/**
 * Books a briefing in PERSCOM, mirrors it to the briefer's Unipile calendar and blocks the slot
 * in Timekit: the kind of service whose tests the testkit is for.
 */
public final class BriefingBooker {

  private static final long PERSCOM_CALENDAR = 4L;
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final PerscomClient perscom;
  private final UnipileClient unipile;
  private final TimekitClient timekit;

  public BriefingBooker(PerscomClient perscom, UnipileClient unipile, TimekitClient timekit) {
    this.perscom = perscom;
    this.unipile = unipile;
    this.timekit = timekit;
  }

  /** Creates the PERSCOM event; returns its id. */
  public long book(String name, OffsetDateTime start) {
    EventCreateRequest event = new EventCreateRequest()
        .name(name).calendarId(PERSCOM_CALENDAR).starts(start).ends(start.plusHours(1));
    return perscom.events().createEvent(event, List.of()).getData().getId();
  }

  /** Copies the briefing to the account's primary calendar; returns the new event's id. */
  public String mirror(String accountId, String name, OffsetDateTime start) {
    CalendarEventCreateRequest event = new CalendarEventCreateRequest()
        .title(name)
        .start(EventTime.timed(start, ZONE))
        .end(EventTime.timed(start.plusHours(1), ZONE))
        .attendees(List.of());
    return unipile.calendarEvents().createCalendarEvent("primary", accountId, event).getEventId();
  }

  /** Holds the hour back in a Timekit calendar; returns the blocking event's id. */
  public UUID blockSlot(UUID calendarId, String name, OffsetDateTime start) {
    var slot = new org.eventapis.timekit.generated.model.EventCreateRequest()
        .calendarId(calendarId).start(start).end(start.plusHours(1)).what(name).where("Briefing room");
    return timekit.events().createEvent(slot, List.of()).getData().getId();
  }
}
