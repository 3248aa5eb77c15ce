package org.eventapis.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eventapis.core.AuthenticationException;
import org.eventapis.testkit.Fault;
import org.eventapis.testkit.UnipileStub;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Unipile example of the README's "Testing your own code", kept here so that it runs. */
// --- unipile ---
class CalendarMirrorTest {

  @RegisterExtension
  static UnipileStub unipile = UnipileStub.create();

  static final OffsetDateTime START = OffsetDateTime.parse("2025-06-02T09:00:00+02:00");

  @Test
  void copy_createsTheEventInThePrimaryCalendar() {
    unipile.onCreateCalendarEvent("primary").returns(new CalendarEventCreated().eventId("ev-42"));

    String id = new CalendarMirror(unipile.client(), "acc-1").copy("Briefing", START, START.plusHours(1));

    assertThat(id).isEqualTo("ev-42");
    unipile.verify().createCalendarEvent().calledOnce()
        .withQuery("account_id", "acc-1")
        .withBody(new CalendarEventCreateRequest().title("Briefing")
            .start(EventTime.timed(START, ZoneId.of("Europe/Paris")))
            .end(EventTime.timed(START.plusHours(1), ZoneId.of("Europe/Paris")))
            .attendees(List.of()));
  }

  @Test
  void copy_whenTheAccountIsNoLongerConnected_fails() {
    unipile.onCreateCalendarEvent("primary").fails(Fault.invalidKey());

    assertThatThrownBy(() -> new CalendarMirror(unipile.client(), "acc-1").copy("Briefing", START, START))
        .isInstanceOf(AuthenticationException.class);
    unipile.verify().createCalendarEvent().calledOnce();   // a 401 is not retried
  }
}
// --- end unipile ---
