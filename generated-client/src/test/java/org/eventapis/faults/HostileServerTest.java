package org.eventapis.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.eventapis.core.ApiConnectionException;
import org.eventapis.core.EventApiException;
import org.eventapis.core.LogLevel;
import org.eventapis.core.ResponseFormatException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.core.ServerException;
import org.eventapis.faults.FaultTarget.Calls;
import org.eventapis.faults.FaultTarget.ClientOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three clients against a raw socket that answers what no well-behaved server would: lengths
 * that lie, bodies cut off, endless or bombs, absurd headers. Each case runs with logging off and
 * at FULL, and must end in one of the documented exceptions, with as many requests as the retry
 * rules allow and no more. The suite's JVM has a 256 MiB heap (see the module's pom), so a body
 * that were held whole would end it.
 */
class HostileServerTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);
  private static final long GIB = 1L << 30;

  private static RawServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new RawServer();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  /**
   * Each API at both log levels, over the default JDK transport and over a Feign client the
   * caller supplies (the JDK's HttpURLConnection, through Feign's own default client): the
   * promises are the client's, not the transport's.
   */
  static List<FaultTarget> targets() {
    List<FaultTarget> targets = new ArrayList<>();
    for (FaultTarget target : FaultTarget.all()) {
      for (LogLevel level : List.of(LogLevel.NONE, LogLevel.FULL)) {
        targets.add(target.at(level));
        targets.add(target.at(level).over("a supplied client", new feign.Client.Default(null, null)));
      }
    }
    return targets;
  }

  private static Calls client(FaultTarget target, RetryPolicy policy) {
    return target.connect().apply(new ClientOptions(server.baseUrl(), policy, GENEROUS));
  }

  private static RetryPolicy retrying() {
    return RetryPolicy.builder().maxAttempts(3).sleeper(delay -> {}).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void retryAfterBeyondAnyNumber_givesServerException_sentOnce(FaultTarget target) {
    for (String value : List.of("2147483648", "99999999999999999999999", "-5", "soon")) {
      server.answer(
          "HTTP/1.1 503 Service Unavailable\r\nRetry-After: " + value
              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

      assertThatThrownBy(client(target, RetryPolicy.disabled())::write)
          .as("Retry-After: %s", value)
          .isInstanceOf(ServerException.class);
      assertThat(server.requests()).as("Retry-After: %s", value).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void retriesDisabled_retryAfterZero_sendsExactlyOneRequest(FaultTarget target) {
    server.answer(
        "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\n"
            + "Connection: close\r\n\r\n");

    assertThatThrownBy(client(target, RetryPolicy.disabled())::write)
        .isInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void negativeOrAbsurdContentLength_givesTypedException(FaultTarget target) {
    for (String length : List.of("-5", "abc", "99999999999999999999")) {
      server.answer(
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length
              + "\r\nConnection: close\r\n\r\n{}");

      assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
          .as("Content-Length: %s", length)
          .isInstanceOfAny(ApiConnectionException.class, ResponseFormatException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void errorBodyCutOff_isStillTheStatusException(FaultTarget target) {
    server.answer(
        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1000\r\nConnection: close\r\n\r\n{\"error\": {\"mess");

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(500));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void successBodyCutOff_readIsRetried_writeIsNot(FaultTarget target) {
    server.answer(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
            + "Connection: close\r\n\r\n{\"data\": {\"id\": 1");

    assertThatThrownBy(client(target, retrying())::read)
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.status()).isZero());
    assertThat(server.requests()).hasSize(3);

    server.answer(
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
            + "Connection: close\r\n\r\n{\"data\": {\"id\": 1");
    assertThatThrownBy(client(target, retrying())::write).isInstanceOf(ApiConnectionException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void emptySuccessOnARead_givesResponseFormatException(FaultTarget target) {
    for (String status : List.of("204 No Content", "202 Accepted", "200 OK")) {
      server.answer("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

      assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
          .as(status)
          .isInstanceOf(ResponseFormatException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void proxyAuthenticationRequired_isTypedAndSentOnce(FaultTarget target) {
    server.answer(
        "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"x\"\r\n"
            + "Content-Length: 0\r\nConnection: close\r\n\r\n");

    assertThatThrownBy(client(target, retrying())::read)
        .isInstanceOfSatisfying(EventApiException.class, e -> assertThat(e.status()).isEqualTo(407));
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void callOnAnInterruptedThread_isRefusedUnsent_andKeepsTheFlag(FaultTarget target) {
    server.answer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    Calls calls = client(target, retrying());

    Thread.currentThread().interrupt();
    Throwable thrown;
    try {
      calls.write();
      thrown = null;
    } catch (RuntimeException failure) {
      thrown = failure;
    }
    boolean flagKept = Thread.interrupted();

    assertThat(thrown).isInstanceOf(ApiConnectionException.class);
    assertThat(flagKept).isTrue();
    assertThat(server.requests()).isEmpty();
  }

  /**
   * The JDK transport only: HttpURLConnection reads a head cut off mid-line as a complete answer
   * without a body, which the client then reports as an empty answer (typed, but not a
   * connection failure the retryer could weigh).
   */
  static List<FaultTarget> jdkTargets() {
    List<FaultTarget> targets = new ArrayList<>();
    for (FaultTarget target : FaultTarget.all()) {
      targets.add(target.at(LogLevel.NONE));
      targets.add(target.at(LogLevel.FULL));
    }
    return targets;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdkTargets")
  void headersCutOff_readIsRetried_writeIsNot(FaultTarget target) {
    server.answer("HTTP/1.1 200 OK\r\nContent-Ty");

    assertThatThrownBy(client(target, retrying())::read).isInstanceOf(ApiConnectionException.class);
    assertThat(server.requests()).hasSize(3);

    server.answer("HTTP/1.1 201 Created\r\nContent-Ty");
    assertThatThrownBy(client(target, retrying())::write).isInstanceOf(ApiConnectionException.class);
    assertThat(server.requests()).hasSize(1);
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void oneGibibyteBody_plain_givesResponseFormatException(FaultTarget target) {
    server.answer(
        out -> {
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + GIB
                      + "\r\nConnection: close\r\n\r\n{\"data\": \"")
                  .getBytes(StandardCharsets.US_ASCII));
          writeFiller(out, GIB);
        });

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOf(ResponseFormatException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void oneGibibyteErrorBody_isCutAtOneMebibyte(FaultTarget target) {
    server.answer(
        out -> {
          out.write(
              ("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nContent-Length: "
                      + GIB + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          writeFiller(out, GIB);
        });

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> assertThat(e.responseBody().length()).isLessThanOrEqualTo(1 << 20));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void upperCaseSchemeInTheBaseUrl_works(FaultTarget target) {
    server.answer("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    Calls calls =
        target
            .connect()
            .apply(
                new ClientOptions(
                    server.baseUrl().replace("http://", "HTTP://"), RetryPolicy.disabled(), GENEROUS));

    assertThatThrownBy(calls::read)
        .isInstanceOfSatisfying(EventApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void gzipBombOfOneGibibyte_givesResponseFormatException(FaultTarget target) {
    server.answer(
        out -> {
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
          gzip.write("{\"data\": \"".getBytes(StandardCharsets.US_ASCII));
          writeFiller(gzip, GIB);
          gzip.finish();
        });

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOf(ResponseFormatException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void bodyDribbledPastTheCallTimeout_isATimeoutAtEveryLogLevel(FaultTarget target) {
    server.answer(
        out -> {
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + GIB
                      + "\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
          // Never ends: one byte every 100 ms, well within the read timeout, until the client
          // hangs up, so only the call timeout below can end the call.
          while (!Thread.currentThread().isInterrupted()) {
            out.write(' ');
            out.flush();
            sleep(100);
          }
        });
    Calls calls =
        target
            .connect()
            .apply(
                new ClientOptions(server.baseUrl(), RetryPolicy.disabled(), GENEROUS)
                    .withCallTimeout(Duration.ofMillis(500)));

    assertThatThrownBy(calls::read)
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
  }

  private static void writeFiller(OutputStream out, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 16];
    java.util.Arrays.fill(chunk, (byte) 'a');
    for (long written = 0; written < bytes; written += chunk.length) {
      out.write(chunk);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    }
  }
}
