package org.eventapis.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call to one of the APIs failed. Subclasses name the category a caller usually branches on:
 * an error status ({@link AuthenticationException}, {@link ValidationException}, ...), a response
 * that could not be read ({@link ResponseFormatException}), or no response at all ({@link
 * ApiConnectionException}).
 *
 * <p>Messages never contain credentials or the raw body; use {@link #responseBody()} for that.
 */
public class EventApiException extends RuntimeException {

  private final String api;
  private final int status;
  private final transient ErrorDetails details;
  private final String responseBody;
  private final Duration retryAfter;

  /** An error status with the body the vendor sent. */
  public EventApiException(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    this(api, status, details, responseBody, retryAfter, describe(api, status, details), null);
  }

  protected EventApiException(
      String api,
      int status,
      ErrorDetails details,
      String responseBody,
      Duration retryAfter,
      String message,
      Throwable cause) {
    super(message, cause);
    this.api = api;
    this.status = status;
    this.details = details == null ? ErrorDetails.unparsed() : details;
    this.responseBody = responseBody == null ? "" : responseBody;
    this.retryAfter = retryAfter;
  }

  /** The API's lower-case name, such as {@code perscom}. */
  public String api() {
    return api;
  }

  /** The HTTP status of the response, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /**
   * The vendor's machine-readable error code: PERSCOM's {@code error.type}, Unipile's
   * {@code type} (such as {@code errors/missing_credentials}). Empty when the body had none.
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(details.code());
  }

  /** The vendor's human-readable message, when the body had one. */
  public Optional<String> vendorMessage() {
    return Optional.ofNullable(details.message());
  }

  /** The request id the vendor assigned, when it sends one (PERSCOM does). */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /** Validation messages by field name; empty when the body named no fields. */
  public Map<String, List<String>> fieldErrors() {
    return details.fieldErrors();
  }

  /** Whether the error body could be read as the vendor documents it. */
  public boolean isBodyParsed() {
    return details.parsed();
  }

  /** The response body as received (cut at 1 MiB), or empty when there was none. */
  public String responseBody() {
    return responseBody;
  }

  /** How long the server asked to wait before trying again, when it sent {@code Retry-After}. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static String describe(String api, int status, ErrorDetails details) {
    StringBuilder text = new StringBuilder(api).append(" answered HTTP ").append(status);
    if (details == null) {
      return text.toString();
    }
    if (details.code() != null) {
      text.append(" (").append(details.code()).append(')');
    }
    if (details.message() != null) {
      text.append(": ").append(details.message());
    }
    if (!details.fieldErrors().isEmpty()) {
      text.append(" fields ").append(details.fieldErrors().keySet());
    }
    if (details.requestId() != null) {
      text.append(" [request ").append(details.requestId()).append(']');
    }
    return text.toString();
  }
}
