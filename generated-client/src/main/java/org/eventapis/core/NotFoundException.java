package org.eventapis.core;

import java.time.Duration;

/** HTTP 404: the addressed resource does not exist. */
public class NotFoundException extends EventApiException {

  public NotFoundException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    super(api, status, details, responseBody, retryAfter);
  }
}
