package org.eventapis.core;

/** HTTP 5xx: the server failed or is unavailable. */
public class ServerException extends EventApiException {

  public ServerException(String api, int status, ErrorDetails details, String responseBody) {
    super(api, status, details, responseBody);
  }
}
