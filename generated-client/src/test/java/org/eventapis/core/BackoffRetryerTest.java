package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.Request.HttpMethod;
import feign.RetryableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BackoffRetryerTest {

  private final List<Duration> waits = new ArrayList<>();

  @ParameterizedTest(name = "{0} after {1}: {2}")
  @CsvSource({
    "POST, 429, true",
    "PATCH, 503, true",
    "GET, 503, true",
    "POST, 502, false",
    "POST, 504, false",
    "PATCH, 502, false",
    "GET, 502, true",
    "PUT, 504, true",
    "DELETE, 502, true",
    "GET, 500, false",
  })
  void mayRetry_byStatus_onlyWhereTheWriteCannotBeDuplicated(
      HttpMethod method, int status, boolean expected) {
    ServerException error = new ServerException("testapi", status, null, "", null);

    assertThat(BackoffRetryer.mayRetry(failure(method, error))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"POST, false", "PATCH, false", "GET, true", "PUT, true", "DELETE, true"})
  void mayRetry_afterATimeout_onlyForIdempotentMethods(HttpMethod method, boolean expected) {
    assertThat(BackoffRetryer.mayRetry(failure(method, new SocketTimeoutException("timeout"))))
        .isEqualTo(expected);
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
