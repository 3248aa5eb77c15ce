package org.eventapis.core;

import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** Feign's exchange log, sent to SLF4J at DEBUG, with credential headers redacted. */
final class RedactingLogger extends feign.Logger {

  static final String REDACTED = "<redacted>";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key");

  private final org.slf4j.Logger log;

  RedactingLogger(String api) {
    this.log = LoggerFactory.getLogger("org.eventapis.http." + api);
  }

  static boolean isSecret(String header) {
    return SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
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
}
