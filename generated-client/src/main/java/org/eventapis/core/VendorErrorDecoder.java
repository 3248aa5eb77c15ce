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
   * The typed exception for the response. For statuses a retry may cure (429, 502, 503, 504) it
   * comes wrapped in Feign's {@link RetryableException}, for {@link BackoffRetryer} to weigh; the
   * client unwraps it before it reaches the caller.
   */
  @Override
  public Exception decode(String methodKey, Response response) {
    EventApiException error = toException(response);
    int status = response.status();
    if (status == 429 || status == 502 || status == 503 || status == 504) {
      return new RetryableException(
          status,
          error.getMessage(),
          response.request().httpMethod(),
          error,
          (Long) null,
          response.request());
    }
    return error;
  }

  private EventApiException toException(Response response) {
    byte[] body = readBody(response);
    ErrorDetails details = safeParse(response.status(), body);
    String text = new String(body, StandardCharsets.UTF_8);
    int status = response.status();
    Duration wait = retryAfter(response);
    return switch (status) {
      case 400, 422 -> new ValidationException(api, status, details, text, wait);
      case 401 -> new AuthenticationException(api, status, details, text, wait);
      case 402, 403 -> new PermissionException(api, status, details, text, wait);
      case 404 -> new NotFoundException(api, status, details, text, wait);
      case 429 -> new RateLimitedException(api, status, details, text, wait);
      default ->
          status >= 500
              ? new ServerException(api, status, details, text, wait)
              : new EventApiException(api, status, details, text, wait);
    };
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
