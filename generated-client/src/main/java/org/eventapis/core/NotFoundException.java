package org.eventapis.core;

/** HTTP 404: the addressed resource does not exist. */
public class NotFoundException extends EventApiException {

  public NotFoundException(String api, int status, ErrorDetails details, String responseBody) {
    super(api, status, details, responseBody);
  }
}
