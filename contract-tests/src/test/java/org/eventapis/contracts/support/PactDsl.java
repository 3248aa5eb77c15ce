package org.eventapis.contracts.support;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.core.model.V4Pact;
import java.util.function.Consumer;
import org.eventapis.core.ClientBuilder;
import org.eventapis.core.RetryPolicy;

/** What every Pact test writes the same way, whatever the API. */
public final class PactDsl {

  public static final String JSON = "application/json";

  /**
   * Matches the JSON content type with or without parameters. Bodies built with the Pact DSL make
   * the mock server expect {@code application/json; charset=UTF-8}, while Feign sends plain
   * {@code application/json}; without this the mock answers 500.
   */
  public static final String JSON_PATTERN = "application/json(;.*)?";

  /** A made-up key: the pact records the credential header's shape, never a real key. */
  public static final String TEST_API_KEY = "test-api-key";

  private PactDsl() {}

  /** The request carries {@code json}, exactly as the client writes it. */
  public static PactDslRequestWithPath sends(PactDslRequestWithPath request, String json) {
    return request.matchHeader("Content-Type", JSON_PATTERN, JSON).body(json, JSON);
  }

  /** The request carries a JSON body built with the Pact DSL. */
  public static PactDslRequestWithPath sends(PactDslRequestWithPath request, DslPart body) {
    return request.matchHeader("Content-Type", JSON_PATTERN, JSON).body(body);
  }

  /** Completes an interaction: the provider answers {@code status} with a JSON {@code body}. */
  public static V4Pact answers(PactDslRequestWithPath request, int status, DslPart body) {
    return answering(request, status, body).toPact(V4Pact.class);
  }

  /** Completes an interaction whose answer has no body, such as a 204. */
  public static V4Pact answers(PactDslRequestWithPath request, int status) {
    return request.willRespondWith().status(status).toPact(V4Pact.class);
  }

  /** The provider's answer, open for more headers. */
  public static PactDslResponse answering(PactDslRequestWithPath request, int status, DslPart body) {
    return request
        .willRespondWith()
        .status(status)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(body);
  }

  /** A body holding one object in {@code data}, as PERSCOM and Timekit answer for one record. */
  public static DslPart data(Consumer<LambdaDslObject> item) {
    return newJsonBody(body -> body.object("data", item)).build();
  }

  /** A body holding exactly these objects, in this order, in {@code data}. */
  @SafeVarargs
  public static DslPart dataArray(Consumer<LambdaDslObject>... items) {
    return newJsonBody(
            body ->
                body.array(
                    "data",
                    array -> {
                      for (Consumer<LambdaDslObject> item : items) {
                        array.object(item);
                      }
                    }))
        .build();
  }

  /** A body holding at least {@code min} objects shaped like {@code item} in {@code data}. */
  public static DslPart dataEachLike(int min, Consumer<LambdaDslObject> item) {
    return newJsonBody(body -> body.minArrayLike("data", min, item)).build();
  }

  /**
   * A client builder pointed at the mock server, with the test key and retries off: a contract
   * test records one exchange per interaction, and the retry rules have their own
   * fault-injection suite.
   */
  public static <B extends ClientBuilder<B>> B pointedAt(
      B builder, MockServer server, String provider) {
    return builder
        .baseUrl(server.getUrl() + Specs.basePath(provider))
        .apiKey(TEST_API_KEY)
        .retryPolicy(RetryPolicy.disabled());
  }
}
