package org.eventapis.core;

import java.time.Duration;

/** HTTP 402 or 403: the credentials are valid but not allowed to do this (missing scope, no subscription, restricted account). */
public class PermissionException extends EventApiException {

  public PermissionException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    super(api, status, details, responseBody, retryAfter);
  }
}
