package org.eventapis.contracts.support;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.core.model.V4Pact;

/** What every Pact test writes the same way. */
public final class PactDsl {

  public static final String JSON = "application/json";

  /**
   * Matches the JSON content type with or without parameters. Bodies built with the Pact DSL make
   * the mock server expect {@code application/json; charset=UTF-8}, while Feign sends plain
   * {@code application/json}; without this the mock answers 500.
   */
  public static final String JSON_PATTERN = "application/json(;.*)?";

  private PactDsl() {}

  /**
   * Completes an interaction: the provider answers {@code status} with a JSON {@code body}.
   *
   * @param request the request side, as far as the test built it
   */
  public static V4Pact answers(PactDslRequestWithPath request, int status, DslPart body) {
    return request
        .willRespondWith()
        .status(status)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(body)
        .toPact(V4Pact.class);
  }
}
