package org.eventapis.contracts.support;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.eventapis.contracts.support.PactDsl.JSON;
import static org.eventapis.contracts.support.PactDsl.JSON_PATTERN;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import java.util.function.Consumer;

/** Request and body shapes shared by the PERSCOM Pact tests. */
public final class PerscomPacts {

  private PerscomPacts() {}

  /** Every request carries the bearer key; the pact keeps its shape, not a real key. */
  public static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
    return request.matchHeader("Authorization", "Bearer \\S+", "Bearer " + Clients.TEST_API_KEY);
  }

  /**
   * An interaction in which PERSCOM rejects a request body with 422, naming {@code field}.
   *
   * @param body the exact JSON the client sends
   */
  public static V4Pact rejectedBody(
      PactDslWithProvider builder,
      String state,
      String description,
      String method,
      String path,
      String body,
      String field) {
    return PactDsl.answers(
        authorized(builder.given(state).uponReceiving(description).method(method).path(path))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(body, JSON),
        422,
        errorEnvelope("ValidationException", field));
  }

  /** PERSCOM's error envelope; {@code field}, when given, is named in {@code error.errors}. */
  public static DslPart errorEnvelope(String type, String field) {
    Consumer<LambdaDslObject> error =
        e -> {
          e.stringType("message", "The request could not be completed.");
          e.stringValue("type", type);
          e.uuid("request_id");
          e.uuid("trace_id");
          if (field != null) {
            e.object(
                "errors",
                errors -> errors.array(field, messages -> messages.stringType("Invalid value.")));
          }
        };
    return newJsonBody(body -> body.object("error", error)).build();
  }
}
