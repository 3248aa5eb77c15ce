package org.eventapis.contracts.support;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.V4Pact;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A success interaction, written in the order a reader asks about it: the provider state, then
 * what the request is called with its method and path (under the API's base path, carrying its
 * credentials), then what it sends, and last the answer. Each API's {@code <Name>Pacts} holds
 * the {@link Api} its interactions start from.
 *
 * <pre>{@code
 * return PERSCOM.given(builder, "event 12 exists", Map.of("id", 12))
 *     .patch("a request to clear event 12's description", "/events/12")
 *     .sends("{\"description\": null}")
 *     .answers(200, data(...));
 * }</pre>
 */
public final class PactRequest {

  /** What an API's requests share: its base path and how a request shows its credentials. */
  public record Api(String basePath, UnaryOperator<PactDslRequestWithPath> credentials) {

    public PactRequest given(PactDslWithProvider builder, String state, Map<String, ?> params) {
      return new PactRequest(this, builder.given(state, params));
    }

    public PactRequest given(PactDslWithProvider builder, String state) {
      return new PactRequest(this, builder.given(state));
    }
  }

  private final Api api;
  private final PactDslWithState state;
  private PactDslRequestWithPath request;

  private PactRequest(Api api, PactDslWithState state) {
    this.api = api;
    this.state = state;
  }

  public PactRequest get(String description, String path) {
    return receiving("GET", description, path);
  }

  public PactRequest post(String description, String path) {
    return receiving("POST", description, path);
  }

  public PactRequest put(String description, String path) {
    return receiving("PUT", description, path);
  }

  public PactRequest patch(String description, String path) {
    return receiving("PATCH", description, path);
  }

  public PactRequest delete(String description, String path) {
    return receiving("DELETE", description, path);
  }

  /** The query string, exactly as the client writes it. */
  public PactRequest query(String query) {
    request = started().query(query);
    return this;
  }

  /** A query parameter matched by {@code regex}, where the client may write it another way. */
  public PactRequest query(String name, String regex, String example) {
    request = started().matchQuery(name, regex, example);
    return this;
  }

  /** The request carries {@code json}, exactly as the client writes it. */
  public PactRequest sends(String json) {
    request = PactDsl.sends(started(), json);
    return this;
  }

  /** The request carries a JSON body built with the Pact DSL. */
  public PactRequest sends(DslPart body) {
    request = PactDsl.sends(started(), body);
    return this;
  }

  /** The provider answers {@code status} with a JSON {@code body}. */
  public V4Pact answers(int status, DslPart body) {
    return PactDsl.answers(started(), status, body);
  }

  /** The provider answers {@code status} with no body, such as a 204. */
  public V4Pact answers(int status) {
    return PactDsl.answers(started(), status);
  }

  private PactRequest receiving(String method, String description, String path) {
    if (request != null) {
      throw new IllegalStateException("the request is already described: " + request);
    }
    request =
        api.credentials()
            .apply(state.uponReceiving(description).method(method).path(api.basePath() + path));
    return this;
  }

  private PactDslRequestWithPath started() {
    if (request == null) {
      throw new IllegalStateException("name the request (get, post, ...) before what it sends");
    }
    return request;
  }
}
