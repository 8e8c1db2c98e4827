package io.zerogex.core.volatility;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.model.Arguments;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One-hour and one-day realized volatility readings from 5-minute price snapshots of an index,
 * as the systems this library replaces computed them, with every data problem reported.
 *
 * <p><b>Session.</b> The reading describes the regular session of the trading calendar that most
 * recently opened at or before {@code asOf} (during a session, that session; in the evening, that
 * day's session; before the open, the previous trading day's). Its 5-minute grid runs from the
 * open to the close inclusive: 79 grid points and 78 slots on a full day, 43 points and 42 slots
 * on a 13:00 early close. Samples are aligned to the nearest grid point when within the
 * tolerance (default {@link #DEFAULT_TOLERANCE}); others are reported and ignored.
 *
 * <p><b>Windows.</b> Both end at the last grid point reached by {@code asOf} (or at the grid
 * point of the latest sample at or before {@code asOf}, which can be up to the tolerance early),
 * capped at the close. {@link RealizedVolatilityWindow#ONE_DAY} starts at the open: no overnight
 * return. {@link RealizedVolatilityWindow#ONE_HOUR} starts 12 slots before its end, or at the open
 * when fewer have elapsed (reported as {@link DataIssue.Kind#WINDOW_TRUNCATED}).
 *
 * <p><b>Estimator.</b> Zero-mean realized variance of the log returns {@code r} between
 * consecutive samples inside the window, annualized per five-minute slot with
 * {@link #FIVE_MINUTE_SLOTS_PER_YEAR} = 252 sessions x 78 slots:
 * {@code volatility = sqrt(sum(r^2) * 252 * 78 / slotsCovered)}. A return across a gap spans
 * {@code k} slots and counts {@code k} in {@code slotsCovered}, so a gap neither inflates nor
 * deflates the estimate. An early-close session uses the returns it has (at most 42), annualized
 * per slot the same way; it is never treated as a full session.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IntradayRealizedVolatility {

  /** Five-minute slots per year, 252 sessions of 78: the annualization of one slot's variance. */
  public static final double FIVE_MINUTE_SLOTS_PER_YEAR = 252.0 * 78.0;

  /** Five-minute returns in the one-hour window: 12. */
  public static final int ONE_HOUR_SLOTS = 12;

  /** The default alignment tolerance: a sample within 60 seconds of a grid point belongs to it. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(60);

  /** How far back from {@code asOf} a session is searched for (covers the longest NYSE closures). */
  private static final int SESSION_SEARCH_DAYS = 14;

  private final TradingCalendar calendar;
  private final Duration tolerance;

  private IntradayRealizedVolatility(TradingCalendar calendar, Duration tolerance) {
    this.calendar = Arguments.notNull(calendar, "calendar");
    Arguments.notNull(tolerance, "tolerance");
    if (tolerance.isNegative() || tolerance.toMillis() >= SessionSamples.SLOT_MILLIS / 2) {
      throw new IllegalArgumentException("tolerance must be >= 0 and under 2.5 minutes, got " + tolerance);
    }
    this.tolerance = tolerance;
  }

  /**
   * Readings on {@code calendar}'s sessions with the {@link #DEFAULT_TOLERANCE}.
   *
   * @param calendar the trading calendar giving the session bounds, e.g. {@link TradingCalendar#nyse()}
   * @return the reader
   */
  public static IntradayRealizedVolatility of(TradingCalendar calendar) {
    return new IntradayRealizedVolatility(calendar, DEFAULT_TOLERANCE);
  }

  /**
   * Readings on {@code calendar}'s sessions with the given alignment tolerance.
   *
   * @param calendar the trading calendar giving the session bounds, e.g. {@link TradingCalendar#nyse()}
   * @param tolerance how far from a grid point a sample may be taken, &gt;= 0 and under 2.5 minutes
   * @return the reader
   */
  public static IntradayRealizedVolatility of(TradingCalendar calendar, Duration tolerance) {
    return new IntradayRealizedVolatility(calendar, tolerance);
  }

  /**
   * The alignment tolerance.
   *
   * @return how far from a grid point a sample may be taken
   */
  public Duration tolerance() {
    return tolerance;
  }

  /**
   * The reading of {@code symbol} over {@code window} as of {@code asOf}.
   *
   * @param symbol the instrument the samples are of, e.g. {@code SPX}
   * @param samples price samples in any order; samples of other sessions, after {@code asOf},
   *     off the grid or duplicated are reported in the reading's issues
   * @param asOf the instant of the reading (pass the injected clock's instant)
   * @param window one hour or one day
   * @return the reading, with its volatility empty when the window holds no return
   * @throws IllegalArgumentException when no session opened in the 14 days up to {@code asOf}
   */
  public RealizedVolatilityReading reading(String symbol, List<PriceSample> samples, Instant asOf,
      RealizedVolatilityWindow window) {
    Arguments.notNull(window, "window");
    return read(symbol, aligned(samples, asOf), asOf, window);
  }

  /**
   * The one-hour and the one-day readings, in that order, from one alignment of the samples.
   *
   * @param symbol the instrument the samples are of, e.g. {@code SPX}
   * @param samples price samples in any order, as for {@link #reading}
   * @param asOf the instant of the readings
   * @return the {@link RealizedVolatilityWindow#ONE_HOUR} then the
   *     {@link RealizedVolatilityWindow#ONE_DAY} reading
   */
  public List<RealizedVolatilityReading> readings(String symbol, List<PriceSample> samples, Instant asOf) {
    SessionSamples aligned = aligned(samples, asOf);
    return List.of(read(symbol, aligned, asOf, RealizedVolatilityWindow.ONE_HOUR),
        read(symbol, aligned, asOf, RealizedVolatilityWindow.ONE_DAY));
  }

  private SessionSamples aligned(List<PriceSample> samples, Instant asOf) {
    Arguments.notNull(samples, "samples");
    Arguments.notNull(asOf, "asOf");
    return new SessionSamples(sessionAt(asOf), asOf, tolerance, samples);
  }

  private RegularSession sessionAt(Instant asOf) {
    LocalDate date = asOf.atZone(TradingCalendar.NEW_YORK).toLocalDate();
    for (int back = 0; back <= SESSION_SEARCH_DAYS; back++) {
      Optional<RegularSession> session = calendar.regularSession(date.minusDays(back));
      if (session.isPresent() && !session.get().open().isAfter(asOf)) {
        return session.get();
      }
    }
    throw new IllegalArgumentException("asOf " + asOf + ": no regular session opened in the "
        + SESSION_SEARCH_DAYS + " days up to it");
  }

  private static RealizedVolatilityReading read(String symbol, SessionSamples aligned, Instant asOf,
      RealizedVolatilityWindow window) {
    Arguments.notBlank(symbol, "symbol");
    int end = aligned.lastSlot;
    int start = window == RealizedVolatilityWindow.ONE_DAY ? 0 : Math.max(0, end - ONE_HOUR_SLOTS);
    List<DataIssue> issues = new ArrayList<>(aligned.issues);
    if (window == RealizedVolatilityWindow.ONE_HOUR && end - start < ONE_HOUR_SLOTS) {
      issues.add(new DataIssue(DataIssue.Kind.WINDOW_TRUNCATED, aligned.session.open(), ONE_HOUR_SLOTS - (end - start),
          "the session opened " + (end - start) + " slots before the window end; the one-hour window holds "
              + (end - start) + " of " + ONE_HOUR_SLOTS + " slots"));
    }
    double sumOfSquares = 0;
    int returns = 0;
    int covered = 0;
    int previous = -1;
    for (int j = start; j <= end; j++) {
      if (aligned.priceBySlot[j] == 0) {
        continue;
      }
      if (previous < 0) {
        if (j > start) {
          issues.add(missing(DataIssue.Kind.MISSING_AT_START, aligned, start, j - start));
        }
      } else {
        double r = BarTerms.logReturn(aligned.priceBySlot[previous], aligned.priceBySlot[j]);
        sumOfSquares += r * r;
        returns++;
        covered += j - previous;
        if (j - previous > 1) {
          issues.add(new DataIssue(DataIssue.Kind.GAP, aligned.gridPoint(previous + 1), j - previous - 1,
              (j - previous - 1) + " missing samples from " + aligned.gridPoint(previous + 1) + " to "
                  + aligned.gridPoint(j - 1) + "; the return from " + aligned.gridPoint(previous) + " to "
                  + aligned.gridPoint(j) + " counts " + (j - previous) + " slots"));
        }
      }
      previous = j;
    }
    if (previous < 0) {
      issues.add(missing(DataIssue.Kind.MISSING_AT_START, aligned, start, end - start + 1));
    } else if (previous < end) {
      issues.add(missing(DataIssue.Kind.MISSING_AT_END, aligned, previous + 1, end - previous));
    }
    OptionalDouble volatility = returns == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(Math.sqrt(sumOfSquares * FIVE_MINUTE_SLOTS_PER_YEAR / covered));
    return new RealizedVolatilityReading(symbol, asOf, window, aligned.session, aligned.gridPoint(start),
        aligned.gridPoint(end), volatility, returns, covered, end - start, issues);
  }

  private static DataIssue missing(DataIssue.Kind kind, SessionSamples aligned, int firstSlot, int count) {
    return new DataIssue(kind, aligned.gridPoint(firstSlot), count, count + " grid points without a sample from "
        + aligned.gridPoint(firstSlot) + " to " + aligned.gridPoint(firstSlot + count - 1));
  }
}
