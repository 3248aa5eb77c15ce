package org.eventapis.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.eventapis.core.ApiConnectionException;
import org.eventapis.core.AuthenticationException;
import org.eventapis.core.EventApiException;
import org.eventapis.core.LogLevel;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.PermissionException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.ResponseFormatException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.core.ServerException;
import org.eventapis.core.ValidationException;
import org.eventapis.faults.FaultTarget.Calls;
import org.eventapis.faults.FaultTarget.ClientOptions;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventEnvelope;
import org.eventapis.perscom.generated.model.NotificationInterval;
import org.eventapis.timekit.generated.model.Rsvp;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.eventapis.unipile.generated.model.EventVisibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Every API client against a WireMock server on loopback that misbehaves in the ways real
 * servers and networks do. Each case asserts the typed outcome and, where it matters, how many
 * requests reached the server, so that a write is never sent twice.
 *
 * <p>Every case runs with logging off and at FULL detail into a capture; after the suite no
 * captured line may contain the API key.
 */
class FaultInjectionTest {

  private static final int MAX_ATTEMPTS = 3;
  /** Only for cases whose subject is a timeout, against a server that answers far later. */
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
  /** Every other case: long enough that a loaded machine never turns an answer into a timeout. */
  private static final Duration GENEROUS_TIMEOUT = Duration.ofSeconds(30);
  /** Enough for 10 MB on loopback on a slow machine; the body, not the timeout, is under test. */
  private static final Duration LARGE_BODY_TIMEOUT = Duration.ofSeconds(20);
  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private static WireMockServer server;
  private static ListAppender<ILoggingEvent> logs;

  private final List<Duration> waits = new ArrayList<>();

  /**
   * Every case at the default log level and at FULL, which reads bodies for the log: what a
   * caller gets must not depend on how much is logged.
   */
  static List<FaultTarget> targets() {
    List<FaultTarget> targets = new ArrayList<>();
    for (FaultTarget target : FaultTarget.all()) {
      targets.add(target.at(LogLevel.NONE));
      targets.add(target.at(LogLevel.FULL));
    }
    return targets;
  }

  @BeforeAll
  static void start() {
    server =
        new WireMockServer(
            options().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false)));
    server.start();
    Logger http = (Logger) LoggerFactory.getLogger("org.eventapis");
    http.setLevel(Level.DEBUG);
    http.setAdditive(false);
    logs = new ListAppender<>();
    logs.start();
    http.addAppender(logs);
  }

  @AfterAll
  static void stopAndCheckTheLogs() {
    server.stop();
    String secretAsBasic =
        Base64.getEncoder()
            .encodeToString((":" + FaultTarget.API_KEY).getBytes(StandardCharsets.UTF_8));
    List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).as("captured exchange log").isNotEmpty();
    assertThat(lines).anyMatch(line -> line.contains("<redacted>"));
    assertThat(lines)
        .noneMatch(line -> line.contains(FaultTarget.API_KEY) || line.contains(secretAsBasic));
  }

  @BeforeEach
  void reset() {
    server.resetAll();
    waits.clear();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void documentedErrorStatus_givesTheTypedExceptionWithTheVendorCode(FaultTarget target) {
    Calls calls = client(target, RetryPolicy.disabled());
    for (int status : target.documentedErrors()) {
      server.resetAll();
      stubRead(target, json(status, target.errorBody().apply(status)));

      assertThatThrownBy(calls::read)
          .as("%s answering %d", target, status)
          .isInstanceOfSatisfying(
              expectedType(status),
              e -> {
                EventApiException error = (EventApiException) e;
                assertThat(error.status()).isEqualTo(status);
                assertThat(error.api()).isEqualTo(target.api());
                assertThat(error.isBodyParsed()).isTrue();
                assertThat(error.errorCode().orElse(null)).isEqualTo(target.errorCode().apply(status));
                assertNoSecret(error);
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void success200WithMalformedJson_givesResponseFormatException(FaultTarget target) {
    stubRead(target, json(200, "{\"data\": {\"id\": 12, \"name\": "));

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOfSatisfying(
            ResponseFormatException.class, e -> assertThat(e.status()).isEqualTo(200));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void success200WithEmptyBody_givesResponseFormatExceptionNotNull(FaultTarget target) {
    stubRead(target, aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOf(ResponseFormatException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void success200WithJsonNullOrWithoutItsRequiredTopLevel_givesResponseFormatException(
      FaultTarget target) {
    for (String body : List.of("null", "{}", "{\"unexpected\": true}")) {
      server.resetAll();
      stubRead(target, json(200, body));

      assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
          .as("answer %s", body)
          .isInstanceOf(ResponseFormatException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void redirectToAnotherHost_isNotFollowedSoTheKeyStaysHome(FaultTarget target) {
    server.stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(json(200, target.readBody())));
    stubRead(
        target,
        aResponse().withStatus(302).withHeader("Location", "http://localhost:" + server.port() + "/elsewhere"));

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOfSatisfying(EventApiException.class, e -> assertThat(e.status()).isEqualTo(302));
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/elsewhere")))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void htmlErrorPageFromAProxy_givesServerExceptionWithTheRawPage(FaultTarget target) {
    String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    stubRead(
        target, aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(page));

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.isBodyParsed()).isFalse();
              assertThat(e.responseBody()).isEqualTo(page);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void connectionReset_onWrite_isNotRetried(FaultTarget target) {
    stubWrite(target, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(retrying(target)::write).isInstanceOf(ApiConnectionException.class);
    assertThat(writes(target)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void connectionReset_onRead_isRetriedUpToTheLimit(FaultTarget target) {
    stubRead(target, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(retrying(target)::read)
        .isInstanceOfSatisfying(
            ApiConnectionException.class, e -> assertThat(e.status()).isZero());
    // Each attempt is a GET the JDK client sends once more by itself when the connection closes
    // before any byte of an answer: safe for a GET, and the README says so.
    assertThat(reads(target)).isEqualTo(2 * MAX_ATTEMPTS);
    assertThat(waits).hasSize(MAX_ATTEMPTS - 1);
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void connectionRefused_onWrite_isRetriedBecauseNothingWasSent(FaultTarget target)
      throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    Calls calls =
        target.connect().apply(new ClientOptions("http://127.0.0.1:" + closedPort, retryingPolicy(), SHORT_TIMEOUT));

    assertThatThrownBy(calls::write)
        .isInstanceOfSatisfying(
            ApiConnectionException.class, e -> assertThat(e.requestNotSent()).isTrue());
    assertThat(waits).hasSize(MAX_ATTEMPTS - 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void readTimeout_onWrite_isNotRetried(FaultTarget target) {
    stubWrite(target, json(201, target.writeAnswer()).withFixedDelay(1_000));

    assertThatThrownBy(client(target, retryingPolicy(), SHORT_TIMEOUT)::write)
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
    assertThat(seen(() -> writes(target), 1)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void readTimeout_onRead_isRetriedUpToTheLimit(FaultTarget target) {
    stubRead(target, json(200, target.readBody()).withFixedDelay(1_000));

    assertThatThrownBy(client(target, retryingPolicy(), SHORT_TIMEOUT)::read)
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
    assertThat(seen(() -> reads(target), MAX_ATTEMPTS)).isEqualTo(MAX_ATTEMPTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void bodySlowerThanTheTimeout_givesApiConnectionException(FaultTarget target) {
    stubRead(target, json(200, target.readBody()).withChunkedDribbleDelay(5, 2_000));

    assertThatThrownBy(client(target, RetryPolicy.disabled(), SHORT_TIMEOUT)::read)
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isTimeout()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void badGatewayAndGatewayTimeout_onWrite_areSentOnce(FaultTarget target) {
    for (int status : List.of(502, 504)) {
      server.resetAll();
      stubWrite(target, json(status, "{}"));

      assertThatThrownBy(retrying(target)::write)
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(status));
      assertThat(writes(target)).as("POSTs after %d", status).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void badGatewayAndGatewayTimeout_onRead_areRetriedUpToTheLimit(FaultTarget target) {
    for (int status : List.of(502, 504)) {
      server.resetAll();
      stubRead(target, json(status, "{}"));

      assertThatThrownBy(retrying(target)::read).isInstanceOf(ServerException.class);
      assertThat(reads(target)).as("GETs after %d", status).isEqualTo(MAX_ATTEMPTS);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void tooManyRequests_withRetryAfterSeconds_waitsAtLeastThatLongThenSucceeds(FaultTarget target) {
    stubWriteOnceThen(
        target, json(429, target.errorBody().apply(429)).withHeader("Retry-After", "7"),
        json(201, target.writeAnswer()));

    assertThat(retrying(target).write()).isNotNull();
    assertThat(writes(target)).isEqualTo(2);
    assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void tooManyRequests_withRetryAfterDate_waitsUntilThatDate(FaultTarget target) {
    stubReadOnceThen(
        target,
        json(429, target.errorBody().apply(429)).withHeader("Retry-After", "Thu, 15 Jan 2026 12:00:12 GMT"),
        json(200, target.readBody()));

    assertThat(retrying(target).read()).isNotNull();
    assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(12)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void tooManyRequests_withRetryAfterBeyondTheLimit_isLeftToTheCaller(FaultTarget target) {
    stubRead(target, json(429, target.errorBody().apply(429)).withHeader("Retry-After", "3600"));

    assertThatThrownBy(retrying(target)::read)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
    assertThat(reads(target)).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void serviceUnavailableThenSuccess_onWrite_isRetriedOnceAndSucceeds(FaultTarget target) {
    stubWriteOnceThen(target, json(503, "{}"), json(201, target.writeAnswer()));

    assertThat(retrying(target).write()).isNotNull();
    assertThat(writes(target)).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void retriesDisabled_serviceUnavailable_isSentOnce(FaultTarget target) {
    stubRead(target, json(503, "{}"));

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read).isInstanceOf(ServerException.class);
    assertThat(reads(target)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void tenMegabyteErrorBody_isCutAndStillTyped(FaultTarget target) {
    String huge = "x".repeat(10 * 1024 * 1024);
    stubRead(target, aResponse().withStatus(500).withHeader("Content-Type", "text/plain").withBody(huge));

    assertThatThrownBy(client(target, RetryPolicy.disabled(), LARGE_BODY_TIMEOUT)::read)
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> assertThat(e.responseBody().length()).isLessThanOrEqualTo(1 << 20));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void tenMegabyteSuccessBody_isDecoded(FaultTarget target) {
    String padded =
        target.readBody().replaceFirst("\\{", "{\"padding\": \"" + "y".repeat(10 * 1024 * 1024) + "\", ");
    stubRead(target, json(200, padded));

    assertThat(client(target, RetryPolicy.disabled(), LARGE_BODY_TIMEOUT).read()).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void unknownFieldsInTheAnswer_areIgnored(FaultTarget target) {
    String withExtras =
        target.readBody().replaceFirst("\\{", "{\"added_next_year\": {\"nested\": [1, 2]}, ");
    stubRead(target, json(200, withExtras));

    assertThat(client(target, RetryPolicy.disabled()).read()).isNotNull();
  }

  @Test
  void perscom_unknownEnumValueAndNullName_decodeWithoutFailing() {
    FaultTarget target = FaultTarget.perscom();
    stubRead(
        target,
        json(200, target.readBody().replace("\"pt15m\"", "\"pt2h\"").replace("\"Squadron briefing\"", "null")));

    Event event = ((EventEnvelope) client(target, RetryPolicy.disabled()).read()).getData();

    assertThat(event.getNotificationsInterval())
        .containsExactly(NotificationInterval.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(event.getName()).isNull();
  }

  @Test
  void unipile_unknownEnumValueAndNullNestedEmail_decodeWithoutFailing() {
    FaultTarget target = FaultTarget.unipile();
    stubRead(
        target,
        json(200, target.readBody().replace("\"public\"", "\"confidential\"").replace("\"jane.doe@example.com\"", "null")));

    CalendarEvent event = (CalendarEvent) client(target, RetryPolicy.disabled()).read();

    assertThat(event.getVisibility()).isEqualTo(EventVisibility.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(event.getOrganizer().getEmail()).isNull();
    assertThat(event.getStart().isAllDay()).isTrue();
  }

  @Test
  void unipile_eventWithoutItsRequiredTitle_givesResponseFormatExceptionNamingIt() {
    FaultTarget target = FaultTarget.unipile();
    stubRead(target, json(200, target.readBody().replace("\"Team offsite\"", "null")));

    assertThatThrownBy(client(target, RetryPolicy.disabled())::read)
        .isInstanceOfSatisfying(
            ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("[title]"));
  }

  @Test
  void timekit_unknownEnumValueAndNullWhat_decodeWithoutFailing() {
    FaultTarget target = FaultTarget.timekit();
    stubRead(
        target,
        json(200, target.readBody().replace("\"accepted\"", "\"maybe\"").replace("\"Coffee with Peter\"", "null")));

    var event =
        ((org.eventapis.timekit.generated.model.EventEnvelope) client(target, RetryPolicy.disabled()).read())
            .getData();

    assertThat(event.getMyRsvp()).isEqualTo(Rsvp.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(event.getWhat()).isNull();
  }

  private Calls client(FaultTarget target, RetryPolicy policy) {
    return client(target, policy, GENEROUS_TIMEOUT);
  }

  private Calls client(FaultTarget target, RetryPolicy policy, Duration readTimeout) {
    return target
        .connect()
        .apply(new ClientOptions("http://127.0.0.1:" + server.port(), policy, readTimeout));
  }

  /** Retries on, with waits recorded instead of slept and a fixed clock for Retry-After dates. */
  private Calls retrying(FaultTarget target) {
    return client(target, retryingPolicy());
  }

  private RetryPolicy retryingPolicy() {
    return RetryPolicy.builder()
        .maxAttempts(MAX_ATTEMPTS)
        .sleeper(waits::add)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static void stubRead(FaultTarget target, ResponseDefinitionBuilder answer) {
    server.stubFor(get(urlPathEqualTo(target.readPath())).willReturn(answer));
  }

  private static void stubWrite(FaultTarget target, ResponseDefinitionBuilder answer) {
    server.stubFor(post(urlPathEqualTo(target.writePath())).willReturn(answer));
  }

  private static void stubReadOnceThen(
      FaultTarget target, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    stubOnceThen(WireMock::get, target.readPath(), first, then);
  }

  private static void stubWriteOnceThen(
      FaultTarget target, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    stubOnceThen(WireMock::post, target.writePath(), first, then);
  }

  /** The first request to {@code path} gets {@code first}, every later one {@code then}. */
  private static void stubOnceThen(
      Function<UrlPattern, MappingBuilder> method,
      String path,
      ResponseDefinitionBuilder first,
      ResponseDefinitionBuilder then) {
    server.stubFor(
        method.apply(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("answered once"));
    server.stubFor(
        method.apply(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("answered once")
            .willReturn(then));
  }

  private static int reads(FaultTarget target) {
    return server.findAll(getRequestedFor(urlPathEqualTo(target.readPath()))).size();
  }

  /**
   * The count once it reaches {@code expected}, or after a generous wait. A call that timed out
   * may have given up before the server logged its request: on a loaded machine the server can
   * take longer than the short timeout to accept it. Waiting for the count keeps the verdict
   * independent of the machine's speed; a count above {@code expected} still fails.
   */
  private static int seen(IntSupplier count, int expected) {
    long deadline = System.nanoTime() + GENEROUS_TIMEOUT.toNanos();
    while (count.getAsInt() < expected && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return count.getAsInt();
  }

  private static int writes(FaultTarget target) {
    return server.findAll(postRequestedFor(urlPathEqualTo(target.writePath()))).size();
  }

  private static Class<? extends EventApiException> expectedType(int status) {
    return switch (status) {
      case 400, 422 -> ValidationException.class;
      case 401 -> AuthenticationException.class;
      case 402, 403 -> PermissionException.class;
      case 404 -> NotFoundException.class;
      case 429 -> RateLimitedException.class;
      default -> ServerException.class;
    };
  }

  private static void assertNoSecret(Throwable error) {
    assertThat(error.getMessage()).doesNotContain(FaultTarget.API_KEY);
    assertThat(error.toString()).doesNotContain(FaultTarget.API_KEY);
  }
}
