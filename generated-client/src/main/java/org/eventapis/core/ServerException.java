package org.eventapis.core;

import java.time.Duration;

/** HTTP 5xx: the server failed or is unavailable. */
public class ServerException extends EventApiException {

  public ServerException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    super(api, status, details, responseBody, retryAfter);
  }
}
