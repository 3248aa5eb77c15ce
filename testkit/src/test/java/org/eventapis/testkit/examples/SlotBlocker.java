package org.eventapis.testkit.examples;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.timekit.generated.model.EventCreateRequest;

/** Code of the kind the README's Timekit test is about: it holds back a slot for a briefing. */
final class SlotBlocker {

  private final TimekitClient timekit;
  private final UUID calendarId;

  SlotBlocker(TimekitClient timekit, UUID calendarId) {
    this.timekit = timekit;
    this.calendarId = calendarId;
  }

  /** Blocks the time and returns the title Timekit stored. */
  String block(String what, OffsetDateTime start, OffsetDateTime end) {
    EventCreateRequest slot =
        new EventCreateRequest().calendarId(calendarId).start(start).end(end).what(what).where("Briefing room");
    return timekit.events().createEvent(slot, List.of()).getData().getWhat();
  }
}
