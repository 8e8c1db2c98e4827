package io.zerogex.tradier;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * Keeps requests under a per-minute allowance on the client side, so a burst of expiration fetches
 * waits its turn instead of running into HTTP 429: at most {@code perMinute} request starts in any
 * rolling 60-second window. The server's own accounting ({@code X-Ratelimit-Available} and
 * {@code X-Ratelimit-Expiry}) and a 429's {@code Retry-After} pause every caller until the
 * window the server named has passed.
 *
 * <p>Thread-safe. Time comes from a monotonic nanosecond ticker, so wall-clock jumps cannot open
 * or close the window.
 */
final class RequestLimiter {

  private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();
  /** Longest pause taken from a server header, so a bogus expiry cannot stall the source. */
  private static final long MAX_PAUSE_NANOS = Duration.ofMinutes(2).toNanos();

  private final int perMinute;
  private final LongSupplier nanoTicker;
  private final Sleeper sleeper;
  private final ArrayDeque<Long> starts = new ArrayDeque<>();
  private long pausedUntilNanos;

  RequestLimiter(int perMinute, LongSupplier nanoTicker, Sleeper sleeper) {
    this.perMinute = perMinute;
    this.nanoTicker = nanoTicker;
    this.sleeper = sleeper;
    this.pausedUntilNanos = nanoTicker.getAsLong();
  }

  /** Blocks until a request may start, then counts it. */
  void acquire() throws InterruptedException {
    while (true) {
      long waitNanos;
      synchronized (this) {
        long now = nanoTicker.getAsLong();
        while (!starts.isEmpty() && now - starts.peekFirst() >= WINDOW_NANOS) {
          starts.pollFirst();
        }
        long pauseWait = pausedUntilNanos - now;
        boolean full = starts.size() >= perMinute;
        if (!full && pauseWait <= 0) {
          starts.addLast(now);
          return;
        }
        waitNanos = Math.max(pauseWait, full ? starts.peekFirst() + WINDOW_NANOS - now : 0);
      }
      sleeper.sleep(Duration.ofNanos(Math.max(waitNanos, 1_000_000L)));
    }
  }

  /** Pauses every caller for {@code duration} from now (a 429's Retry-After). */
  synchronized void pauseFor(Duration duration) {
    long nanos = Math.min(Math.max(0, duration.toNanos()), MAX_PAUSE_NANOS);
    pausedUntilNanos = Math.max(pausedUntilNanos, nanoTicker.getAsLong() + nanos);
  }

  /**
   * Applies the server's accounting: when it reports no requests left, pause until its window
   * expires.
   *
   * @param available {@code X-Ratelimit-Available}, or -1 when absent
   * @param untilExpiry time until {@code X-Ratelimit-Expiry}, or null when absent
   */
  void onServerAllowance(long available, Duration untilExpiry) {
    if (available == 0 && untilExpiry != null) {
      pauseFor(untilExpiry);
    }
  }
}
