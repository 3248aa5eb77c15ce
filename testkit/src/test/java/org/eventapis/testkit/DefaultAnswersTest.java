package org.eventapis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventBatchCreateRequest;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventUpdateRequest;
import org.eventapis.testkit.support.GeneratedCalls;
import org.eventapis.testkit.support.RawHttp;
import org.eventapis.testkit.support.SpecFiles;
import org.eventapis.testkit.support.SpecFiles.SpecOp;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of every spec answers without set-up, through the generated client, and every
 * answer is one the spec allows: the operations come from the specs in the jar, not from a list.
 */
class DefaultAnswersTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();
  @RegisterExtension static UnipileStub unipile = UnipileStub.create();
  @RegisterExtension static TimekitStub timekit = TimekitStub.create();

  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  static List<SpecOp> operations() {
    return SpecFiles.operations();
  }

  /** The README promises answers for this many; a new operation needs its stub methods too. */
  @Test
  void specs_describeThirtyTwoOperations() {
    assertThat(operations()).hasSize(32);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation_withoutSetUp_answersAnAnswerTheSpecAllows(SpecOp op) throws Throwable {
    ApiStub<?> stub = stub(op.api());

    Object answer = GeneratedCalls.call(client(op.api()), op);

    assertThat(answer).as("what the generated method returned").isNotNull();
    assertThat(stub.requests()).singleElement().satisfies(sent -> {
      assertThat(sent.operation()).isEqualTo(op.operationId());
      assertThat(sent.valid()).isTrue();
    });
    RecordedRequest sent = stub.requests().get(0);
    HttpResponse<String> again = RawHttp.replay(stub.baseUrl(), sent);
    assertThat(again.statusCode()).isBetween(200, 299);
    SimpleResponse.Builder response = SimpleResponse.Builder.status(again.statusCode());
    again.headers().firstValue("Content-Type").ifPresent(response::withContentType);
    if (!again.body().isEmpty()) {
      response.withBody(again.body());
    }
    ValidationReport report =
        VALIDATORS.computeIfAbsent(op.api(), SpecFiles::validator)
            .validateResponse(sent.path(), Request.Method.valueOf(op.method()), response.build());
    assertThat(report.getMessages())
        .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .as("what %s says about the answer %s", SpecFiles.basePath(op.api()), again.body())
        .isEmpty();
  }

  @Test
  void perscomCreate_answersTheEventWithWhatTheCallerSet() {
    Event created = perscom.client().events().createEvent(
        new EventCreateRequest()
            .name("Range day")
            .calendarId(7L)
            .starts(OffsetDateTime.parse("2025-04-02T08:00:00Z"))
            .ends(null)
            .allDay(true),
        List.of()).getData();

    assertThat(created.getName()).isEqualTo("Range day");
    assertThat(created.getCalendarId()).isEqualTo(7L);
    assertThat(created.getAllDay()).isTrue();
    assertThat(created.getEnds()).isNull();
  }

  @Test
  void perscomGetAndUpdate_answerTheEventTheyAddress() {
    assertThat(perscom.client().events().getEvent(99L, List.of()).getData().getId()).isEqualTo(99L);

    Event updated =
        perscom.client().events().updateEvent(41L, new EventUpdateRequest().name("Moved"), List.of()).getData();

    assertThat(updated.getId()).isEqualTo(41L);
    assertThat(updated.getName()).isEqualTo("Moved");
  }

  @Test
  void perscomBatchCreate_answersOneEventPerResourceInOrder() {
    EventCreateRequest first = new EventCreateRequest()
        .name("Drill").calendarId(4L).starts(OffsetDateTime.parse("2025-04-02T08:00:00Z")).ends(null).allDay(false);
    EventCreateRequest second = new EventCreateRequest()
        .name("Review").calendarId(4L).starts(OffsetDateTime.parse("2025-04-03T08:00:00Z")).ends(null).allDay(false);

    List<Event> created = perscom.client().events()
        .batchCreateEvents(new EventBatchCreateRequest().resources(List.of(first, second)), List.of()).getData();

    assertThat(created).extracting(Event::getName).containsExactly("Drill", "Review");
    assertThat(created).extracting(Event::getId).doesNotHaveDuplicates();
  }

  @Test
  void unipileGet_answersTheEventOfTheCalendarInThePath() {
    CalendarEvent event =
        unipile.client().calendarEvents().getCalendarEvent("team@example.com", "ev-77", "acc-1");

    assertThat(event.getId()).isEqualTo("ev-77");
    assertThat(event.getCalendarId()).isEqualTo("team@example.com");
  }

  @Test
  void timekitCreate_answersTheEventWithWhatTheCallerSet() {
    var created = timekit.client().events().createEvent(
        new org.eventapis.timekit.generated.model.EventCreateRequest()
            .calendarId(UUID.fromString("3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90"))
            .start(OffsetDateTime.parse("2025-05-21T13:00:00+02:00"))
            .end(OffsetDateTime.parse("2025-05-21T14:00:00+02:00"))
            .what("Coffee with Peter")
            .where("Corner cafe"),
        List.of()).getData();

    assertThat(created.getWhat()).isEqualTo("Coffee with Peter");
    assertThat(created.getWhere()).isEqualTo("Corner cafe");
    assertThat(created.getStart()).isEqualTo(OffsetDateTime.parse("2025-05-21T13:00:00+02:00"));
  }

  private static ApiStub<?> stub(String api) {
    return switch (api) {
      case "perscom" -> perscom;
      case "unipile" -> unipile;
      case "timekit" -> timekit;
      default -> throw new IllegalArgumentException(api);
    };
  }

  private static Object client(String api) {
    return switch (api) {
      case "perscom" -> perscom.client();
      case "unipile" -> unipile.client();
      case "timekit" -> timekit.client();
      default -> throw new IllegalArgumentException(api);
    };
  }
}
