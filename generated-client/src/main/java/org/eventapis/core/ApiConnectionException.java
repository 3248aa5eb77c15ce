package org.eventapis.core;

/**
 * No usable response arrived: the connection was refused or reset, or a timeout ran out. {@link
 * #status()} is 0. Whether the server acted on the request is unknown unless {@link
 * #requestNotSent()} says it cannot have.
 */
public class ApiConnectionException extends EventApiException {

  private final boolean timeout;
  private final boolean requestNotSent;

  public ApiConnectionException(
      String api, String message, Throwable cause, boolean timeout, boolean requestNotSent) {
    super(api, 0, ErrorDetails.unparsed(), "", null, message, cause);
    this.timeout = timeout;
    this.requestNotSent = requestNotSent;
  }

  /** True when a connect or read timeout ran out. */
  public boolean isTimeout() {
    return timeout;
  }

  /** True when the connection failed before the request could be sent (refused, unknown host). */
  public boolean requestNotSent() {
    return requestNotSent;
  }
}
