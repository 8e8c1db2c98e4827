package io.zerogex.tradier;

import java.time.Duration;

/** Waits between retries and for the rate limiter; a seam so tests need not sleep. */
@FunctionalInterface
interface Sleeper {

  /** The real one: {@link Thread#sleep(long)}. */
  Sleeper THREAD = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  /** Blocks for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
