package io.mailready.collect;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How often and how long the collector retries a throttled or unavailable call (HTTP 429, 502, 503,
 * 504, or a network error): it waits what {@code Retry-After} says, else an exponential backoff,
 * never longer than {@code maxWait}, and gives up after {@code maxAttempts} attempts.
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxWait;

  private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxWait) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
    requireNonNull(initialBackoff, "initialBackoff");
    requireNonNull(maxWait, "maxWait");
    if (initialBackoff.isNegative() || maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "backoff and wait must not be negative but were " + initialBackoff + ", " + maxWait);
    }
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxWait = maxWait;
  }

  /** Five attempts, backoff from 2 seconds, waits of at most 2 minutes. */
  public static RetryPolicy standard() {
    return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(2));
  }

  /** A policy of {@code maxAttempts} attempts (1 = no retry). */
  public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxWait) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxWait);
  }

  /** Attempts per call, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait after failed attempt {@code attempt} (1-based) when the server said nothing. */
  Duration backoff(int attempt) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return cap(wait);
  }

  /** A wait the server asked for, kept within {@code maxWait}. */
  Duration cap(Duration wait) {
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxWait="
        + maxWait
        + "]";
  }
}
