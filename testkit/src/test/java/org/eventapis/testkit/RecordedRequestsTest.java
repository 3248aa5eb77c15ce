package org.eventapis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventIncludeOption;
import org.eventapis.perscom.generated.model.EventUpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/** What a test can assert about the requests its code sent. */
class RecordedRequestsTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();

  private static EventCreateRequest briefing() {
    return new EventCreateRequest()
        .name("Squadron briefing")
        .calendarId(4L)
        .starts(OffsetDateTime.parse("2025-03-14T18:00:00Z"))
        .ends(null);
  }

  @Test
  void calledOnceWithBody_passesForTheBodySent() {
    perscom.client().events().createEvent(briefing(), List.of());

    perscom.verify().createEvent().calledOnce().withBody(
        new EventCreateRequest()
            .name("Squadron briefing")
            .calendarId(4L)
            .starts(OffsetDateTime.parse("2025-03-14T18:00:00Z"))
            .ends(null));
  }

  @Test
  void withBody_failsForAnotherBody_showingBoth() {
    perscom.client().events().createEvent(briefing(), List.of());

    assertThatThrownBy(() -> perscom.verify().createEvent().withBody(briefing().name("Debriefing")))
        .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
          assertThat(e.getMessage()).contains("perscom createEvent", "carried another body");
          assertThat(e.getExpected().getStringRepresentation()).contains("Debriefing");
          assertThat(e.getActual().getStringRepresentation()).contains("Squadron briefing");
        });
  }

  @Test
  void called_countsTheRequestsOfOneOperation() {
    perscom.client().events().getEvent(12L, List.of());
    perscom.client().events().getEvent(13L, List.of());

    perscom.verify().getEvent().called(2);
    perscom.verify().createEvent().never();
    assertThat(perscom.verify().getEvent().count()).isEqualTo(2);
    assertThatThrownBy(() -> perscom.verify().getEvent().calledOnce())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("expected 1 request but received 2 requests")
        .hasMessageContaining("GET /v2/events/13 (getEvent)");
  }

  @Test
  void calledOnce_waitsForARequestStillOnItsWay() {
    CompletableFuture<?> sending =
        CompletableFuture.runAsync(() -> perscom.client().events().getEvent(12L, List.of()));

    perscom.verify().getEvent().calledOnce();
    sending.join();
  }

  @Test
  void withQuery_comparesTheDecodedValue() {
    perscom.client().events().listEvents(15, 2, List.of(EventIncludeOption.AUTHOR, EventIncludeOption.CALENDAR));

    perscom.verify().listEvents().calledOnce().withQuery("include", "author,calendar").withQuery("page", "2");
  }

  @Test
  void bodies_readsWhatWasSentAsTheGeneratedModel() {
    perscom.client().events().updateEvent(12L, new EventUpdateRequest().description(null), List.of());

    EventUpdateRequest sent = perscom.verify().updateEvent().bodies().get(0);

    assertThat(sent.getDescription_JsonNullable().isPresent()).isTrue();
    assertThat(sent.getDescription()).isNull();
    assertThat(perscom.verify().updateEvent().requests().get(0).body()).isEqualTo("{\"description\":null}");
  }

  @Test
  void noOtherRequests_passesWhenEveryRequestWasChecked() {
    perscom.client().events().createEvent(briefing(), List.of());
    perscom.client().events().getEvent(12L, List.of());

    perscom.verify().createEvent().calledOnce();
    perscom.verify().getEvent().calledOnce();
    perscom.verify().noOtherRequests();
  }

  @Test
  void noOtherRequests_failsNamingTheRequestNoCheckExpected() {
    perscom.client().events().createEvent(briefing(), List.of());
    perscom.client().events().deleteEvent(12L, List.of());

    perscom.verify().createEvent().calledOnce();

    assertThatThrownBy(() -> perscom.verify().noOtherRequests())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("DELETE /v2/events/12 (deleteEvent)");
  }

  @Test
  void requests_recordWhatWasSent() {
    perscom.client().events().getEvent(12L, List.of());

    assertThat(perscom.requests()).singleElement().satisfies(request -> {
      assertThat(request.operation()).isEqualTo("getEvent");
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/v2/events/12");
      assertThat(request.pathParameters()).containsEntry("event", "12");
      assertThat(request.header("authorization")).contains("Bearer " + perscom.apiKey());
      assertThat(request.valid()).isTrue();
    });
  }
}
