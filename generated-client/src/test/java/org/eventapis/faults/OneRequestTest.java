package org.eventapis.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.hc5.ApacheHttp5Client;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.eventapis.core.EventApiException;
import org.eventapis.core.LogLevel;
import org.eventapis.core.RetryPolicy;
import org.eventapis.faults.FaultTarget.Calls;
import org.eventapis.faults.FaultTarget.ClientOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code RetryPolicy.disabled()} against every answer that could tempt a client to send again:
 * statuses that invite a retry, {@code Retry-After: 0}, a connection closed before, during or
 * after the head, a body cut off. Over a transport that does not resend on its own, each call
 * reaches the server exactly once, read or write. Over the JDK's two HTTP clients, a write is
 * sent once in every case too; a read whose connection closes before the first byte of the
 * answer is sent once more by the JDK itself, which no setting of a single client can stop: the
 * test pins that number, so that a JDK that changes it is noticed and the README corrected.
 */
class OneRequestTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);

  private static RawServer server;
  private static CloseableHttpClient neverResends;

  @BeforeAll
  static void start() throws IOException {
    server = new RawServer();
    neverResends =
        HttpClients.custom().disableAutomaticRetries().disableRedirectHandling().build();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    neverResends.close();
  }

  /** An answer, and whether it leaves the connection closed before any byte of a response. */
  private record Fault(String name, String raw, boolean nothingAnswered) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Fault> FAULTS =
      List.of(
          new Fault("closed before answering", "", true),
          new Fault("head cut off", "HTTP/1.1 200 OK\r\nContent-Ty", false),
          new Fault(
              "body cut off",
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
                  + "Connection: close\r\n\r\n{\"data\": {",
              false),
          status("503 Service Unavailable", "Retry-After: 0\r\n"),
          status("429 Too Many Requests", "Retry-After: 0\r\n"),
          status("500 Internal Server Error", ""),
          status("502 Bad Gateway", ""),
          status("504 Gateway Timeout", ""),
          status("408 Request Timeout", ""),
          status("407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"x\"\r\n"));

  private static Fault status(String statusLine, String headers) {
    return new Fault(
        statusLine,
        "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n",
        false);
  }

  private enum Transport {
    JDK(false),
    HTTP_URL_CONNECTION(false),
    NEVER_RESENDS(true);

    final boolean strictlyOnce;

    Transport(boolean strictlyOnce) {
      this.strictlyOnce = strictlyOnce;
    }

    FaultTarget apply(FaultTarget target) {
      return switch (this) {
        case JDK -> target;
        case HTTP_URL_CONNECTION -> target.over("HttpURLConnection", new feign.Client.Default(null, null));
        case NEVER_RESENDS -> target.over("Apache HttpClient 5, no retries", new ApacheHttp5Client(neverResends));
      };
    }
  }

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (FaultTarget target : FaultTarget.all()) {
      for (LogLevel level : List.of(LogLevel.NONE, LogLevel.FULL)) {
        for (Transport transport : Transport.values()) {
          cases.add(Arguments.of(target.at(level), transport));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void retriesDisabled_aWriteIsSentOnce_whateverTheAnswer(FaultTarget target, Transport transport) {
    for (Fault fault : FAULTS) {
      assertSentOnFailure(target, transport, fault, Calls::write, 1);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void retriesDisabled_aReadIsSentOnce_butForTheJdksOwnResend(
      FaultTarget target, Transport transport) {
    for (Fault fault : FAULTS) {
      int expected = fault.nothingAnswered() && !transport.strictlyOnce ? 2 : 1;
      assertSentOnFailure(target, transport, fault, Calls::read, expected);
    }
  }

  private static void assertSentOnFailure(
      FaultTarget target,
      Transport transport,
      Fault fault,
      Function<Calls, Object> call,
      int expectedRequests) {
    server.answer(fault.raw());
    Calls calls =
        transport
            .apply(target)
            .connect()
            .apply(new ClientOptions(server.baseUrl(), RetryPolicy.disabled(), GENEROUS));

    Throwable thrown = catchThrowable(() -> call.apply(calls));

    assertThat(thrown).as(fault.name()).isInstanceOf(EventApiException.class);
    assertThat(server.requests()).as(fault.name()).hasSize(expectedRequests);
  }
}
