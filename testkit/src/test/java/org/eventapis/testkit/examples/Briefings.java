package org.eventapis.testkit.examples;

import java.time.OffsetDateTime;
import java.util.List;
import org.eventapis.core.ValidationException;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.EventCreateRequest;

/** Code of the kind the README's PERSCOM test is about: it books briefings on one calendar. */
final class Briefings {

  static final long CALENDAR = 4L;

  private final PerscomClient perscom;

  Briefings(PerscomClient perscom) {
    this.perscom = perscom;
  }

  /** Books an hour-long briefing and returns its id. */
  long book(String name, OffsetDateTime start) {
    EventCreateRequest event =
        new EventCreateRequest().name(name).calendarId(CALENDAR).starts(start).ends(start.plusHours(1));
    try {
      return perscom.events().createEvent(event, List.of()).getData().getId();
    } catch (ValidationException e) {
      throw new IllegalArgumentException("PERSCOM refused the briefing: " + e.fieldErrors(), e);
    }
  }

  /** The name of a booked briefing. */
  String name(long id) {
    return perscom.events().getEvent(id, List.of()).getData().getName();
  }
}
