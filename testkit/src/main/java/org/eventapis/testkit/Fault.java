package org.eventapis.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A way a real API, or the network in front of it, lets a caller down. Each preset maps to one
 * row of the client's error table (README, "Errors"); give it to {@link OperationStub#fails}:
 *
 * <pre>{@code
 * perscom.onCreateEvent().fails(Fault.rateLimited(Duration.ofSeconds(7))).once();
 * }</pre>
 *
 * <p>Answers with a status carry the vendor's own error body from the spec. Presets that stand
 * for the vendor's decision (401, 402, 403, 429) are refused for an operation whose spec does not
 * document that status, since the API never answers it there; failures of the infrastructure
 * (502, 503, no answer, reset) are offered for every operation.
 */
public final class Fault {

  enum Kind {
    RATE_LIMITED,
    UNAVAILABLE,
    BAD_GATEWAY,
    NO_ANSWER,
    CONNECTION_RESET,
    MALFORMED_JSON,
    EMPTY_BODY,
    UNKNOWN_ENUM_VALUE,
    UNKNOWN_FIELD,
    INVALID_KEY,
    FORBIDDEN,
    PAYMENT_REQUIRED
  }

  private final Kind kind;
  private final Duration retryAfter;

  private Fault(Kind kind, Duration retryAfter) {
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  /** 429 with the vendor's body and no {@code Retry-After}: {@code RateLimitedException}. */
  public static Fault rateLimited() {
    return new Fault(Kind.RATE_LIMITED, null);
  }

  /**
   * 429 with {@code Retry-After} in whole seconds: {@code RateLimitedException} whose
   * {@code retryAfter()} holds the wait.
   */
  public static Fault rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    return new Fault(Kind.RATE_LIMITED, retryAfter);
  }

  /**
   * 503, with the vendor's body where the spec documents one and a plain text page otherwise:
   * {@code ServerException}. The client retries it for every method.
   */
  public static Fault unavailable() {
    return new Fault(Kind.UNAVAILABLE, null);
  }

  /**
   * 502 with the HTML page a proxy or load balancer sends: {@code ServerException}, with
   * {@code isBodyParsed()} false.
   */
  public static Fault badGateway() {
    return new Fault(Kind.BAD_GATEWAY, null);
  }

  /**
   * The connection is accepted and nothing is ever answered, until the test ends:
   * {@code ApiConnectionException} with {@code isTimeout()} once the client's read timeout runs
   * out.
   */
  public static Fault noAnswer() {
    return new Fault(Kind.NO_ANSWER, null);
  }

  /** The connection is reset before any answer: {@code ApiConnectionException}. */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, null);
  }

  /**
   * The success status with the default answer cut off half-way: {@code
   * ResponseFormatException}.
   */
  public static Fault malformedJson() {
    return new Fault(Kind.MALFORMED_JSON, null);
  }

  /**
   * The success status with no body at all: {@code ResponseFormatException} (except where the
   * spec lets the answer be empty, such as Timekit's delete, which then returns null).
   */
  public static Fault emptyBody() {
    return new Fault(Kind.EMPTY_BODY, null);
  }

  /**
   * The default answer with one enum value replaced by a value the spec does not list, as when
   * the vendor adds one: no exception, the value decodes to {@code UNKNOWN_DEFAULT_OPEN_API}.
   * Refused for an operation whose answer holds no enum.
   */
  public static Fault unknownEnumValue() {
    return new Fault(Kind.UNKNOWN_ENUM_VALUE, null);
  }

  /**
   * The default answer with a property the spec does not know added to every object in it, as
   * when the vendor adds a field: no exception, the property is ignored.
   */
  public static Fault unknownField() {
    return new Fault(Kind.UNKNOWN_FIELD, null);
  }

  /**
   * 401 with the vendor's body for a key that is wrong, expired or revoked:
   * {@code AuthenticationException} carrying the vendor's error code.
   */
  public static Fault invalidKey() {
    return new Fault(Kind.INVALID_KEY, null);
  }

  /** 403 with the vendor's body for a key that may not do this: {@code PermissionException}. */
  public static Fault forbidden() {
    return new Fault(Kind.FORBIDDEN, null);
  }

  /**
   * 402 with the vendor's body for a subscription that does not cover the call:
   * {@code PermissionException}. Only PERSCOM answers 402; the others say so with 403
   * ({@link #forbidden()}).
   */
  public static Fault paymentRequired() {
    return new Fault(Kind.PAYMENT_REQUIRED, null);
  }

  Kind kind() {
    return kind;
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fault that && kind == that.kind && Objects.equals(retryAfter, that.retryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, retryAfter);
  }

  @Override
  public String toString() {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return retryAfter == null ? name : name + " (Retry-After " + retryAfter.toSeconds() + " s)";
  }
}
