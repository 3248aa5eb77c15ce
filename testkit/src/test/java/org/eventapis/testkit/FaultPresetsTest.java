package org.eventapis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eventapis.core.ApiConnectionException;
import org.eventapis.core.AuthenticationException;
import org.eventapis.core.EventApiException;
import org.eventapis.core.PermissionException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.ResponseFormatException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.core.ServerException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault preset, on each API, gives what the README's error table promises for it. The
 * clients send once (no retries), so each outcome is the first answer's.
 */
class FaultPresetsTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();
  @RegisterExtension static UnipileStub unipile = UnipileStub.create();
  @RegisterExtension static TimekitStub timekit = TimekitStub.create();

  /** Only for the preset whose subject is a timeout; the stub never answers it. */
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
  /** Every other case: far longer than a loaded machine needs to answer. */
  private static final Duration GENEROUS_TIMEOUT = Duration.ofSeconds(30);

  private static final UUID TIMEKIT_EVENT = UUID.fromString("8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d");

  /** One API as these tests use it: a read whose answer a fault replaces, and a client for it. */
  record Target(
      String api,
      ApiStub<?> stub,
      Function<Fault, Stubbing> failRead,
      Function<Duration, Supplier<Object>> read,
      String invalidKeyCode) {

    @Override
    public String toString() {
      return api;
    }
  }

  /** A preset and the outcome the error table promises for it, for one API. */
  record Preset(String name, Fault fault, Function<Target, Consumer<Throwable>> thrown, boolean returns) {

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Target> targets() {
    return List.of(
        new Target("perscom", perscom,
            fault -> perscom.onGetEvent(12).fails(fault),
            timeout -> () -> {
              try (var client = perscom.clientBuilder().retryPolicy(RetryPolicy.disabled()).readTimeout(timeout).build()) {
                return client.events().getEvent(12L, List.of());
              }
            },
            "AuthenticationException"),
        new Target("unipile", unipile,
            fault -> unipile.onGetCalendarEvent("primary", "ev-1").fails(fault),
            timeout -> () -> {
              try (var client = unipile.clientBuilder().retryPolicy(RetryPolicy.disabled()).readTimeout(timeout).build()) {
                return client.calendarEvents().getCalendarEvent("primary", "ev-1", "acc-1");
              }
            },
            "errors/invalid_credentials"),
        new Target("timekit", timekit,
            fault -> timekit.onGetEvent(TIMEKIT_EVENT).fails(fault),
            timeout -> () -> {
              try (var client = timekit.clientBuilder().retryPolicy(RetryPolicy.disabled()).readTimeout(timeout).build()) {
                return client.events().getEvent(TIMEKIT_EVENT, List.of());
              }
            },
            null));
  }

  static List<Preset> presets() {
    return List.of(
        thrown("rate limited", Fault.rateLimited(), target -> e -> {
          assertThat(e).isInstanceOf(RateLimitedException.class);
          assertThat(((RateLimitedException) e).retryAfter()).isEmpty();
          assertThat(((EventApiException) e).isBodyParsed()).isTrue();
        }),
        thrown("rate limited with Retry-After", Fault.rateLimited(Duration.ofSeconds(7)), target -> e -> {
          assertThat(e).isInstanceOf(RateLimitedException.class);
          assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(7));
        }),
        thrown("unavailable", Fault.unavailable(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(ServerException.class, s -> assertThat(s.status()).isEqualTo(503))),
        thrown("bad gateway", Fault.badGateway(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(ServerException.class, s -> {
              assertThat(s.status()).isEqualTo(502);
              assertThat(s.isBodyParsed()).isFalse();
            })),
        thrown("no answer", Fault.noAnswer(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(ApiConnectionException.class,
                c -> assertThat(c.isTimeout()).isTrue())),
        thrown("connection reset", Fault.connectionReset(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(ApiConnectionException.class, c -> {
              assertThat(c.status()).isZero();
              assertThat(c.isTimeout()).isFalse();
            })),
        thrown("malformed JSON", Fault.malformedJson(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(ResponseFormatException.class,
                r -> assertThat(r.status()).isEqualTo(200))),
        thrown("empty body", Fault.emptyBody(), target -> e ->
            assertThat(e).isInstanceOf(ResponseFormatException.class)),
        new Preset("unknown enum value", Fault.unknownEnumValue(), null, true),
        new Preset("unknown extra field", Fault.unknownField(), null, true),
        thrown("invalid key", Fault.invalidKey(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(AuthenticationException.class, a -> {
              assertThat(a.status()).isEqualTo(401);
              assertThat(a.isBodyParsed()).isTrue();
              assertThat(a.errorCode().orElse(null)).isEqualTo(target.invalidKeyCode());
            })),
        thrown("forbidden", Fault.forbidden(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(PermissionException.class,
                p -> assertThat(p.status()).isEqualTo(403))),
        thrown("payment required", Fault.paymentRequired(), target -> e ->
            assertThat(e).isInstanceOfSatisfying(PermissionException.class,
                p -> assertThat(p.status()).isEqualTo(402))));
  }

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Target target : targets()) {
      for (Preset preset : presets()) {
        cases.add(Arguments.of(target, preset));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void preset_givesWhatTheErrorTablePromises(Target target, Preset preset) throws InterruptedException {
    if (preset.fault().equals(Fault.paymentRequired()) && !target.api().equals("perscom")) {
      // Only PERSCOM answers 402; the others say the same with 403, so the preset is refused.
      assertThatThrownBy(() -> target.failRead().apply(preset.fault()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("never answers 402");
      return;
    }
    target.failRead().apply(preset.fault());
    Duration timeout = preset.fault().equals(Fault.noAnswer()) ? SHORT_TIMEOUT : GENEROUS_TIMEOUT;
    Supplier<Object> read = target.read().apply(timeout);

    if (preset.returns()) {
      Object answer = read.get();
      assertThat(answer).isNotNull();
      if (preset.fault().equals(Fault.unknownEnumValue())) {
        assertThat(answer.toString()).contains("unknown_default_open_api");
      }
    } else {
      assertThatThrownBy(read::get).satisfies(preset.thrown().apply(target)::accept);
    }
    assertThat(received(target.stub())).isNotEmpty().allSatisfy(request -> assertThat(request.valid()).isTrue());
  }

  /**
   * What the stub received, once it received something: a client that gave up on an answer may
   * have done so before the stub got to its request.
   */
  private static List<RecordedRequest> received(ApiStub<?> stub) throws InterruptedException {
    long deadline = System.nanoTime() + GENEROUS_TIMEOUT.toNanos();
    while (stub.requests().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return stub.requests();
  }

  private static Preset thrown(String name, Fault fault, Function<Target, Consumer<Throwable>> check) {
    return new Preset(name, fault, check, false);
  }
}
