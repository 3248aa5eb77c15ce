package org.eventapis.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * When and how long a client waits before sending a request again.
 *
 * <p>What is retried never depends on this policy, only how often and how patiently: which
 * failures may be resent, and for which HTTP methods, is the table in README.md ("Errors"), so
 * that a write is never duplicated.
 *
 * <p>Waits grow exponentially from {@link Builder#initialBackoff} with jitter, up to {@link
 * Builder#maxBackoff}, and are never shorter than the server's {@code Retry-After}. A {@code
 * Retry-After} longer than {@link Builder#maxRetryAfter} is not waited for: the exception goes to
 * the caller, with {@link EventApiException#retryAfter()} set.
 */
public final class RetryPolicy {

  /** Sleeps for a delay; replaceable so that tests can record waits instead of waiting. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration delay) throws InterruptedException;
  }

  private static final Sleeper THREAD_SLEEP = delay -> Thread.sleep(delay.toMillis());

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;
  private final Clock clock;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.sleeper = builder.sleeper;
    this.clock = builder.clock;
  }

  /** Three attempts in all, waits from 250 ms to 5 s, honouring Retry-After up to 60 s. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** Every request is sent once; errors go straight to the caller. */
  public static RetryPolicy disabled() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in all, the first included; 1 means no retries. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  /** The clock a {@code Retry-After} date is measured against. */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "]";
  }

  public static final class Builder {

    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(250);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Sleeper sleeper = THREAD_SLEEP;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive("initialBackoff", initialBackoff);
      return this;
    }

    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive("maxBackoff", maxBackoff);
      return this;
    }

    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /** How to wait; the default sleeps the calling thread. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The clock for {@code Retry-After} dates; the system clock unless set. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(String name, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration");
      }
      return value;
    }
  }
}
