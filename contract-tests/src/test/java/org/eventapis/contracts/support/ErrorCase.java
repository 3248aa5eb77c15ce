package org.eventapis.contracts.support;

import static au.com.dius.pact.consumer.ConsumerPactRunnerKt.runConsumerTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.core.EventApiException;

/**
 * One row of an API's table of error answers: the operation, the provider state, the request,
 * the vendor's answer, and the typed exception the client must turn it into. Each row is recorded
 * as an interaction of its own and replayed against a mock server of its own, so a row fails
 * alone and names itself.
 *
 * @param <C> the API's client
 */
public final class ErrorCase<C> {

  private final String operation;
  private String state;
  private Map<String, Object> stateParams = Map.of();
  private String description;
  private String method;
  private String path;
  private String query;
  private final List<String[]> queryPatterns = new ArrayList<>();
  private String body;
  private Consumer<C> call;
  private int status;
  private DslPart errorBody;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Class<? extends EventApiException> exception;
  private String code;
  private Set<String> fields = Set.of();
  private Duration retryAfter;

  private ErrorCase(String operation) {
    this.operation = operation;
  }

  /** A row for the operation of the spec with this {@code operationId}. */
  public static <C> ErrorCase<C> on(String operation) {
    return new ErrorCase<>(operation);
  }

  public ErrorCase<C> given(String state) {
    return given(state, Map.of());
  }

  public ErrorCase<C> given(String state, Map<String, ?> params) {
    this.state = state;
    this.stateParams = Map.copyOf(params);
    return this;
  }

  /** The request: what the pact calls it, and its path below the spec's base path. */
  public ErrorCase<C> get(String description, String path) {
    return request("GET", description, path);
  }

  public ErrorCase<C> post(String description, String path) {
    return request("POST", description, path);
  }

  public ErrorCase<C> put(String description, String path) {
    return request("PUT", description, path);
  }

  public ErrorCase<C> patch(String description, String path) {
    return request("PATCH", description, path);
  }

  public ErrorCase<C> delete(String description, String path) {
    return request("DELETE", description, path);
  }

  private ErrorCase<C> request(String method, String description, String path) {
    this.method = method;
    this.description = description;
    this.path = path;
    return this;
  }

  /** The query string, as the client sends it. */
  public ErrorCase<C> query(String query) {
    this.query = query;
    return this;
  }

  /** A query parameter whose value only has to match {@code regex}. */
  public ErrorCase<C> query(String name, String regex, String example) {
    queryPatterns.add(new String[] {name, regex, example});
    return this;
  }

  /** The JSON body, exactly as the client writes it. */
  public ErrorCase<C> body(String json) {
    this.body = json;
    return this;
  }

  /** What the caller does with the client; it must send the request above. */
  public ErrorCase<C> calling(Consumer<C> call) {
    this.call = call;
    return this;
  }

  public ErrorCase<C> answers(int status, DslPart errorBody) {
    this.status = status;
    this.errorBody = errorBody;
    return this;
  }

  public ErrorCase<C> header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The exception the client throws, for a vendor whose error bodies carry no code. */
  public ErrorCase<C> throwing(Class<? extends EventApiException> exception) {
    return throwing(exception, null);
  }

  /** The exception the client throws, and the vendor's error code it carries. */
  public ErrorCase<C> throwing(Class<? extends EventApiException> exception, String code) {
    this.exception = exception;
    this.code = code;
    return this;
  }

  /** The fields the exception names as invalid; none unless given. */
  public ErrorCase<C> naming(String... fields) {
    this.fields = Set.of(fields);
    return this;
  }

  /** The delay the exception passes on from {@code Retry-After}; none unless given. */
  public ErrorCase<C> retryAfter(Duration retryAfter) {
    this.retryAfter = retryAfter;
    return this;
  }

  /**
   * Records the row as an interaction of {@code provider}'s pact, drives the client against a
   * mock server that answers it, and checks the exception against the row.
   *
   * @param operations the operations of the provider's spec, which must name this row's request
   *     as its operation
   * @param authorized adds the API's credentials to a request
   * @param client builds the API's client for a mock server
   * @return the exception, for checks that hold for every row of one API
   */
  public EventApiException replay(
      String provider,
      List<SpecOperation> operations,
      UnaryOperator<PactDslRequestWithPath> authorized,
      Function<MockServer, C> client) {
    assertThat(specOperation(operations))
        .as("%s: the operation %s %s is in %s", this, method, path, Specs.location(provider))
        .isEqualTo(operation);
    AtomicReference<EventApiException> thrown = new AtomicReference<>();
    PactVerificationResult result =
        runConsumerTest(
            pact(provider, authorized),
            MockProviderConfig.createDefault(PactSpecVersion.V4),
            (server, context) -> {
              thrown.set(expectedException(client.apply(server)));
              return null;
            });
    if (result instanceof PactVerificationResult.Error error
        && error.getError() instanceof AssertionError failure) {
      throw failure;
    }
    assertThat(result)
        .as("%s: %s", this, result.getDescription())
        .isInstanceOf(PactVerificationResult.Ok.class);
    return thrown.get();
  }

  /** The {@code operationId} the spec gives the row's request, so the label cannot drift. */
  private String specOperation(List<SpecOperation> operations) {
    return operations.stream()
        .filter(op -> op.matchScore(method, path) >= 0)
        .max(Comparator.comparingInt(op -> op.matchScore(method, path)))
        .map(op -> op.operation().getOperationId())
        .orElse(null);
  }

  private V4Pact pact(String provider, UnaryOperator<PactDslRequestWithPath> authorized) {
    PactDslWithState withState =
        ConsumerPactBuilder.consumer(Participants.CONSUMER)
            .pactSpecVersion(PactSpecVersion.V4)
            .hasPactWith(provider)
            .given(state, stateParams);
    PactDslRequestWithoutPath request = withState.uponReceiving(description).method(method);
    PactDslRequestWithPath withPath = authorized.apply(request.path(Specs.basePath(provider) + path));
    if (query != null) {
      withPath = withPath.query(query);
    }
    for (String[] pattern : queryPatterns) {
      withPath = withPath.matchQuery(pattern[0], pattern[1], pattern[2]);
    }
    if (body != null) {
      withPath = PactDsl.sends(withPath, body);
    }
    return PactDsl.answering(withPath, status, errorBody).headers(headers).toPact(V4Pact.class);
  }

  private EventApiException expectedException(C client) {
    Throwable thrown = catchThrowable(() -> call.accept(client));
    assertThat(thrown).as("what %s throws", this).isInstanceOf(exception);
    EventApiException e = (EventApiException) thrown;
    assertThat(e.status()).as("%s: status", this).isEqualTo(status);
    assertThat(e.errorCode()).as("%s: vendor error code", this).isEqualTo(Optional.ofNullable(code));
    assertThat(e.fieldErrors().keySet()).as("%s: fields named", this).isEqualTo(fields);
    assertThat(e.retryAfter()).as("%s: retry after", this).isEqualTo(Optional.ofNullable(retryAfter));
    assertThat(e.isBodyParsed()).as("%s: vendor body read", this).isTrue();
    return e;
  }

  @Override
  public String toString() {
    return operation + ": " + description;
  }
}
