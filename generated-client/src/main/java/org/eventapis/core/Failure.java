package org.eventapis.core;

import feign.Request.HttpMethod;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one decision about a failed call: what it becomes for the caller, and whether sending the
 * request again is safe for its HTTP method. The error decoder, the retryer, the decoder of
 * successful answers and the translation of Feign's exceptions all read this table; none of them
 * decides by itself. README.md's error table is held to it by a test.
 *
 * <p>A request may be resent only where that cannot do twice what it did once: where the server
 * says it did not act or nothing left the client, for every method; where the request
 * may have reached the server, only for idempotent methods; never for an answer the server gave
 * on purpose.
 */
enum Failure {
  VALIDATION(ValidationException.class, ValidationException::new, Resend.NEVER, 400, 422),
  AUTHENTICATION(AuthenticationException.class, AuthenticationException::new, Resend.NEVER, 401),
  PERMISSION(PermissionException.class, PermissionException::new, Resend.NEVER, 402, 403),
  NOT_FOUND(NotFoundException.class, NotFoundException::new, Resend.NEVER, 404),
  RATE_LIMITED(RateLimitedException.class, RateLimitedException::new, Resend.EVERY_METHOD, 429),
  /** The server says it did not act. */
  UNAVAILABLE(ServerException.class, ServerException::new, Resend.EVERY_METHOD, 503),
  /** A gateway gave up; the request may have reached the server behind it. */
  GATEWAY(ServerException.class, ServerException::new, Resend.IDEMPOTENT_ONLY, 502, 504),
  /** Any 5xx not named above. */
  OTHER_SERVER_ERROR(ServerException.class, ServerException::new, Resend.NEVER),
  /** Any status not named above, a 3xx included: redirects are not followed. */
  OTHER_STATUS(EventApiException.class, EventApiException::new, Resend.NEVER),
  /** The connection failed before a byte of the request left: refused, unknown host. */
  NOT_SENT(ApiConnectionException.class, null, Resend.EVERY_METHOD),
  /** No usable answer after the request may have left: a timeout, a reset, a body cut off. */
  NO_ANSWER(ApiConnectionException.class, null, Resend.IDEMPOTENT_ONLY),
  /** A 2xx answer whose body is not what the spec documents. */
  UNREADABLE_ANSWER(ResponseFormatException.class, null, Resend.NEVER);

  /** Methods that can be sent twice without doing twice what they do. */
  private static final Set<HttpMethod> IDEMPOTENT =
      EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

  /** The constructor every exception for an error status has. */
  @FunctionalInterface
  interface StatusException {
    EventApiException create(
        String api, int status, ErrorDetails details, String responseBody, Duration retryAfter);
  }

  private enum Resend {
    NEVER,
    IDEMPOTENT_ONLY,
    EVERY_METHOD
  }

  private final Class<? extends EventApiException> type;
  private final StatusException factory;
  private final Resend resend;
  private final int[] statuses;

  Failure(
      Class<? extends EventApiException> type, StatusException factory, Resend resend, int... statuses) {
    this.type = type;
    this.factory = factory;
    this.resend = resend;
    this.statuses = statuses;
  }

  /** The row for an error status. */
  static Failure ofStatus(int status) {
    for (Failure row : values()) {
      for (int named : row.statuses) {
        if (named == status) {
          return row;
        }
      }
    }
    return status >= 500 && status <= 599 ? OTHER_SERVER_ERROR : OTHER_STATUS;
  }

  /** The row for an I/O failure on the way to an answer or while reading it. */
  static Failure ofConnection(Throwable cause) {
    return cause instanceof ConnectException
            || cause instanceof UnknownHostException
            || cause instanceof NoRouteToHostException
        ? NOT_SENT
        : NO_ANSWER;
  }

  /** The row for whatever a failed attempt left behind: a typed exception or the I/O failure. */
  static Failure of(Throwable cause) {
    if (cause instanceof ApiConnectionException connection) {
      return connection.requestNotSent() ? NOT_SENT : NO_ANSWER;
    }
    if (cause instanceof ResponseFormatException) {
      return UNREADABLE_ANSWER;
    }
    if (cause instanceof EventApiException error) {
      return ofStatus(error.status());
    }
    return ofConnection(cause);
  }

  /** The exception a caller gets for this failure. */
  Class<? extends EventApiException> type() {
    return type;
  }

  /** Whether a retry may cure this failure for some method, so that it is offered to the retryer. */
  boolean mayBeResent() {
    return resend != Resend.NEVER;
  }

  /** Whether a request with this method may be sent again after this failure. */
  boolean mayResend(HttpMethod method) {
    return switch (resend) {
      case NEVER -> false;
      case IDEMPOTENT_ONLY -> method != null && IDEMPOTENT.contains(method);
      case EVERY_METHOD -> true;
    };
  }

  /** The exception for an error status; only the status rows have one. */
  EventApiException exception(
      String api, int status, ErrorDetails details, String responseBody, Duration retryAfter) {
    if (factory == null) {
      throw new IllegalStateException(this + " is not an error status");
    }
    return factory.create(api, status, details, responseBody, retryAfter);
  }

  /** The exception for a connection failure; only {@link #NOT_SENT} and {@link #NO_ANSWER}. */
  ApiConnectionException connectionException(String api, String message, Throwable cause) {
    if (type != ApiConnectionException.class) {
      throw new IllegalStateException(this + " is not a connection failure");
    }
    return new ApiConnectionException(api, message, cause, isTimeout(cause), this == NOT_SENT);
  }

  /** The exception for a successful status whose body cannot be read; only {@link #UNREADABLE_ANSWER}. */
  ResponseFormatException answerException(
      String api, int status, String message, String responseBody, Throwable cause) {
    if (type != ResponseFormatException.class) {
      throw new IllegalStateException(this + " is not an unreadable answer");
    }
    return new ResponseFormatException(api, status, message, responseBody, cause);
  }

  /**
   * A connect, read or call timeout ran out. A thread that was interrupted is not a timeout,
   * though the JDK reports both as an {@link java.io.InterruptedIOException}.
   */
  static boolean isTimeout(Throwable cause) {
    return cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException;
  }
}
