package org.eventapis.core;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * Turns an error response into the {@link EventApiException} subclass for its status. Each API
 * supplies only {@link #parse}, which reads its vendor's documented error body; whatever else
 * arrives (an HTML page from a proxy, an empty or cut-off body) still yields a typed exception,
 * with {@link EventApiException#isBodyParsed()} false.
 */
public abstract class VendorErrorDecoder implements ErrorDecoder {

  /** Error bodies beyond this size are cut; nothing an API documents comes close. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final String api;
  private final Clock clock;

  protected VendorErrorDecoder(String api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  /**
   * Reads the vendor's error body. May throw anything: a body that does not parse is reported as
   * unparsed, never passed to the caller as a parser exception.
   */
  protected abstract ErrorDetails parse(int status, byte[] body) throws IOException;

  /**
   * The typed exception for the response, by {@link Failure}. Where a retry may cure the status
   * it comes wrapped in Feign's {@link RetryableException}, for {@link BackoffRetryer} to weigh;
   * the client unwraps it before it reaches the caller.
   */
  @Override
  public Exception decode(String methodKey, Response response) {
    Failure failure = Failure.ofStatus(response.status());
    EventApiException error = toException(failure, response);
    if (failure.mayBeResent()) {
      return new RetryableException(
          response.status(),
          error.getMessage(),
          response.request().httpMethod(),
          error,
          (Long) null,
          response.request());
    }
    return error;
  }

  private EventApiException toException(Failure failure, Response response) {
    byte[] body = readBody(response);
    ErrorDetails details = safeParse(response.status(), body);
    String text = new String(body, StandardCharsets.UTF_8);
    return failure.exception(api, response.status(), details, text, retryAfter(response));
  }

  private ErrorDetails safeParse(int status, byte[] body) {
    if (body.length == 0) {
      return ErrorDetails.unparsed();
    }
    try {
      ErrorDetails details = parse(status, body);
      return details == null ? ErrorDetails.unparsed() : details;
    } catch (IOException | RuntimeException notTheDocumentedShape) {
      return ErrorDetails.unparsed();
    }
  }

  private Duration retryAfter(Response response) {
    Collection<String> values = response.headers().get("Retry-After");
    if (values == null || values.isEmpty()) {
      return null;
    }
    return RetryAfter.parse(values.iterator().next(), clock).orElse(null);
  }

  private static byte[] readBody(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(MAX_BODY_BYTES);
    } catch (IOException unreadable) {
      return new byte[0];
    }
  }
}
