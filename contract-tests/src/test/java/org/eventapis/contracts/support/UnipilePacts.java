package org.eventapis.contracts.support;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;

/** Request and body shapes shared by the Unipile Pact tests. */
public final class UnipilePacts {

  private UnipilePacts() {}

  /** Every request carries the key in {@code X-API-KEY}; the pact keeps its shape only. */
  public static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
    return request.matchHeader("X-API-KEY", "\\S+", Clients.TEST_API_KEY);
  }

  /** Unipile's error body; {@code status} repeats the HTTP status, as the API does. */
  public static DslPart errorBody(int status, String type, String title) {
    return newJsonBody(
            error -> {
              error.stringType("title", title);
              error.stringType("detail", "The request could not be completed.");
              error.stringType("instance", "0c6f2b9e-4d1a-4e7b-9a3c-5f8e2d1b7a40");
              error.stringValue("type", type);
              error.numberValue("status", status);
            })
        .build();
  }
}
