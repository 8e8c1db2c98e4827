package io.zerogex.core.volatility;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.model.Arguments;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An intraday realized volatility reading of one symbol over a one-hour or one-day window of the
 * regular session, from 5-minute price samples ({@link IntradayRealizedVolatility}).
 *
 * <p>{@code annualizedVolatility = sqrt(sum(r^2) * 252 * 78 / slotsCovered)} over the log returns
 * {@code r} between consecutive samples in the window: zero-mean realized variance, annualized
 * with 252 sessions of 78 five-minute returns. A return across a gap of {@code k} slots counts
 * {@code k} slots in {@code slotsCovered}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol the instrument, e.g. {@code SPX}
 * @param asOf the instant the reading describes; no sample after it was used
 * @param window one hour or one day
 * @param session the regular session the window lies in (its date, open, close and whether it is
 *     an early close)
 * @param windowStart the grid point the window starts at
 * @param windowEnd the grid point the window ends at
 * @param annualizedVolatility annualized volatility as a fraction (0.2 = 20%), empty when the
 *     window holds no return
 * @param returnsUsed how many returns (pairs of consecutive samples) were summed, &gt;= 0
 * @param slotsCovered how many five-minute slots those returns span, &gt;= returnsUsed
 * @param expectedReturns how many returns complete data would give: the slots from
 *     {@code windowStart} to {@code windowEnd}
 * @param issues every data problem found, in the order described by {@link DataIssue}
 */
public record RealizedVolatilityReading(
    String symbol,
    Instant asOf,
    RealizedVolatilityWindow window,
    RegularSession session,
    Instant windowStart,
    Instant windowEnd,
    OptionalDouble annualizedVolatility,
    int returnsUsed,
    int slotsCovered,
    int expectedReturns,
    List<DataIssue> issues) {

  /** Validates every component and copies the issues. */
  public RealizedVolatilityReading {
    Arguments.notBlank(symbol, "symbol");
    Arguments.notNull(asOf, "asOf");
    Arguments.notNull(window, "window");
    Arguments.notNull(session, "session");
    Arguments.notNull(windowStart, "windowStart");
    Arguments.notNull(windowEnd, "windowEnd");
    Arguments.notNull(annualizedVolatility, "annualizedVolatility");
    annualizedVolatility.ifPresent(v -> Arguments.nonNegative(v, "annualizedVolatility"));
    Arguments.nonNegative(returnsUsed, "returnsUsed");
    if (slotsCovered < returnsUsed || slotsCovered > expectedReturns) {
      throw new IllegalArgumentException("slotsCovered must be between returnsUsed " + returnsUsed
          + " and expectedReturns " + expectedReturns + ", got " + slotsCovered);
    }
    issues = List.copyOf(issues);
  }

  /** True when the session closes early (a half day): it has fewer than 78 five-minute slots. */
  public boolean earlyClose() {
    return session.earlyClose();
  }

  /** True when every expected return is present: no gap and no missing sample in the window. */
  public boolean complete() {
    return returnsUsed == expectedReturns;
  }
}
