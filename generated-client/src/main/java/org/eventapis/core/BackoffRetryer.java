package org.eventapis.core;

import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Feign's hook for resending a request; decides by {@link RetryPolicy}'s rules whether this
 * failure may be retried for this method, and waits before it is.
 */
final class BackoffRetryer implements Retryer {

  /** Methods that can be sent twice without doing twice what they do. */
  static final Set<HttpMethod> IDEMPOTENT =
      EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

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

  /** Whether resending cannot duplicate what the first request did. */
  static boolean mayRetry(RetryableException failure) {
    boolean idempotent = failure.method() != null && IDEMPOTENT.contains(failure.method());
    Throwable cause = failure.getCause();
    if (cause instanceof ApiConnectionException) {
      return idempotent;
    }
    if (cause instanceof EventApiException error) {
      return switch (error.status()) {
        case 429, 503 -> true;
        case 502, 504 -> idempotent;
        default -> false;
      };
    }
    return notSent(cause) || idempotent;
  }

  /** Failures that happen before a single byte of the request leaves. */
  static boolean notSent(Throwable cause) {
    return cause instanceof ConnectException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException;
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
