package org.eventapis.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one operation of a stub answers, from now until the end of the test (or for as many
 * requests as {@link Stubbing#times} allows). Got from a stub's {@code on...} method:
 *
 * <pre>{@code
 * perscom.onGetEvent(12).returns(event);
 * perscom.onCreateEvent().failsWith(422, "name", "The name field is required.");
 * perscom.onListEvents().fails(Fault.unavailable()).once();
 * }</pre>
 *
 * <p>Every answer is checked against the API's spec when it is set, so a test cannot stub a
 * status or a shape the API never answers with: such a call throws {@link
 * IllegalArgumentException} naming what the spec does not allow. When several answers match a
 * request, the one set last wins.
 *
 * @param <T> what {@link #returns} takes: the generated model the operation answers with, or,
 *     where the answer only wraps it as {@code {"data": ...}}, the model inside
 */
public final class OperationStub<T> {

  private final StubServer server;
  private final SpecOperation operation;
  private final Map<String, String> pathParameters;
  private final Function<T, Object> toAnswer;
  private final ObjectMapper mapper;

  OperationStub(
      StubServer server,
      String operationId,
      Map<String, String> pathParameters,
      Function<T, Object> toAnswer,
      ObjectMapper mapper) {
    this.server = server;
    this.operation = server.spec().operation(operationId);
    this.pathParameters = Map.copyOf(pathParameters);
    this.toAnswer = toAnswer;
    this.mapper = mapper;
  }

  /**
   * Answers with the operation's success status and this body. Required properties the spec
   * fixes to one value (Unipile's {@code "object": "CalendarEvent"}) are filled in if left unset.
   */
  public Stubbing returns(T body) {
    Objects.requireNonNull(body, "body");
    int status = operation.successStatus();
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(mapper.writeValueAsString(toAnswer.apply(body)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe() + ": the answer could not be written as JSON", e);
    }
    Answers.fillConstants(tree, operation.responseSchema(status));
    return fixed(Reply.json(status, tree));
  }

  /**
   * Answers with this status and JSON body, exactly as given; an empty body sends none (Timekit's
   * update may answer 204).
   */
  public Stubbing returnsJson(int status, String json) {
    Objects.requireNonNull(json, "json");
    Reply reply = json.isEmpty() ? new Reply(status, Map.of(), "", Reply.Connection.ANSWER) : Reply.json(status, json);
    return fixed(reply);
  }

  /** Answers with an error status and the spec's example of the vendor's body for it. */
  public Stubbing failsWith(int status) {
    if (status < 400) {
      throw new IllegalArgumentException(describe() + ": " + status + " is not an error status");
    }
    return fixed(server.answers().vendorReply(operation, status));
  }

  /**
   * Answers with the vendor's validation error for one field: PERSCOM 422 with {@code
   * error.errors}, Timekit 422 with {@code errors}, Unipile 400 {@code errors/invalid_parameters}
   * (whose body has no list of fields: the message goes in {@code detail}).
   */
  public Stubbing failsWith(int status, String field, String message) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    int expected = server.errors().validationStatus();
    if (status != expected) {
      throw new IllegalArgumentException(
          describe() + ": " + server.spec().api() + " rejects fields with " + expected + ", not " + status);
    }
    return fixed(Reply.json(status, server.errors().fieldErrorBody(field, message)));
  }

  /** Misbehaves in one of the ways of {@link Fault}. */
  public Stubbing fails(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    Optional<String> refusal = server.answers().refusal(fault, operation);
    if (refusal.isPresent()) {
      throw new IllegalArgumentException(refusal.get());
    }
    return register(exchange -> server.answers().faultReply(fault, exchange.match(), exchange.body()));
  }

  private Stubbing fixed(Reply reply) {
    Map<String, String> values =
        pathParameters.isEmpty() ? operation.samplePathParameters() : pathParameters;
    String path = server.spec().basePath() + operation.expand(values);
    List<String> problems = server.answers().problems(operation, path, reply);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          describe() + ": " + server.spec().location() + " does not allow this answer:"
              + System.lineSeparator() + "  - "
              + String.join(System.lineSeparator() + "  - ", problems));
    }
    return register(exchange -> reply);
  }

  private Stubbing register(Function<StubServer.Exchange, Reply> reply) {
    return new Stubbing(
        server.addOverride(new StubServer.AnswerOverride(operation.operationId(), pathParameters, reply)));
  }

  private String describe() {
    return server.spec().api() + " " + operation.operationId()
        + (pathParameters.isEmpty() ? "" : " " + pathParameters);
  }
}
