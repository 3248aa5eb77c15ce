package org.eventapis.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventapis.core.ApiConnectionException;
import org.eventapis.core.EventApiException;

/**
 * The calls of one API's drift check. Each call goes through the generated client; a call that
 * fails does not stop the check, and says why in a note. Ids for the next call are read from the
 * answer as the server sent it, so that an answer the client cannot read still leads on.
 */
final class Session {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RecordingTransport transport;
  private final Redaction redaction;
  private final List<String> notes = new ArrayList<>();
  private final List<Finding> clientFailures = new ArrayList<>();
  private boolean incomplete;

  Session(RecordingTransport transport, Redaction redaction) {
    this.transport = transport;
    this.redaction = redaction;
  }

  /** One call of the generated client; true if it returned normally. */
  boolean call(String operationId, Runnable call) {
    transport.operation(operationId);
    try {
      call.run();
      return true;
    } catch (EventApiException e) {
      if (e.status() >= 200 && e.status() < 300) {
        clientFailures.add(new Finding(Finding.Severity.BREAKING, operationId, "response", "$",
            "client cannot read the answer",
            e.getClass().getSimpleName() + ": " + redaction.text(e.getMessage()), 1));
      } else if (e instanceof ApiConnectionException) {
        incomplete(operationId + " got no usable answer (" + redaction.text(e.getMessage()) + ")");
      } else {
        incomplete(operationId + " answered " + e.status() + " (" + e.getClass().getSimpleName()
            + e.errorCode().map(code -> ", " + redaction.text(code)).orElse("") + ")");
      }
    } catch (RuntimeException e) {
      incomplete(operationId + " failed before an answer: " + e.getClass().getSimpleName() + ": "
          + redaction.text(e.getMessage()));
    }
    return false;
  }

  /** The body of the last successful answer to this operation, as the server sent it. */
  Optional<JsonNode> answer(String operationId) {
    List<Exchange> all = transport.exchanges();
    for (int i = all.size() - 1; i >= 0; i--) {
      Exchange exchange = all.get(i);
      if (exchange.operationId().equals(operationId) && exchange.answered()
          && exchange.status() >= 200 && exchange.status() < 300) {
        try {
          return Optional.ofNullable(MAPPER.readTree(exchange.responseBody()));
        } catch (IOException notJson) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The text at this JSON pointer of the operation's last answer, if there is one. */
  Optional<String> value(String operationId, String pointer) {
    return answer(operationId)
        .map(body -> body.at(pointer))
        .filter(node -> node.isTextual() || node.isNumber())
        .map(JsonNode::asText);
  }

  /** A step that could not run, and why; the run then counts as incomplete. */
  void incomplete(String note) {
    notes.add(note);
    incomplete = true;
  }

  /** Something a maintainer should know that does not make the run incomplete. */
  void note(String note) {
    notes.add(note);
  }

  /**
   * Create, read back, update and delete one event in the sandbox calendar. Only the event this
   * run created is updated or deleted, and the delete runs whatever happened before it.
   */
  void roundTrip(RoundTrip trip) {
    boolean created = call(trip.createOperation(), trip::create);
    Optional<String> id = value(trip.createOperation(), trip.createdIdPointer());
    if (id.isEmpty()) {
      if (created || answer(trip.createOperation()).isPresent()) {
        incomplete("the sandbox event '" + trip.title() + "' was created, but its id could not be read"
            + " from the answer; delete it by hand");
      } else {
        incomplete("no sandbox event was created; if " + trip.createOperation()
            + " reached the server, look for '" + trip.title() + "' and delete it by hand");
      }
      return;
    }
    String createdId = id.get();
    try {
      call(trip.getOperation(), () -> trip.get(createdId));
      call(trip.updateOperation(), () -> trip.update(createdId));
    } finally {
      boolean deleted = call(trip.deleteOperation(), () -> trip.delete(createdId));
      if (!deleted) {
        incomplete("the sandbox event " + createdId + " ('" + trip.title() + "') could not be deleted;"
            + " delete it by hand");
      }
    }
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  List<Finding> clientFailures() {
    return List.copyOf(clientFailures);
  }

  boolean isIncomplete() {
    return incomplete;
  }

  List<Exchange> exchanges() {
    return transport.exchanges();
  }

  /** The write steps of one API, each a call of its generated client. */
  /**
   * A create, get, update and delete of one event in the sandbox calendar, under the spec's
   * operation names.
   */
  abstract static class RoundTrip {
    private final String title;
    private final String createOperation;
    private final String createdIdPointer;
    private final String getOperation;
    private final String updateOperation;
    private final String deleteOperation;

    /**
     * @param title the name given to the event, so that one left behind can be found
     * @param createdIdPointer where the new event's id is in the create answer: {@code /data/id}
     */
    RoundTrip(
        String title,
        String createOperation,
        String createdIdPointer,
        String getOperation,
        String updateOperation,
        String deleteOperation) {
      this.title = title;
      this.createOperation = createOperation;
      this.createdIdPointer = createdIdPointer;
      this.getOperation = getOperation;
      this.updateOperation = updateOperation;
      this.deleteOperation = deleteOperation;
    }

    final String title() {
      return title;
    }

    final String createOperation() {
      return createOperation;
    }

    final String createdIdPointer() {
      return createdIdPointer;
    }

    final String getOperation() {
      return getOperation;
    }

    final String updateOperation() {
      return updateOperation;
    }

    final String deleteOperation() {
      return deleteOperation;
    }

    abstract void create();

    abstract void get(String id);

    abstract void update(String id);

    abstract void delete(String id);
  }
}
