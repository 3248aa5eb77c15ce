package org.eventapis.core;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests; wait before sending more. */
public class RateLimitedException extends EventApiException {

  private final Duration retryAfter;

  public RateLimitedException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    super(api, status, details, responseBody);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked to wait, when it sent {@code Retry-After}. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
