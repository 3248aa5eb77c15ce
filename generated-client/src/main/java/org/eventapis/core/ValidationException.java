package org.eventapis.core;

import java.time.Duration;

/** HTTP 400 or 422: the request was rejected as invalid; {@link #fieldErrors()} names the fields. */
public class ValidationException extends EventApiException {

  public ValidationException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    super(api, status, details, responseBody, retryAfter);
  }
}
