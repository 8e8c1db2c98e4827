package io.zerogex.core.engine;

import java.time.Duration;

/**
 * Progress of one backfill run, reported after every gap (the CLI draws a progress bar from it). A
 * run is {@link GexEngine#backfill()} over every underlying, or one {@link Job#GAP_BACKFILL} job
 * of one underlying.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param underlying the symbol whose gap was just handled
 * @param gapsDone gaps handled so far in this run (a gap: the missing minutes of one symbol in one session)
 * @param gapsTotal gaps found by this run
 * @param barsStored bars stored so far in this run
 * @param elapsed wall time since the backfill started
 * @param remaining estimated wall time left: {@code elapsed / gapsDone * (gapsTotal - gapsDone)}
 */
public record BackfillProgress(String underlying, int gapsDone, int gapsTotal, long barsStored,
    Duration elapsed, Duration remaining) {

  /**
   * Receives {@link BackfillProgress} reports, on the backfilling thread: the caller of
   * {@link GexEngine#backfill()} or a job thread, possibly at once for different underlyings, so
   * implementations must be thread-safe.
   */
  @FunctionalInterface
  public interface Listener {

    /** Reports nothing. */
    Listener NONE = progress -> { };

    /**
     * One report.
     *
     * @param progress where the backfill stands
     */
    void onProgress(BackfillProgress progress);
  }
}
