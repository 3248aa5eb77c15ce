package org.eventapis.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eventapis.core.FeignSetup;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.timekit.generated.invoker.ApiClient;
import org.eventapis.timekit.generated.model.Event;
import org.eventapis.timekit.generated.model.EventCreateRequest;
import org.eventapis.timekit.generated.model.EventEnvelope;
import org.eventapis.timekit.generated.model.EventList;
import org.eventapis.timekit.generated.model.EventUpdateRequest;

/**
 * A stub of the Timekit events API for tests of code that calls it.
 *
 * <pre>{@code
 * @RegisterExtension static TimekitStub timekit = TimekitStub.create();
 *
 * @Test
 * void blocksTheSlot() {
 *   new Slots(timekit.client(), calendarId).block(start, end);
 *   timekit.verify().createEvent().calledOnce();
 * }
 * }</pre>
 *
 * <p>Requests are checked against Timekit's spec; one it does not allow is answered as Timekit
 * would (422 with {@code errors} by field, or 401 without Basic credentials) and fails the test.
 * Without set-up every operation answers the spec's example, carrying the id from the path and
 * the fields the request set. {@code on...} methods change an operation's answer; for an answer
 * that is only {@code {"data": ...}}, {@code returns} takes what is inside.
 */
public final class TimekitStub extends ApiStub<TimekitStub> {

  private static final String KEY = "timekit-test-key";
  private static final ObjectMapper MAPPER = FeignSetup.configureMapper(new ApiClient().getObjectMapper());

  private TimekitClient client;

  private TimekitStub() {
    super(TimekitClient.API, KEY, new Errors());
  }

  /** A stub, not yet started: register it with {@code @RegisterExtension}, or call start(). */
  public static TimekitStub create() {
    return new TimekitStub();
  }

  /** A client of this stub with every other setting at its default; closed when the stub stops. */
  public synchronized TimekitClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /** A builder with the stub's base URL and key set, for a client with settings of your own. */
  public TimekitClient.Builder clientBuilder() {
    return TimekitClient.builder().baseUrl(baseUrl()).apiKey(apiKey());
  }

  /** Assertions on what this stub received. */
  public Verify verify() {
    return new Verify(server);
  }

  public OperationStub<List<Event>> onListEvents() {
    return on("listEvents", Map.of(), events -> new EventList().data(events));
  }

  public OperationStub<Event> onCreateEvent() {
    return on("createEvent", Map.of(), event -> new EventEnvelope().data(event));
  }

  public OperationStub<Event> onGetEvent(UUID id) {
    return on("getEvent", Map.of("id", id.toString()), event -> new EventEnvelope().data(event));
  }

  public OperationStub<Event> onUpdateEvent(UUID id) {
    return on("updateEvent", Map.of("id", id.toString()), event -> new EventEnvelope().data(event));
  }

  public OperationStub<Event> onDeleteEvent(UUID id) {
    return on("deleteEvent", Map.of("id", id.toString()), event -> new EventEnvelope().data(event));
  }

  @Override
  TimekitStub self() {
    return this;
  }

  @Override
  synchronized void closeClient() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  private <T> OperationStub<T> on(String operationId, Map<String, String> path, Function<T, Object> toAnswer) {
    return new OperationStub<>(server, operationId, path, toAnswer, MAPPER);
  }

  /** What the Timekit stub received, one method per operation of its spec. */
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

    public RequestCheck<Void> getEvent() {
      return check("getEvent", Void.class);
    }

    public RequestCheck<EventUpdateRequest> updateEvent() {
      return check("updateEvent", EventUpdateRequest.class);
    }

    public RequestCheck<Void> deleteEvent() {
      return check("deleteEvent", Void.class);
    }
  }

  /** Timekit's validation body: {@code {"errors": {field: [messages]}}}. */
  private static final class Errors implements VendorErrors {

    @Override
    public int validationStatus() {
      return 422;
    }

    @Override
    public JsonNode validationBody(List<Problem> problems) {
      ObjectNode body = Json.mapper().createObjectNode();
      ObjectNode errors = body.putObject("errors");
      for (Problem problem : problems) {
        JsonNode existing = errors.get(problem.field());
        ArrayNode messages = existing instanceof ArrayNode list ? list : errors.putArray(problem.field());
        messages.add(problem.message());
      }
      return body;
    }

    @Override
    public JsonNode fieldErrorBody(String field, String message) {
      ObjectNode body = Json.mapper().createObjectNode();
      body.putObject("errors").putArray(field).add(message);
      return body;
    }
  }
}
