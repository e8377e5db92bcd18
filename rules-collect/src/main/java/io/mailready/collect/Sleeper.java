package io.mailready.collect;

import java.time.Duration;

/** Waits between retries; tests replace it so that a {@code Retry-After} costs no time. */
@FunctionalInterface
interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
