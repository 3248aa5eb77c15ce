package org.eventapis.core;

/** HTTP 401: the credentials are missing, wrong or expired. */
public class AuthenticationException extends EventApiException {

  public AuthenticationException(String api, int status, ErrorDetails details, String responseBody) {
    super(api, status, details, responseBody);
  }
}
