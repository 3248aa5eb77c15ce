package org.eventapis.core;

/**
 * A successful status came with a body the client could not read as the spec describes: empty,
 * not JSON (an HTML page from a proxy), cut off, or of the wrong shape. The request itself was
 * handled by the server.
 */
public class ResponseFormatException extends EventApiException {

  public ResponseFormatException(
      String api, int status, String message, String responseBody, Throwable cause) {
    super(api, status, ErrorDetails.unparsed(), responseBody, null, message, cause);
  }
}
