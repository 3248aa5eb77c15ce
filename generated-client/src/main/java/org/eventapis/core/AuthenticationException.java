package org.eventapis.core;

import java.time.Duration;

/** HTTP 401: the credentials are missing, wrong or expired. */
public class AuthenticationException extends EventApiException {

  public AuthenticationException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    super(api, status, details, responseBody, retryAfter);
  }
}
