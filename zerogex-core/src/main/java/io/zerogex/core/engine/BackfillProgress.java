package io.zerogex.core.engine;

import java.time.Duration;

/**
 * Progress of a backfill, reported after every gap (the CLI draws a progress bar from it).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param underlying the symbol whose gap was just handled
 * @param gapsDone gaps handled so far, all symbols
 * @param gapsTotal gaps found, all symbols
 * @param barsStored bars stored so far
 * @param elapsed wall time since the backfill started
 * @param remaining estimated wall time left: {@code elapsed / gapsDone * (gapsTotal - gapsDone)}
 */
public record BackfillProgress(String underlying, int gapsDone, int gapsTotal, long barsStored,
    Duration elapsed, Duration remaining) {

  /** Receives {@link BackfillProgress} reports; called on the backfilling thread. */
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
