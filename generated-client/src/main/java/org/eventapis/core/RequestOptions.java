package org.eventapis.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings for some calls only: a timeout, extra headers and a retry policy that take the place
 * of the client's own for the calls made through a client's {@code withOptions(...)} view. The
 * view shares the client's connections, so one slow call can have a longer timeout, or one
 * request a header of its own, without a second client.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder().timeout(Duration.ofMinutes(2)).build();
 * EventPage page = perscom.withOptions(patient).events().listEvents(100, 1, List.of());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RequestOptions {

  private static final RequestOptions NONE = new RequestOptions(null, Map.of(), null);

  /** RFC 9110 field names: one or more token characters. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * Headers a call cannot set for itself: credentials belong to the client (and are redacted in
   * logs only under their own names), the body's type to the generated method, and the rest to
   * the HTTP transport, which refuses or duplicates them.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "authorization", "proxy-authorization", "x-api-key", "content-type", "content-length",
          "transfer-encoding", "host", "connection", "expect", "upgrade", "te", "trailer");

  private final Duration timeout;
  private final Map<String, String> headers;
  private final RetryPolicy retryPolicy;

  private RequestOptions(Duration timeout, Map<String, String> headers, RetryPolicy retryPolicy) {
    this.timeout = timeout;
    this.headers = headers;
    this.retryPolicy = retryPolicy;
  }

  /** Options that change nothing: every call goes as the client would send it. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The longest each attempt of a call may take, waiting for the answer and reading it, in
   * place of the client's read and call timeouts. Empty: the client's.
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Headers sent with every request of a call, in the order they were set. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The retry policy in place of the client's. Empty: the client's. */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** Whether these options leave every call as the client would send it. */
  public boolean isEmpty() {
    return timeout == null && headers.isEmpty() && retryPolicy == null;
  }

  /**
   * These options with {@code more} applied on top: its timeout and retry policy win where it
   * sets them, and its headers are added, each replacing a header of the same name.
   */
  public RequestOptions and(RequestOptions more) {
    Objects.requireNonNull(more, "more");
    if (more.isEmpty()) {
      return this;
    }
    Map<String, String> merged = new LinkedHashMap<>(headers);
    more.headers.forEach((name, value) -> putReplacing(merged, name, value));
    return new RequestOptions(
        more.timeout != null ? more.timeout : timeout,
        Collections.unmodifiableMap(merged),
        more.retryPolicy != null ? more.retryPolicy : retryPolicy);
  }

  /**
   * A view of a generated interface whose every call is made with these options. The clients'
   * {@code withOptions(...)} apply it to each interface they hand out.
   *
   * @param api the generated interface
   * @param client an implementation from one of this library's clients
   */
  public <T> T applyTo(Class<T> api, T client) {
    return isEmpty() ? client : CallScope.bind(api, client, this);
  }

  /** Header values are left out: they may be tokens or personal data. */
  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout + ", headers=" + headers.keySet()
        + ", retryPolicy=" + retryPolicy + "]";
  }

  private static void putReplacing(Map<String, String> headers, String name, String value) {
    headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    headers.put(name, value);
  }

  /** Builds {@link RequestOptions}; every setting is optional. */
  public static final class Builder {

    private Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private RetryPolicy retryPolicy;

    private Builder() {}

    /**
     * The longest each attempt may take in all, and the longest it may wait for data, in place
     * of the client's read and call timeouts. Retries, if any, get the same again each.
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be a positive duration");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sends a header with every request of the call; replaces a header of the same name the
     * client would send (such as {@code X-Perscom-Id} or {@code Timekit-Timezone}).
     *
     * @throws IllegalArgumentException for a name that is not a valid header name, a value with
     *     a line break or another control character, or a header the client or the transport
     *     owns: credentials, {@code Content-Type}, {@code Content-Length}, {@code Host} and the
     *     connection headers
     */
    public Builder header(String name, String value) {
      if (name == null || !TOKEN.matcher(name).matches()) {
        throw new IllegalArgumentException("not a valid header name: " + name);
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            name + " cannot be set per call: the client or its transport sets it");
      }
      if (value == null || value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
        throw new IllegalArgumentException(
            "the value of header " + name + " is missing or holds a control character");
      }
      putReplacing(headers, name, value);
      return this;
    }

    /** When and how patiently to resend, in place of the client's policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(
          timeout, Collections.unmodifiableMap(new LinkedHashMap<>(headers)), retryPolicy);
    }
  }
}
