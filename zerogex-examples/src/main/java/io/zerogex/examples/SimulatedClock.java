package io.zerogex.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that starts at a chosen instant and runs {@code speed} times faster than real time, so a
 * replayed trading day passes in minutes: {@code start + (nanoTime - nanoTimeAtCreation) * speed}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SimulatedClock extends Clock {

  private final Instant start;
  private final double speed;
  private final long startNanos;

  SimulatedClock(Instant start, double speed) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be finite and > 0, got " + speed);
    }
    this.start = start;
    this.speed = speed;
    this.startNanos = System.nanoTime();
  }

  @Override
  public Instant instant() {
    return start.plus(Duration.ofNanos((long) ((System.nanoTime() - startNanos) * speed)));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
