package io.zerogex.core.volatility;

import io.zerogex.core.model.Arguments;
import java.time.Instant;

/**
 * A problem found in the samples behind an intraday realized volatility reading. Every sample
 * that was not used as given, and every slot of the window left without a return, is reported by
 * one of these; nothing is dropped silently.
 *
 * <p>Input issues ({@link Kind#OUT_OF_ORDER}, {@link Kind#DUPLICATE}, {@link Kind#OUTSIDE_SESSION},
 * {@link Kind#OFF_GRID}, {@link Kind#AFTER_AS_OF}) describe the samples given and are aggregated:
 * one issue per kind, {@code at} the earliest affected sample and {@code count} how many samples.
 * {@link Kind#CONFLICTING_DUPLICATE} and {@link Kind#GAP} are reported one per occurrence.
 * Window issues ({@link Kind#GAP}, {@link Kind#MISSING_AT_START}, {@link Kind#MISSING_AT_END})
 * count missing samples on the window's grid points; {@link Kind#WINDOW_TRUNCATED} counts the
 * slots the one-hour window is short of 12.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what went wrong
 * @param at the earliest instant concerned (a sample's timestamp or a grid point)
 * @param count how many samples or five-minute slots are affected, &gt;= 1
 * @param detail a human-readable explanation with the values involved
 */
public record DataIssue(Kind kind, Instant at, int count, String detail) {

  /** Validates every component. */
  public DataIssue {
    Arguments.notNull(kind, "kind");
    Arguments.notNull(at, "at");
    Arguments.positive(count, "count");
    Arguments.notNull(detail, "detail");
  }

  /** The kinds of issue. */
  public enum Kind {
    /** Samples not in ascending time order; they were sorted. Count: samples earlier than their predecessor. */
    OUT_OF_ORDER,
    /** Several samples on one grid point with equal prices; one was kept. Count: samples dropped. */
    DUPLICATE,
    /**
     * Several samples on one grid point with different prices; the one nearest the grid point was
     * kept (the first given on a tie). Count: samples dropped; the detail lists the prices.
     */
    CONFLICTING_DUPLICATE,
    /** Samples outside the session (before its open or after its close, beyond the tolerance); ignored. */
    OUTSIDE_SESSION,
    /** Samples in the session but farther than the tolerance from every 5-minute grid point; ignored. */
    OFF_GRID,
    /** Samples taken after the as-of instant; ignored, as they were not known then. */
    AFTER_AS_OF,
    /**
     * Missing samples between two present ones: their return spans {@code count + 1} slots and is
     * counted as that many slots in the annualization. Count: missing samples.
     */
    GAP,
    /**
     * Grid points at the start of the window before its first sample, so the slots up to that
     * sample are covered by no return. Count: missing samples (all the window's grid points when
     * it holds no sample at all).
     */
    MISSING_AT_START,
    /**
     * Grid points at the end of the window after its last sample (stale data), so the slots after
     * that sample are covered by no return. Count: missing samples.
     */
    MISSING_AT_END,
    /** The one-hour window starts at the session open, so it holds fewer than 12 slots. Count: slots short. */
    WINDOW_TRUNCATED
  }
}
