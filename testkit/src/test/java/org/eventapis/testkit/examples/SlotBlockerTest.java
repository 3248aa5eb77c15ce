package org.eventapis.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eventapis.core.ApiConnectionException;
import org.eventapis.testkit.Fault;
import org.eventapis.testkit.TimekitStub;
import org.eventapis.timekit.TimekitClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Timekit example of the README's "Testing your own code", kept here so that it runs. */
// --- timekit ---
class SlotBlockerTest {

  @RegisterExtension
  static TimekitStub timekit = TimekitStub.create();

  static final UUID CALENDAR = UUID.fromString("3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90");
  static final OffsetDateTime START = OffsetDateTime.parse("2025-05-20T09:00:00+02:00");

  @Test
  void block_createsTheEvent() {
    String stored = new SlotBlocker(timekit.client(), CALENDAR).block("Briefing", START, START.plusHours(1));

    assertThat(stored).isEqualTo("Briefing");      // the stub echoes what was sent
    assertThat(timekit.verify().createEvent().bodies())
        .singleElement().satisfies(sent -> assertThat(sent.getCalendarId()).isEqualTo(CALENDAR));
  }

  @Test
  void block_whenTimekitNeverAnswers_givesUpAfterTheReadTimeout() {
    timekit.onCreateEvent().fails(Fault.noAnswer());
    TimekitClient impatient = timekit.clientBuilder().readTimeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> new SlotBlocker(impatient, CALENDAR).block("Briefing", START, START.plusHours(1)))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
    timekit.verify().createEvent().calledOnce();   // a POST is never sent twice
  }
}
// --- end timekit ---
