package org.eventapis.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eventapis.core.FeignSetup;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.invoker.ApiClient;
import org.eventapis.unipile.generated.model.Calendar;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreated;
import org.eventapis.unipile.generated.model.CalendarEventDeleted;
import org.eventapis.unipile.generated.model.CalendarEventList;
import org.eventapis.unipile.generated.model.CalendarEventUpdateRequest;
import org.eventapis.unipile.generated.model.CalendarEventUpdated;
import org.eventapis.unipile.generated.model.CalendarList;

/**
 * A stub of the Unipile calendar API for tests of code that calls it.
 *
 * <pre>{@code
 * @RegisterExtension static UnipileStub unipile = UnipileStub.create();
 *
 * @Test
 * void mirrorsTheBriefing() {
 *   new Mirror(unipile.client(), "acc-1").copy(briefing);
 *   unipile.verify().createCalendarEvent().calledOnce();
 * }
 * }</pre>
 *
 * <p>Requests are checked against Unipile's spec; one it does not allow is answered as Unipile
 * would (400 {@code errors/invalid_parameters}, or 401 {@code errors/missing_credentials}
 * without {@code X-API-KEY}) and fails the test. Without set-up every operation answers the
 * spec's example, carrying the ids from the path. {@code on...} methods change an operation's
 * answer; {@code returns} takes the generated model the operation answers with.
 */
public final class UnipileStub extends ApiStub<UnipileStub> {

  private static final String KEY = "unipile-test-key";
  private static final ObjectMapper MAPPER = FeignSetup.configureMapper(new ApiClient().getObjectMapper());

  private UnipileClient client;

  private UnipileStub() {
    super(UnipileClient.API, KEY, new Errors());
  }

  /** A stub, not yet started: register it with {@code @RegisterExtension}, or call start(). */
  public static UnipileStub create() {
    return new UnipileStub();
  }

  /** A client of this stub with every other setting at its default; closed when the stub stops. */
  public synchronized UnipileClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /** A builder with the stub's base URL and key set, for a client with settings of your own. */
  public UnipileClient.Builder clientBuilder() {
    return UnipileClient.builder().baseUrl(baseUrl()).apiKey(apiKey());
  }

  /** Assertions on what this stub received. */
  public Verify verify() {
    return new Verify(server);
  }

  public OperationStub<CalendarList> onListCalendars() {
    return on("listCalendars", Map.of());
  }

  public OperationStub<Calendar> onGetCalendar(String calendarId) {
    return on("getCalendar", Map.of("calendar_id", calendarId));
  }

  public OperationStub<CalendarEventList> onListCalendarEvents(String calendarId) {
    return on("listCalendarEvents", Map.of("calendar_id", calendarId));
  }

  public OperationStub<CalendarEventCreated> onCreateCalendarEvent(String calendarId) {
    return on("createCalendarEvent", Map.of("calendar_id", calendarId));
  }

  public OperationStub<CalendarEvent> onGetCalendarEvent(String calendarId, String eventId) {
    return on("getCalendarEvent", Map.of("calendar_id", calendarId, "event_id", eventId));
  }

  public OperationStub<CalendarEventUpdated> onUpdateCalendarEvent(String calendarId, String eventId) {
    return on("updateCalendarEvent", Map.of("calendar_id", calendarId, "event_id", eventId));
  }

  public OperationStub<CalendarEventDeleted> onDeleteCalendarEvent(String calendarId, String eventId) {
    return on("deleteCalendarEvent", Map.of("calendar_id", calendarId, "event_id", eventId));
  }

  @Override
  UnipileStub self() {
    return this;
  }

  @Override
  synchronized void closeClient() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  private <T> OperationStub<T> on(String operationId, Map<String, String> path) {
    return new OperationStub<>(server, operationId, path, value -> value, MAPPER);
  }

  /** What the Unipile stub received, one method per operation of its spec. */
  public static final class Verify extends Verification {

    private Verify(StubServer server) {
      super(server, MAPPER);
    }

    public RequestCheck<Void> listCalendars() {
      return check("listCalendars", Void.class);
    }

    public RequestCheck<Void> getCalendar() {
      return check("getCalendar", Void.class);
    }

    public RequestCheck<Void> listCalendarEvents() {
      return check("listCalendarEvents", Void.class);
    }

    public RequestCheck<CalendarEventCreateRequest> createCalendarEvent() {
      return check("createCalendarEvent", CalendarEventCreateRequest.class);
    }

    public RequestCheck<Void> getCalendarEvent() {
      return check("getCalendarEvent", Void.class);
    }

    public RequestCheck<CalendarEventUpdateRequest> updateCalendarEvent() {
      return check("updateCalendarEvent", CalendarEventUpdateRequest.class);
    }

    public RequestCheck<Void> deleteCalendarEvent() {
      return check("deleteCalendarEvent", Void.class);
    }
  }

  /** Unipile's problem-style body: {@code {title, detail, instance, type, status}}. */
  private static final class Errors implements VendorErrors {

    @Override
    public int validationStatus() {
      return 400;
    }

    @Override
    public JsonNode validationBody(List<Problem> problems) {
      List<String> messages = new ArrayList<>();
      problems.forEach(problem -> messages.add(problem.message()));
      return body("Invalid parameters", String.join("; ", messages), "errors/invalid_parameters", 400);
    }

    @Override
    public JsonNode fieldErrorBody(String field, String message) {
      return body("Invalid parameters", message, "errors/invalid_parameters", 400);
    }

    @Override
    public Optional<JsonNode> invalidKeyBody() {
      return Optional.of(
          body("Invalid credentials", "The access token is not valid.", "errors/invalid_credentials", 401));
    }

    private static JsonNode body(String title, String detail, String type, int status) {
      ObjectNode body = Json.mapper().createObjectNode();
      body.put("title", title);
      body.put("detail", detail);
      body.put("instance", UUID.randomUUID().toString());
      body.put("type", type);
      body.put("status", status);
      return body;
    }
  }
}
