package org.eventapis.core;

import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Feign's exchange log, sent to SLF4J at DEBUG, with credential headers redacted: those of the
 * API's security schemes, which the generated {@code ApiClient.CREDENTIAL_HEADERS} lists from
 * the spec, and {@code Proxy-Authorization}, which a transport may add whatever the API.
 */
final class RedactingLogger extends feign.Logger {

  static final String REDACTED = "<redacted>";

  private static final String PROXY_AUTHORIZATION = "proxy-authorization";

  /** The most of a body that is logged, and so held at once for logging: 1 MiB. */
  static final int BODY_LOG_LIMIT = 1 << 20;

  private final org.slf4j.Logger log;
  private final Set<String> secretHeaders;

  /**
   * @param api the API's name, the last part of the logger's name
   * @param credentialHeaders the headers whose values are never logged, in any case
   */
  RedactingLogger(String api, Collection<String> credentialHeaders) {
    this.log = LoggerFactory.getLogger("org.eventapis.http." + api);
    Set<String> secret = new HashSet<>();
    secret.add(PROXY_AUTHORIZATION);
    for (String header : credentialHeaders) {
      if (header == null || header.isBlank()) {
        throw new IllegalArgumentException(api + ": a credential header name is empty");
      }
      secret.add(header.toLowerCase(Locale.ROOT));
    }
    this.secretHeaders = Set.copyOf(secret);
  }

  boolean isSecret(String header) {
    return secretHeaders.contains(header.toLowerCase(Locale.ROOT));
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (log.isDebugEnabled()) {
      log.debug(methodTag(configKey) + String.format(format, args));
    }
  }

  @Override
  protected void logRequest(String configKey, Level logLevel, Request request) {
    if (!log.isDebugEnabled()) {
      return;
    }
    log(configKey, "---> %s %s HTTP/1.1", request.httpMethod().name(), request.url());
    if (logLevel.ordinal() < Level.HEADERS.ordinal()) {
      return;
    }
    request
        .headers()
        .forEach(
            (name, values) ->
                values.forEach(value -> log(configKey, "%s: %s", name, isSecret(name) ? REDACTED : value)));
    byte[] body = request.body();
    int length = body == null ? 0 : body.length;
    if (logLevel == Level.FULL && length > 0) {
      log(configKey, "");
      log(configKey, "%s", new String(body, request.charset() == null ? StandardCharsets.UTF_8 : request.charset()));
    }
    log(configKey, "---> END HTTP (%s-byte body)", length);
  }

  /**
   * Logs the answer without ever holding more of its body than {@link #BODY_LOG_LIMIT}: Feign's
   * own version reads the whole body into memory at HEADERS and FULL, so that a large or endless
   * body would exhaust the heap and a body cut off mid-way would fail differently than with
   * logging off. Here the first bytes are logged and handed on, followed by the rest of the
   * stream untouched; a read that fails is handed on as the same failure, where the decoder
   * meets it exactly as it would without logging.
   */
  @Override
  protected Response logAndRebufferResponse(
      String configKey, Level logLevel, Response response, long elapsedTime) throws IOException {
    if (!log.isDebugEnabled()) {
      return response;
    }
    log(configKey, "<--- HTTP/1.1 %s (%sms)", response.status(), elapsedTime);
    if (logLevel.ordinal() < Level.HEADERS.ordinal()) {
      return response;
    }
    response
        .headers()
        .forEach(
            (name, values) ->
                values.forEach(value -> log(configKey, "%s: %s", name, isSecret(name) ? REDACTED : value)));
    if (response.body() == null || logLevel != Level.FULL) {
      log(configKey, "<--- END HTTP");
      return response;
    }
    InputStream in = response.body().asInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    IOException failure = null;
    byte[] buffer = new byte[8192];
    try {
      while (head.size() < BODY_LOG_LIMIT) {
        int read = in.read(buffer, 0, Math.min(buffer.length, BODY_LOG_LIMIT - head.size()));
        if (read < 0) {
          break;
        }
        head.write(buffer, 0, read);
      }
    } catch (IOException broken) {
      failure = broken;
    }
    byte[] logged = head.toByteArray();
    if (logged.length > 0) {
      log(configKey, "");
      log(configKey, "%s", new String(logged, StandardCharsets.UTF_8));
    }
    if (failure != null) {
      log(configKey, "<--- BODY CUT OFF after %s bytes (%s)", logged.length, failure.getClass().getSimpleName());
    } else if (logged.length == BODY_LOG_LIMIT) {
      log(configKey, "<--- END OF LOGGED BODY (first %s bytes; the rest is not logged)", logged.length);
    } else {
      log(configKey, "<--- END HTTP (%s-byte body)", logged.length);
    }
    InputStream rest = failure == null ? in : new FailingStream(failure, in);
    return response.toBuilder()
        .body(new SequenceInputStream(new ByteArrayInputStream(logged), rest), response.body().length())
        .build();
  }

  /** Fails every read with the failure the logger met, so the decoder meets it too. */
  private static final class FailingStream extends InputStream {
    private final IOException failure;
    private final InputStream source;

    FailingStream(IOException failure, InputStream source) {
      this.failure = failure;
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }
}
