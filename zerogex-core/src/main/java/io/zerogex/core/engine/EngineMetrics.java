package io.zerogex.core.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * What the {@link GexEngine} reports as it works, for a metrics registry (the Micrometer binding
 * lives in {@code zerogex-examples}, so core keeps no dependency). Every method has an empty
 * default; implementations must be thread-safe and quick, as jobs call them from worker threads.
 */
public interface EngineMetrics {

  /** Reports nothing. */
  EngineMetrics NONE = new EngineMetrics() { };

  /**
   * A job finished.
   *
   * @param job the job
   * @param underlying the underlying it ran for ({@code "*"} for the heartbeat)
   * @param latency its wall time, from the start of the job to its end
   * @param at the engine clock's instant when it finished
   */
  default void jobSucceeded(Job job, String underlying, Duration latency, Instant at) { }

  /**
   * A job failed (its exception was caught, or it was still running at shutdown).
   *
   * @param job the job
   * @param underlying the underlying it ran for
   * @param latency its wall time until it failed
   * @param cause why
   */
  default void jobFailed(Job job, String underlying, Duration latency, Throwable cause) { }

  /**
   * A chain snapshot was stored.
   *
   * @param underlying its underlying
   * @param contracts the number of option quotes in it
   */
  default void chainStored(String underlying, int contracts) { }

  /**
   * Price bars were stored (polled, aggregated or backfilled).
   *
   * @param symbol their symbol
   * @param bars how many
   */
  default void barsStored(String symbol, int bars) { }

  /**
   * A job was due while its previous run was still going, so it was skipped rather than run twice.
   *
   * @param job the job
   * @param underlying the underlying
   */
  default void jobSkippedWhileRunning(Job job, String underlying) { }
}
