package org.eventapis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.core.ServerException;
import org.eventapis.core.ValidationException;
import org.eventapis.perscom.generated.model.Calendar;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.timekit.generated.model.EventUpdateRequest;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers a test sets with the generated models, each checked against the spec when set. */
class OverridesTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();
  @RegisterExtension static UnipileStub unipile = UnipileStub.create();
  @RegisterExtension static TimekitStub timekit = TimekitStub.create();

  private static final OffsetDateTime START = OffsetDateTime.parse("2025-03-14T18:00:00Z");

  @Test
  void returns_answersThatEventForThatIdOnly() {
    perscom.onGetEvent(12).returns(event(12, "Night navigation"));

    assertThat(perscom.client().events().getEvent(12L, List.of()).getData().getName()).isEqualTo("Night navigation");
    assertThat(perscom.client().events().getEvent(13L, List.of()).getData().getName()).isEqualTo("Squadron briefing");
  }

  @Test
  void returns_whenTheModelLacksWhatTheSpecRequires_isRefusedNamingIt() {
    assertThatThrownBy(() -> perscom.onGetEvent(12).returns(new Event().id(12L).name("No calendar")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perscom getEvent")
        .hasMessageContaining("calendar_id");
  }

  @Test
  void failsWithField_givesTheVendorsValidationAnswer() {
    perscom.onCreateEvent().failsWith(422, "name", "The name field is required.");

    assertThatThrownBy(() -> perscom.client().events().createEvent(briefing(), List.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.errorCode()).contains("ValidationException");
          assertThat(e.fieldErrors()).containsEntry("name", List.of("The name field is required."));
        });
  }

  @Test
  void failsWithField_onUnipileAndTimekit_givesTheirValidationAnswers() {
    unipile.onCreateCalendarEvent("primary").failsWith(400, "title", "The title is required.");
    timekit.onCreateEvent().failsWith(422, "what", "A title for the event must be given.");

    assertThatThrownBy(() -> unipile.client().calendarEvents().createCalendarEvent("primary", "acc-1", offsite()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.errorCode()).contains("errors/invalid_parameters");
          assertThat(e.vendorMessage()).contains("The title is required.");
        });
    assertThatThrownBy(() -> timekit.client().events().createEvent(coffee(), List.of()))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("what", List.of("A title for the event must be given.")));
  }

  @Test
  void failsWithField_atAnotherStatusThanTheVendorsValidationStatus_isRefused() {
    assertThatThrownBy(() -> perscom.onCreateEvent().failsWith(400, "name", "Required."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("422");
  }

  @Test
  void failsWith_answersTheSpecsExampleForTheStatus() {
    unipile.onGetCalendarEvent("primary", "gone").failsWith(404);

    assertThatThrownBy(() -> unipile.client().calendarEvents().getCalendarEvent("primary", "gone", "acc-1"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorCode()).contains("errors/resource_not_found"));
  }

  @Test
  void failsWith_aStatusTheOperationNeverAnswers_isRefused() {
    UUID id = UUID.randomUUID();

    assertThatThrownBy(() -> timekit.onGetEvent(id).failsWith(422, "what", "No."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("422");
    assertThatThrownBy(() -> perscom.onListEvents().failsWith(404))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("404");
  }

  @Test
  void returnsJson_withAnEmptyBody_answersWithoutOne() {
    UUID id = UUID.fromString("8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d");
    timekit.onUpdateEvent(id).returnsJson(204, "");

    assertThat(timekit.client().events().updateEvent(id, new EventUpdateRequest().where("Room 5"))).isNull();
  }

  @Test
  void returnsJson_thatTheSpecDoesNotAllow_isRefusedWithTheValidatorsReport() {
    assertThatThrownBy(() -> unipile.onCreateCalendarEvent("primary").returnsJson(201, "{\"event_id\": 7}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("specs/unipile/openapi.yaml does not allow");
  }

  @Test
  void once_letsTheDefaultAnswerTheNextRequest_soTheClientsRetrySucceeds() {
    perscom.onCreateEvent().fails(Fault.unavailable()).once();
    try (var client = perscom.clientBuilder()
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(1)).build())
        .build()) {

      assertThat(client.events().createEvent(briefing(), List.of()).getData().getName()).isEqualTo("Squadron briefing");
    }
    perscom.verify().createEvent().called(2);
  }

  @Test
  void times_answersThatManyRequestsThenTheEarlierAnswer() {
    // "object": "CalendarEventCreated" is the only value the spec allows; the stub fills it in.
    unipile.onCreateCalendarEvent("primary").returns(new CalendarEventCreated().eventId("first"));
    unipile.onCreateCalendarEvent("primary").returns(new CalendarEventCreated().eventId("second")).times(2);

    List<String> ids = List.of(1, 2, 3).stream()
        .map(i -> unipile.client().calendarEvents().createCalendarEvent("primary", "acc-1", offsite()).getEventId())
        .toList();

    assertThat(ids).containsExactly("second", "second", "first");
  }

  @Test
  void lastAnswerSet_wins() {
    perscom.onGetCalendar(4).failsWith(503);
    perscom.onGetCalendar(4).returns(new Calendar().id(4L).name("Training").color("#16a34a"));

    try (var client = perscom.clientBuilder().retryPolicy(RetryPolicy.disabled()).build()) {

      assertThat(client.calendars().getCalendar(4L, List.of()).getData().getName()).isEqualTo("Training");
    }
  }

  @Test
  void fault_thatTheOperationsAnswerCannotCarry_isRefused() {
    assertThatThrownBy(() -> perscom.onGetCalendar(4).fails(Fault.unknownEnumValue()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no enum value");
  }

  @Test
  void unavailable_onAnApiWhoseSpecHasNo503_isAPlainPageAndStillAServerException() {
    UUID id = UUID.randomUUID();
    timekit.onGetEvent(id).fails(Fault.unavailable());
    try (var client = timekit.clientBuilder().retryPolicy(RetryPolicy.disabled()).build()) {

      assertThatThrownBy(() -> client.events().getEvent(id, List.of()))
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.isBodyParsed()).isFalse());
    }
  }

  private static Event event(long id, String name) {
    return new Event()
        .id(id)
        .name(name)
        .calendarId(4L)
        .allDay(false)
        .starts(START)
        .ends(null)
        .repeats(false)
        .registrationEnabled(false)
        .notificationsEnabled(false)
        .url("https://demo.perscom.io/app/events/" + id);
  }

  private static EventCreateRequest briefing() {
    return new EventCreateRequest().name("Squadron briefing").calendarId(4L).starts(START).ends(null);
  }

  private static CalendarEventCreateRequest offsite() {
    return new CalendarEventCreateRequest()
        .title("Offsite")
        .start(EventTime.allDay(LocalDate.parse("2025-06-10")))
        .end(EventTime.allDay(LocalDate.parse("2025-06-11")))
        .attendees(List.of());
  }

  private static org.eventapis.timekit.generated.model.EventCreateRequest coffee() {
    return new org.eventapis.timekit.generated.model.EventCreateRequest()
        .calendarId(UUID.fromString("3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90"))
        .start(OffsetDateTime.parse("2025-05-21T13:00:00+02:00"))
        .end(OffsetDateTime.parse("2025-05-21T14:00:00+02:00"))
        .what("Coffee")
        .where("Cafe");
  }
}
