package org.eventapis.core;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Settings every client shares. Each API's builder extends this and adds what only that API
 * needs.
 *
 * @param <B> the concrete builder, so that chained calls keep its type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
  /** 64 MiB: far beyond any answer these APIs document, small enough to keep a heap safe. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

  private String baseUrl;
  private String apiKey;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = DEFAULT_READ_TIMEOUT;
  private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
  private boolean allowInsecureHttp;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private LogLevel logLevel = LogLevel.NONE;
  private feign.Client transport;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

  protected ClientBuilder() {}

  protected abstract B self();

  /** Where the API lives; each API documents its default, if it has one. */
  public B baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return self();
  }

  /** The API key. Required. */
  public B apiKey(String apiKey) {
    this.apiKey = apiKey;
    return self();
  }

  /** How long to wait for a TCP connection; 10 seconds unless set. */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    return self();
  }

  /** How long to wait for response data once connected; 30 seconds unless set. */
  public B readTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
    return self();
  }

  /**
   * The most one attempt may take from start to end, body included; 2 minutes unless set. The
   * read timeout alone would let a server that sends a byte now and then hold a call forever.
   */
  public B callTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
    return self();
  }

  /**
   * Allows sending the API key over plain {@code http://} to a host that is not loopback. Off by
   * default: on an open network that would hand the key to anyone listening.
   */
  public B allowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
    return self();
  }

  /**
   * When and how patiently to resend a failed request; {@link RetryPolicy#defaults()} unless set,
   * {@link RetryPolicy#disabled()} to send every request once. Writes (POST, PATCH) are never
   * resent after they may have reached the server, whatever the policy.
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = retryPolicy;
    return self();
  }

  /** How much of each exchange to log at DEBUG; {@link LogLevel#NONE} unless set. */
  public B logLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
    return self();
  }

  /**
   * The most bytes of a successful answer's body the client reads, after decompression; 64 MiB
   * unless set. A larger answer fails the call with a {@link ResponseFormatException} instead of
   * filling the heap. Error bodies are always cut at 1 MiB.
   */
  public B maxResponseBytes(long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /**
   * Sends requests through this Feign client instead of the JDK's {@code java.net.http} client:
   * for a proxy, your own TLS set-up, tracing, or an HTTP library your application already uses
   * ({@code feign-okhttp}, {@code feign-hc5}). Timeouts, retries, typed errors and redacted
   * logging work the same over it. Configure it not to follow redirects and not to retry on its
   * own, or those promises no longer hold. You keep owning it: closing the API client leaves it
   * open.
   */
  public B transport(feign.Client transport) {
    this.transport = transport;
    return self();
  }

  /** The transport for a client with these settings: the caller's, or a new JDK one. */
  protected ClientTransport transport(ClientSettings settings) {
    return ClientTransport.create(settings, transport, maxResponseBytes);
  }

  /**
   * Checks the settings and fills in defaults.
   *
   * @throws IllegalStateException naming the setting that is missing or wrong
   */
  protected ClientSettings settings(String api, String defaultBaseUrl) {
    String url = baseUrl != null ? baseUrl : defaultBaseUrl;
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(api + ": baseUrl is required (this API has no default)");
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalStateException(api + ": apiKey is required");
    }
    requireHeaderSafe(api, "apiKey", apiKey);
    if (retryPolicy == null || logLevel == null) {
      throw new IllegalStateException(api + ": retryPolicy and logLevel must not be null");
    }
    requirePositive(api, "connectTimeout", connectTimeout);
    requirePositive(api, "readTimeout", readTimeout);
    requirePositive(api, "callTimeout", callTimeout);
    if (maxResponseBytes <= 0) {
      throw new IllegalStateException(api + ": maxResponseBytes must be positive");
    }
    URI uri = parse(api, url);
    boolean plainHttp = "http".equals(uri.getScheme());
    if (plainHttp && !allowInsecureHttp && !isLoopback(uri.getHost())) {
      throw new IllegalStateException(
          api + ": refusing to send the API key over plain http to " + uri.getHost()
              + "; use https, or allowInsecureHttp(true) if this is intended");
    }
    String normalized = uri.toString();
    normalized = normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
    return new ClientSettings(
        api, normalized, apiKey, connectTimeout, readTimeout, callTimeout, retryPolicy, logLevel);
  }

  /**
   * Parses the base URL, with its scheme in lower case ({@code HTTPS://} is the same URL). The
   * URL is never echoed in a message: it may carry a password.
   */
  private static URI parse(String api, String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          api + ": baseUrl is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalStateException(api + ": baseUrl must be an http(s) URL with a host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalStateException(
          api + ": baseUrl must not carry a user name or password (user:password@); the API key"
              + " is the only credential, and a password in the URL would end up in logs");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalStateException(api + ": baseUrl must not have a query or a fragment");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return URI.create(
        scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path);
  }

  /**
   * Refuses a value the HTTP layer would reject in a header (a line break, a control or non-ASCII
   * character), here rather than on the first call, and without echoing the value: it may be a
   * secret.
   */
  protected static void requireHeaderSafe(String api, String setting, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalStateException(
            api + ": " + setting + " has a character at position " + (i + 1)
                + " that cannot be sent in an HTTP header (a line break, a control character or"
                + " a non-ASCII character); check for a trailing newline");
      }
    }
    if (!value.equals(value.strip())) {
      throw new IllegalStateException(
          api + ": " + setting + " starts or ends with a space; check how it was read");
    }
  }

  private static void requirePositive(String api, String name, Duration value) {
    // Feign carries timeouts as int milliseconds: beyond that, or under one, every call fails.
    if (value == null
        || value.compareTo(Duration.ofMillis(1)) < 0
        || value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
      throw new IllegalStateException(
          api + ": " + name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms (about 24 days)");
    }
  }


  private static boolean isLoopback(String host) {
    if ("localhost".equalsIgnoreCase(host)) {
      return true;
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // a name other than localhost: do not resolve it just to decide this
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
