package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.Request.HttpMethod;
import feign.RetryableException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.eventapis.support.ReadmeErrorTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffRetryerTest {

  private static final ReadmeErrorTable README = ReadmeErrorTable.read();

  private final List<Duration> waits = new ArrayList<>();

  /** Every status README.md's error table names, and some it covers as "any other". */
  static IntStream statuses() {
    return IntStream.concat(
        README.namedStatuses().stream().mapToInt(Integer::intValue), IntStream.of(409, 500, 501));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("statuses")
  void mayRetry_byStatus_forTheMethodsTheReadmeLists(int status) {
    Set<HttpMethod> readme = README.forStatus(status).retriedFor();
    for (HttpMethod method : HttpMethod.values()) {
      ServerException error = new ServerException("testapi", status, null, "", null);

      assertThat(BackoffRetryer.mayRetry(failure(method, error)))
          .as("%s after %d", method, status)
          .isEqualTo(readme.contains(method));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {SocketTimeoutException.class, EOFException.class, IOException.class})
  void mayRetry_afterNoUsableAnswer_forTheMethodsTheReadmeLists(Class<? extends IOException> type)
      throws ReflectiveOperationException {
    IOException cause = type.getConstructor(String.class).newInstance("failed");
    Set<HttpMethod> readme = README.row("no usable answer").retriedFor();
    for (HttpMethod method : HttpMethod.values()) {
      assertThat(BackoffRetryer.mayRetry(failure(method, cause)))
          .as("%s after %s", method, type.getSimpleName())
          .isEqualTo(readme.contains(method));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {ConnectException.class, UnknownHostException.class, NoRouteToHostException.class})
  void mayRetry_whenNothingWasSent_forTheMethodsTheReadmeLists(Class<? extends IOException> type)
      throws ReflectiveOperationException {
    IOException cause = type.getConstructor(String.class).newInstance("failed");
    Set<HttpMethod> readme = README.row("refused before sending").retriedFor();
    for (HttpMethod method : HttpMethod.values()) {
      assertThat(BackoffRetryer.mayRetry(failure(method, cause)))
          .as("%s after %s", method, type.getSimpleName())
          .isEqualTo(readme.contains(method));
    }
  }

  /** Whatever the tables say, a write that may have reached the server is never sent twice. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = HttpMethod.class, names = {"POST", "PATCH"})
  void mayRetry_aWriteThatMayHaveArrived_never(HttpMethod method) {
    for (int status : List.of(500, 502, 504)) {
      assertThat(BackoffRetryer.mayRetry(failure(method, new ServerException("testapi", status, null, "", null))))
          .as("%s after %d", method, status)
          .isFalse();
    }
    assertThat(BackoffRetryer.mayRetry(failure(method, new SocketTimeoutException("timeout")))).isFalse();
    assertThat(BackoffRetryer.mayRetry(failure(method, new IOException("reset")))).isFalse();
  }

  @Test
  void mayRetry_whenTheConnectionWasRefused_evenForPost() {
    assertThat(BackoffRetryer.mayRetry(failure(HttpMethod.POST, new ConnectException("refused"))))
        .isTrue();
  }

  @Test
  void continueOrPropagate_waitsWithGrowingBackoffWithinTheBounds() {
    BackoffRetryer retryer = new BackoffRetryer(policy(4));
    RetryableException failure = failure(HttpMethod.GET, new IOException("reset"));

    retryer.continueOrPropagate(failure);
    retryer.continueOrPropagate(failure);
    retryer.continueOrPropagate(failure);

    assertThat(waits).hasSize(3);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(waits.get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
  }

  @Test
  void continueOrPropagate_afterTheLastAttempt_rethrows() {
    BackoffRetryer retryer = new BackoffRetryer(policy(2));
    RetryableException failure = failure(HttpMethod.GET, new IOException("reset"));

    retryer.continueOrPropagate(failure);

    assertThatThrownBy(() -> retryer.continueOrPropagate(failure)).isSameAs(failure);
    assertThat(waits).hasSize(1);
  }

  @Test
  void continueOrPropagate_withRetryAfterLongerThanTheBackoff_waitsTheRetryAfter() {
    BackoffRetryer retryer = new BackoffRetryer(policy(3));
    RateLimitedException limited =
        new RateLimitedException("testapi", 429, null, "", Duration.ofSeconds(9));

    retryer.continueOrPropagate(failure(HttpMethod.POST, limited));

    assertThat(waits).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void clone_startsCountingAgain() {
    BackoffRetryer used = new BackoffRetryer(policy(2));
    RetryableException failure = failure(HttpMethod.GET, new IOException("reset"));
    used.continueOrPropagate(failure);

    used.clone().continueOrPropagate(failure);

    assertThat(waits).hasSize(2);
  }

  private RetryPolicy policy(int attempts) {
    return RetryPolicy.builder()
        .maxAttempts(attempts)
        .initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofMillis(300))
        .sleeper(waits::add)
        .build();
  }

  private static RetryableException failure(HttpMethod method, Throwable cause) {
    Request request =
        Request.create(method, "https://api.example.com/x", Map.of(), null, StandardCharsets.UTF_8, null);
    return new RetryableException(-1, "failed", method, cause, (Long) null, request);
  }
}
