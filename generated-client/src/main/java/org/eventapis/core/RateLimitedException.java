package org.eventapis.core;

import java.time.Duration;

/** HTTP 429: too many requests; {@link #retryAfter()} says how long to wait, when the server says. */
public class RateLimitedException extends EventApiException {

  public RateLimitedException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    super(api, status, details, responseBody, retryAfter);
  }
}
