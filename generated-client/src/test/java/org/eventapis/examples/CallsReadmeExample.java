package org.eventapis.examples;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.eventapis.core.RequestOptions;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.ApiResponse;
import org.eventapis.perscom.generated.model.EventEnvelope;
import org.eventapis.perscom.generated.model.EventPage;

/**
 * The code on raw responses and per-call options shown in README.md, kept here so that it
 * compiles with every build and cannot drift from the generated API. It is not run: it would
 * need the real service.
 */
final class CallsReadmeExample {

  private CallsReadmeExample() {}

  static void rawResponses(PerscomClient perscom) {
    // --- raw responses ---
    ApiResponse<EventEnvelope> answer = perscom.events().getEventWithHttpInfo(12L, List.of());
    int status = answer.getStatusCode();
    Collection<String> remaining =
        answer.getHeaders().getOrDefault("X-RateLimit-Remaining", List.of());  // any case
    EventEnvelope event = answer.getData();
    // --- end raw responses ---
  }

  static void requestOptions(PerscomClient perscom, String correlationId) {
    // --- request options ---
    RequestOptions export = RequestOptions.builder()
        .timeout(Duration.ofMinutes(3))      // this call only; the client keeps its 30 s
        .header("X-Correlation-Id", correlationId)
        .retryPolicy(RetryPolicy.disabled())
        .build();

    EventPage big = perscom.withOptions(export).events().listEvents(1000, 1, List.of());
    // --- end request options ---
  }
}
