package io.zerogex.tradestation;

import java.time.Duration;

/**
 * Exponential backoff without jitter: attempt {@code n} (from 0) waits
 * {@code min(max, initial * 2^n)}. Jitter is left out so that tests are deterministic; one
 * process holds at most a handful of streams, too few to synchronise a reconnect storm.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param initial the first delay, &gt;= 0
 * @param max the cap, &gt;= 0
 */
record Backoff(Duration initial, Duration max) {

  /** The delay before retry number {@code attempt} (0 for the first retry). */
  Duration delay(int attempt) {
    long millis = initial.toMillis();
    for (int i = 0; i < attempt && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }

  /**
   * Sleeps for {@code delay}.
   *
   * @return false when the thread was interrupted (its interrupt flag is set again)
   */
  static boolean sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
