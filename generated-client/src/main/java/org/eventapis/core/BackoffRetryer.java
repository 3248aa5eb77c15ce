package org.eventapis.core;

import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Feign's hook for resending a request: {@link Failure} decides whether this failure may be
 * retried for this method, {@link RetryPolicy} how often and how long to wait before it is.
 */
final class BackoffRetryer implements Retryer {

  private final RetryPolicy policy;
  private int attempt = 1;

  BackoffRetryer(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void continueOrPropagate(RetryableException failure) {
    if (attempt >= policy.maxAttempts()
        || !mayRetry(failure)
        || Thread.currentThread().isInterrupted()) {
      throw failure;
    }
    Duration serverDelay =
        failure.getCause() instanceof EventApiException error ? error.retryAfter().orElse(null) : null;
    if (serverDelay != null && serverDelay.compareTo(policy.maxRetryAfter()) > 0) {
      throw failure;
    }
    Duration delay = backoff(attempt);
    if (serverDelay != null && serverDelay.compareTo(delay) > 0) {
      delay = serverDelay;
    }
    attempt++;
    try {
      policy.sleeper().sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  /** Whether resending cannot duplicate what the first request did, by {@link Failure}. */
  static boolean mayRetry(RetryableException failure) {
    return Failure.of(failure.getCause()).mayResend(failure.method());
  }

  /** Exponential, with equal jitter: between half and all of the exponential step. */
  private Duration backoff(int attemptsSoFar) {
    long base = policy.initialBackoff().toMillis();
    long cap = policy.maxBackoff().toMillis();
    long step = Math.min(cap, base << Math.min(attemptsSoFar - 1, 30));
    long half = step / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /**
   * Feign clones the retryer at the start of every call, on the caller's thread: the policy of
   * that call's {@link RequestOptions}, if it has one, takes the client's place here.
   */
  @Override
  public Retryer clone() {
    return new BackoffRetryer(CallScope.retryPolicy(policy));
  }
}
