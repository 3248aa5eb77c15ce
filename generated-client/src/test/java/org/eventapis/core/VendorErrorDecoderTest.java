package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Response;
import feign.RetryableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eventapis.support.ReadmeErrorTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VendorErrorDecoderTest {

  private static final ReadmeErrorTable README = ReadmeErrorTable.read();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

  /** Reads bodies of the form {@code code|message}; anything else fails like a parser would. */
  private static final class PipeDecoder extends VendorErrorDecoder {
    PipeDecoder() {
      super("testapi", CLOCK);
    }

    @Override
    protected ErrorDetails parse(int status, byte[] body) {
      String[] parts = new String(body, StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 2) {
        throw new IllegalArgumentException("not a pipe body");
      }
      return new ErrorDetails(parts[0], parts[1], null, Map.of(), true);
    }
  }

  /** Every status README.md's error table names, and some it covers as "any other". */
  static IntStream statuses() {
    return IntStream.concat(README.namedStatuses().stream().mapToInt(Integer::intValue), IntStream.of(302, 409, 500, 501, 599));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("statuses")
  void decode_status_givesTheExceptionTheReadmeNames(int status) {
    Exception decoded = typed(new PipeDecoder().decode("m", response(status, "code|message", Map.of())));

    assertThat(decoded.getClass()).isEqualTo(README.forStatus(status).exceptionType());
    assertThat(((EventApiException) decoded).status()).isEqualTo(status);
  }

  @Test
  void decode_documentedBody_carriesCodeAndMessage() {
    EventApiException decoded =
        (EventApiException) typed(new PipeDecoder().decode("m", response(422, "bad_input|Name is required", Map.of())));

    assertThat(decoded.errorCode()).contains("bad_input");
    assertThat(decoded.vendorMessage()).contains("Name is required");
    assertThat(decoded.isBodyParsed()).isTrue();
    assertThat(decoded.api()).isEqualTo("testapi");
  }

  @Test
  void decode_htmlFromAProxy_givesTypedExceptionWithTheRawBody() {
    String html = "<html><body>502 Bad Gateway</body></html>";
    EventApiException decoded = (EventApiException) typed(new PipeDecoder().decode("m", response(502, html, Map.of())));

    assertThat(decoded).isInstanceOf(ServerException.class);
    assertThat(decoded.isBodyParsed()).isFalse();
    assertThat(decoded.errorCode()).isEmpty();
    assertThat(decoded.responseBody()).isEqualTo(html);
  }

  @Test
  void decode_emptyOrMissingBody_givesTypedException() {
    EventApiException empty = (EventApiException) typed(new PipeDecoder().decode("m", response(401, "", Map.of())));
    Response noBody =
        Response.builder().status(404).request(request()).headers(Map.of()).build();
    EventApiException missing = (EventApiException) typed(new PipeDecoder().decode("m", noBody));

    assertThat(empty).isInstanceOf(AuthenticationException.class);
    assertThat(empty.isBodyParsed()).isFalse();
    assertThat(missing).isInstanceOf(NotFoundException.class);
    assertThat(missing.responseBody()).isEmpty();
  }

  @Test
  void decode_429WithRetryAfter_carriesTheDelay() {
    RateLimitedException decoded =
        (RateLimitedException)
            typed(new PipeDecoder().decode("m", response(429, "", Map.of("Retry-After", List.of("7")))));

    assertThat(decoded.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void decode_429WithoutRetryAfter_hasNoDelay() {
    RateLimitedException decoded =
        (RateLimitedException) typed(new PipeDecoder().decode("m", response(429, "", Map.of())));

    assertThat(decoded.retryAfter()).isEmpty();
  }

  @Test
  void message_namesApiStatusAndCodeButNotTheBody() {
    EventApiException decoded =
        (EventApiException) typed(new PipeDecoder().decode("m", response(403, "no_scope|Missing scope", Map.of())));

    assertThat(decoded.getMessage()).contains("testapi", "403", "no_scope");
    assertThat(decoded.getMessage()).doesNotContain("|");
  }

  /** The typed exception, unwrapped from Feign's RetryableException where the decoder wraps it. */
  private static Exception typed(Exception decoded) {
    return decoded instanceof RetryableException retryable ? (Exception) retryable.getCause() : decoded;
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("statuses")
  void decode_statusTheReadmeRetriesForSomeMethod_comesWrappedForTheRetryer(int status) {
    Exception decoded = new PipeDecoder().decode("m", response(status, "", Map.of()));

    assertThat(decoded instanceof RetryableException)
        .isEqualTo(!README.forStatus(status).retriedFor().isEmpty());
    assertThat(typed(decoded)).isInstanceOf(EventApiException.class);
  }

  private static Response response(int status, String body, Map<String, Collection<String>> headers) {
    return Response.builder()
        .status(status)
        .request(request())
        .headers(headers)
        .body(body, StandardCharsets.UTF_8)
        .build();
  }

  private static Request request() {
    return Request.create(
        Request.HttpMethod.GET, "https://api.example.com/x", Map.of(), null, StandardCharsets.UTF_8, null);
  }
}
