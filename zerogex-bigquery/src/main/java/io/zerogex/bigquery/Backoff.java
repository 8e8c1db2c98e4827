package io.zerogex.bigquery;

import io.zerogex.core.spi.StorageException;
import java.time.Duration;

/**
 * Doubling backoff between attempts of a write: {@code initial * 2^(attempt - 1)} before attempt
 * {@code attempt + 1}, the exponent capped at 20. Stateless.
 */
final class Backoff {

  private Backoff() {
  }

  /**
   * Sleeps after failed attempt {@code attempt} (1-based).
   *
   * @param what the write, for the message if the thread is interrupted
   */
  static void pause(Duration initial, int attempt, String what) {
    long millis = initial.toMillis() << Math.min(attempt - 1, 20);
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while backing off " + what, e);
    }
  }
}
