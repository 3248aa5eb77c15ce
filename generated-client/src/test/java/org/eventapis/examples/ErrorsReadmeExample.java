package org.eventapis.examples;

import java.time.Duration;
import java.util.List;
import org.eventapis.core.EventApiException;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.core.ValidationException;
import org.eventapis.perscom.PerscomClient;

/**
 * The errors code shown in README.md, kept here so that it compiles with every build and cannot
 * drift from the generated API. It is not run: it would need the real service.
 */
final class ErrorsReadmeExample {

  private ErrorsReadmeExample() {}

  static void errors(PerscomClient perscom) {
    // --- errors ---
    try {
      perscom.events().getEvent(12L, List.of());
    } catch (NotFoundException e) {
      // 404: e.status(), e.errorCode(), e.requestId()
    } catch (ValidationException e) {
      e.fieldErrors().forEach((field, messages) -> System.err.println(field + ": " + messages));
    } catch (RateLimitedException e) {
      Duration wait = e.retryAfter().orElse(Duration.ofSeconds(60));
    } catch (EventApiException e) {
      // any other error status; e.responseBody() holds the raw body
    }
    // --- end errors ---
  }

  static void retries(String key) {
    // --- retries ---
    PerscomClient.builder().apiKey(key)
        .retryPolicy(RetryPolicy.builder().maxAttempts(5).maxBackoff(Duration.ofSeconds(10)).build())
        .build();
    PerscomClient.builder().apiKey(key).retryPolicy(RetryPolicy.disabled()).build();  // send once
    // --- end retries ---
  }
}
