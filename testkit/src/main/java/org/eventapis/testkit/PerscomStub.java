package org.eventapis.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eventapis.core.FeignSetup;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.invoker.ApiClient;
import org.eventapis.perscom.generated.model.BatchDeleteRequest;
import org.eventapis.perscom.generated.model.Calendar;
import org.eventapis.perscom.generated.model.CalendarBatchCreateRequest;
import org.eventapis.perscom.generated.model.CalendarBatchEnvelope;
import org.eventapis.perscom.generated.model.CalendarBatchUpdateRequest;
import org.eventapis.perscom.generated.model.CalendarCreateRequest;
import org.eventapis.perscom.generated.model.CalendarEnvelope;
import org.eventapis.perscom.generated.model.CalendarPage;
import org.eventapis.perscom.generated.model.CalendarSearchRequest;
import org.eventapis.perscom.generated.model.CalendarUpdateRequest;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventBatchCreateRequest;
import org.eventapis.perscom.generated.model.EventBatchEnvelope;
import org.eventapis.perscom.generated.model.EventBatchUpdateRequest;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventEnvelope;
import org.eventapis.perscom.generated.model.EventPage;
import org.eventapis.perscom.generated.model.EventSearchRequest;
import org.eventapis.perscom.generated.model.EventUpdateRequest;

/**
 * A stub of the PERSCOM API (events and calendars) for tests of code that calls it.
 *
 * <pre>{@code
 * @RegisterExtension static PerscomStub perscom = PerscomStub.create();
 *
 * @Test
 * void booksTheBriefing() {
 *   new Briefings(perscom.client()).book("Squadron briefing");
 *   perscom.verify().createEvent().calledOnce();
 * }
 * }</pre>
 *
 * <p>Requests are checked against PERSCOM's spec; one it does not allow is answered as PERSCOM
 * would (422 with {@code error.errors} by field, or 401 without a bearer token) and fails the
 * test. Without set-up every operation answers the spec's example, carrying the id from the path
 * and the fields the request set. {@code on...} methods change an operation's answer; for an
 * answer that is only {@code {"data": ...}}, {@code returns} takes what is inside.
 */
public final class PerscomStub extends ApiStub<PerscomStub> {

  private static final String KEY = "perscom-test-key";
  private static final ObjectMapper MAPPER = FeignSetup.configureMapper(new ApiClient().getObjectMapper());

  private PerscomClient client;

  private PerscomStub() {
    super(PerscomClient.API, KEY, new Errors());
  }

  /** A stub, not yet started: register it with {@code @RegisterExtension}, or call start(). */
  public static PerscomStub create() {
    return new PerscomStub();
  }

  /** A client of this stub with every other setting at its default; closed when the stub stops. */
  public synchronized PerscomClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /** A builder with the stub's base URL and key set, for a client with settings of your own. */
  public PerscomClient.Builder clientBuilder() {
    return PerscomClient.builder().baseUrl(baseUrl()).apiKey(apiKey());
  }

  /** Assertions on what this stub received. */
  public Verify verify() {
    return new Verify(server);
  }

  // Events

  public OperationStub<EventPage> onListEvents() {
    return on("listEvents", Map.of(), page -> page);
  }

  public OperationStub<Event> onCreateEvent() {
    return on("createEvent", Map.of(), event -> new EventEnvelope().data(event));
  }

  public OperationStub<EventPage> onSearchEvents() {
    return on("searchEvents", Map.of(), page -> page);
  }

  public OperationStub<List<Event>> onBatchCreateEvents() {
    return on("batchCreateEvents", Map.of(), events -> new EventBatchEnvelope().data(events));
  }

  public OperationStub<List<Event>> onBatchUpdateEvents() {
    return on("batchUpdateEvents", Map.of(), events -> new EventBatchEnvelope().data(events));
  }

  public OperationStub<List<Event>> onBatchDeleteEvents() {
    return on("batchDeleteEvents", Map.of(), events -> new EventBatchEnvelope().data(events));
  }

  public OperationStub<Event> onGetEvent(long event) {
    return on("getEvent", Map.of("event", String.valueOf(event)), e -> new EventEnvelope().data(e));
  }

  public OperationStub<Event> onUpdateEvent(long event) {
    return on("updateEvent", Map.of("event", String.valueOf(event)), e -> new EventEnvelope().data(e));
  }

  public OperationStub<Event> onReplaceEvent(long event) {
    return on("replaceEvent", Map.of("event", String.valueOf(event)), e -> new EventEnvelope().data(e));
  }

  public OperationStub<Event> onDeleteEvent(long event) {
    return on("deleteEvent", Map.of("event", String.valueOf(event)), e -> new EventEnvelope().data(e));
  }

  // Calendars

  public OperationStub<CalendarPage> onListCalendars() {
    return on("listCalendars", Map.of(), page -> page);
  }

  public OperationStub<Calendar> onCreateCalendar() {
    return on("createCalendar", Map.of(), calendar -> new CalendarEnvelope().data(calendar));
  }

  public OperationStub<CalendarPage> onSearchCalendars() {
    return on("searchCalendars", Map.of(), page -> page);
  }

  public OperationStub<List<Calendar>> onBatchCreateCalendars() {
    return on("batchCreateCalendars", Map.of(), calendars -> new CalendarBatchEnvelope().data(calendars));
  }

  public OperationStub<List<Calendar>> onBatchUpdateCalendars() {
    return on("batchUpdateCalendars", Map.of(), calendars -> new CalendarBatchEnvelope().data(calendars));
  }

  public OperationStub<List<Calendar>> onBatchDeleteCalendars() {
    return on("batchDeleteCalendars", Map.of(), calendars -> new CalendarBatchEnvelope().data(calendars));
  }

  public OperationStub<Calendar> onGetCalendar(long calendar) {
    return on("getCalendar", Map.of("calendar", String.valueOf(calendar)), c -> new CalendarEnvelope().data(c));
  }

  public OperationStub<Calendar> onUpdateCalendar(long calendar) {
    return on("updateCalendar", Map.of("calendar", String.valueOf(calendar)), c -> new CalendarEnvelope().data(c));
  }

  public OperationStub<Calendar> onReplaceCalendar(long calendar) {
    return on("replaceCalendar", Map.of("calendar", String.valueOf(calendar)), c -> new CalendarEnvelope().data(c));
  }

  public OperationStub<Calendar> onDeleteCalendar(long calendar) {
    return on("deleteCalendar", Map.of("calendar", String.valueOf(calendar)), c -> new CalendarEnvelope().data(c));
  }

  @Override
  PerscomStub self() {
    return this;
  }

  @Override
  synchronized void closeClient() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  private <T> OperationStub<T> on(
      String operationId, Map<String, String> path, Function<T, Object> toAnswer) {
    return new OperationStub<>(server, operationId, path, toAnswer, MAPPER);
  }

  /** What the PERSCOM stub received, one method per operation of its spec. */
  public static final class Verify extends Verification {

    private Verify(StubServer server) {
      super(server, MAPPER);
    }

    public RequestCheck<Void> listEvents() {
      return check("listEvents", Void.class);
    }

    public RequestCheck<EventCreateRequest> createEvent() {
      return check("createEvent", EventCreateRequest.class);
    }

    public RequestCheck<EventSearchRequest> searchEvents() {
      return check("searchEvents", EventSearchRequest.class);
    }

    public RequestCheck<EventBatchCreateRequest> batchCreateEvents() {
      return check("batchCreateEvents", EventBatchCreateRequest.class);
    }

    public RequestCheck<EventBatchUpdateRequest> batchUpdateEvents() {
      return check("batchUpdateEvents", EventBatchUpdateRequest.class);
    }

    public RequestCheck<BatchDeleteRequest> batchDeleteEvents() {
      return check("batchDeleteEvents", BatchDeleteRequest.class);
    }

    public RequestCheck<Void> getEvent() {
      return check("getEvent", Void.class);
    }

    public RequestCheck<EventUpdateRequest> updateEvent() {
      return check("updateEvent", EventUpdateRequest.class);
    }

    public RequestCheck<EventUpdateRequest> replaceEvent() {
      return check("replaceEvent", EventUpdateRequest.class);
    }

    public RequestCheck<Void> deleteEvent() {
      return check("deleteEvent", Void.class);
    }

    public RequestCheck<Void> listCalendars() {
      return check("listCalendars", Void.class);
    }

    public RequestCheck<CalendarCreateRequest> createCalendar() {
      return check("createCalendar", CalendarCreateRequest.class);
    }

    public RequestCheck<CalendarSearchRequest> searchCalendars() {
      return check("searchCalendars", CalendarSearchRequest.class);
    }

    public RequestCheck<CalendarBatchCreateRequest> batchCreateCalendars() {
      return check("batchCreateCalendars", CalendarBatchCreateRequest.class);
    }

    public RequestCheck<CalendarBatchUpdateRequest> batchUpdateCalendars() {
      return check("batchUpdateCalendars", CalendarBatchUpdateRequest.class);
    }

    public RequestCheck<BatchDeleteRequest> batchDeleteCalendars() {
      return check("batchDeleteCalendars", BatchDeleteRequest.class);
    }

    public RequestCheck<Void> getCalendar() {
      return check("getCalendar", Void.class);
    }

    public RequestCheck<CalendarUpdateRequest> updateCalendar() {
      return check("updateCalendar", CalendarUpdateRequest.class);
    }

    public RequestCheck<CalendarUpdateRequest> replaceCalendar() {
      return check("replaceCalendar", CalendarUpdateRequest.class);
    }

    public RequestCheck<Void> deleteCalendar() {
      return check("deleteCalendar", Void.class);
    }
  }

  /** PERSCOM's error envelope: {@code {"error": {message, type, request_id, trace_id, errors}}}. */
  private static final class Errors implements VendorErrors {

    @Override
    public int validationStatus() {
      return 422;
    }

    @Override
    public JsonNode validationBody(List<Problem> problems) {
      Map<String, List<String>> byField = new LinkedHashMap<>();
      for (Problem problem : problems) {
        byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(problem.message());
      }
      String message = problems.get(0).message();
      if (problems.size() > 1) {
        // Laravel's own wording for a rejected form with several failed rules.
        message += " (and " + (problems.size() - 1) + " more error" + (problems.size() > 2 ? "s" : "") + ")";
      }
      return envelope(message, byField);
    }

    @Override
    public JsonNode fieldErrorBody(String field, String message) {
      return envelope(message, Map.of(field, List.of(message)));
    }

    private static JsonNode envelope(String message, Map<String, List<String>> byField) {
      ObjectNode body = Json.mapper().createObjectNode();
      ObjectNode error = body.putObject("error");
      error.put("message", message);
      error.put("type", "ValidationException");
      error.put("request_id", UUID.randomUUID().toString());
      error.put("trace_id", UUID.randomUUID().toString());
      ObjectNode errors = error.putObject("errors");
      byField.forEach((field, messages) -> messages.forEach(errors.putArray(field)::add));
      return body;
    }
  }
}
