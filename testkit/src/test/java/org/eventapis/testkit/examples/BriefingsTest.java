package org.eventapis.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.testkit.PerscomStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PERSCOM example of the README's "Testing your own code", kept here so that it runs. */
// --- perscom ---
class BriefingsTest {

  @RegisterExtension
  static PerscomStub perscom = PerscomStub.create();

  static final OffsetDateTime START = OffsetDateTime.parse("2025-03-14T18:00:00Z");

  @Test
  void book_createsTheEventAndReturnsItsId() {
    long id = new Briefings(perscom.client()).book("Squadron briefing", START);

    assertThat(id).isEqualTo(12L);                 // the spec's example event
    perscom.verify().createEvent().calledOnce().withBody(new EventCreateRequest()
        .name("Squadron briefing").calendarId(4L).starts(START).ends(START.plusHours(1)));
    perscom.verify().noOtherRequests();
  }

  @Test
  void book_whenPerscomRejectsTheName_saysWhy() {
    perscom.onCreateEvent().failsWith(422, "name", "The name field is required.");

    assertThatThrownBy(() -> new Briefings(perscom.client()).book("", START))
        .hasMessageContaining("The name field is required.");
  }

  @Test
  void name_readsTheEvent() {
    perscom.onGetEvent(31).returns(new Event().id(31L).name("Range day").calendarId(4L)
        .allDay(true).starts(START).ends(null).repeats(false).registrationEnabled(false)
        .notificationsEnabled(false).url("https://demo.perscom.io/app/events/31"));

    assertThat(new Briefings(perscom.client()).name(31)).isEqualTo("Range day");
  }
}
// --- end perscom ---
