package org.eventapis.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on the requests one operation of a stub received during the test, as they stood
 * when the check was made. Got from a stub's {@code verify()}:
 *
 * <pre>{@code
 * perscom.verify().createEvent().calledOnce().withBody(expectedRequest);
 * perscom.verify().getEvent().called(2);
 * perscom.verify().noOtherRequests();
 * }</pre>
 *
 * <p>A failed check throws {@link AssertionFailedError}, which every test framework reports as
 * a failure. Each check also counts the requests it looked at as expected, for {@link
 * Verification#noOtherRequests()}. A check that finds fewer requests than it expects waits up
 * to 10 seconds for more before it fails: a request may still be on its way,
 * sent by code that works asynchronously or that gave up waiting for the answer.
 *
 * @param <B> the generated model of the operation's request body ({@link Void} for none)
 */
public final class RequestCheck<B> {

  /** How long a check waits for requests it expects but has not seen yet. */
  static final int WAIT_SECONDS = 10;

  private final StubServer server;
  private final String operationId;
  private final Class<B> bodyType;
  private final ObjectMapper mapper;
  private List<RecordedRequest> requests;

  RequestCheck(StubServer server, String operationId, Class<B> bodyType, ObjectMapper mapper) {
    this.server = server;
    this.operationId = operationId;
    this.bodyType = bodyType;
    this.mapper = mapper;
    this.requests = server.requests(operationId);
  }

  /** Exactly one request was received. */
  public RequestCheck<B> calledOnce() {
    return called(1);
  }

  /** Exactly {@code times} requests were received. */
  public RequestCheck<B> called(int times) {
    awaitAtLeast(times);
    if (requests.size() != times) {
      throw new AssertionFailedError(
          describe() + ": expected " + plural(times) + " but received " + plural(requests.size())
              + listing(requests),
          times,
          requests.size());
    }
    server.markVerified(requests);
    return this;
  }

  /** No request was received. */
  public RequestCheck<B> never() {
    return called(0);
  }

  /**
   * Every request received carries this body, compared as JSON written the way the client
   * writes it (only what is set; property order does not matter).
   */
  public RequestCheck<B> withBody(B expected) {
    Objects.requireNonNull(expected, "expected");
    requireSome();
    JsonNode want;
    try {
      want = Json.mapper().readTree(mapper.writeValueAsString(expected));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe() + ": the expected body could not be written as JSON", e);
    }
    for (int i = 0; i < requests.size(); i++) {
      RecordedRequest request = requests.get(i);
      Optional<JsonNode> got = Json.parse(request.body());
      if (got.isEmpty() || !got.get().equals(want)) {
        throw new AssertionFailedError(
            describe() + ": request " + (i + 1) + " of " + requests.size() + " (" + request
                + ") carried another body",
            pretty(want),
            got.map(RequestCheck::pretty).orElse(request.body()));
      }
    }
    server.markVerified(requests);
    return this;
  }

  /**
   * Every request received has this query parameter with this decoded value, such as
   * {@code withQuery("include", "author,calendar")}.
   */
  public RequestCheck<B> withQuery(String name, String value) {
    requireSome();
    for (RecordedRequest request : requests) {
      Optional<String> got = request.queryParameter(name);
      if (!got.equals(Optional.of(value))) {
        throw new AssertionFailedError(
            describe() + ": " + request + " had query parameter " + name + "=" + got.orElse("(absent)"),
            value,
            got.orElse(null));
      }
    }
    server.markVerified(requests);
    return this;
  }

  /** How many requests were received. */
  public int count() {
    return requests.size();
  }

  /** The requests received, oldest first. */
  public List<RecordedRequest> requests() {
    return requests;
  }

  /** The bodies received, read as the generated model, oldest first; for your own assertions. */
  public List<B> bodies() {
    List<B> bodies = new ArrayList<>();
    for (RecordedRequest request : requests) {
      try {
        bodies.add(request.body().isEmpty() ? null : mapper.readValue(request.body(), bodyType));
      } catch (IOException e) {
        throw new AssertionFailedError(
            describe() + ": " + request + " carried a body that is not a " + bodyType.getSimpleName(), e);
      }
    }
    return bodies;
  }

  private void awaitAtLeast(int count) {
    if (requests.size() < count) {
      requests = server.awaitRequests(operationId, count, Duration.ofSeconds(WAIT_SECONDS));
    }
  }

  private void requireSome() {
    awaitAtLeast(1);
    if (requests.isEmpty()) {
      throw new AssertionFailedError(describe() + ": no request was received");
    }
  }

  private String describe() {
    return server.spec().api() + " " + operationId;
  }

  private static String plural(int count) {
    return count == 1 ? "1 request" : count + " requests";
  }

  private static String listing(List<RecordedRequest> requests) {
    StringBuilder text = new StringBuilder();
    for (RecordedRequest request : requests) {
      text.append(System.lineSeparator()).append("  ").append(request);
    }
    return text.toString();
  }

  private static String pretty(JsonNode node) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }
}
