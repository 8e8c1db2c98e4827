package io.zerogex.core.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One OHLC bar of a symbol's prices over {@code [start, start + interval)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol the instrument, e.g. {@code SPX}
 * @param start the bar's opening instant
 * @param interval the bar's length, &gt; 0 (one day for daily bars)
 * @param open first price, &gt; 0
 * @param high highest price, at least every other price of the bar
 * @param low lowest price, &gt; 0 and at most every other price of the bar
 * @param close last price, &gt; 0
 * @param volume volume traded, &gt;= 0 (0 for indexes)
 */
public record PriceBar(
    String symbol,
    Instant start,
    Duration interval,
    double open,
    double high,
    double low,
    double close,
    long volume) {

  /** Validates prices and their ordering. */
  public PriceBar {
    Arguments.notBlank(symbol, "symbol");
    Arguments.notNull(start, "start");
    Arguments.notNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be > 0, got " + interval);
    }
    String where = symbol + " bar at " + start;
    positive(open, "open", where);
    positive(high, "high", where);
    positive(low, "low", where);
    positive(close, "close", where);
    if (high < Math.max(open, close) || high < low) {
      throw new IllegalArgumentException(where + ": high " + high
          + " is below open " + open + ", close " + close + " or low " + low);
    }
    if (low > Math.min(open, close)) {
      throw new IllegalArgumentException(where + ": low " + low + " is above open " + open + " or close " + close);
    }
    if (volume < 0) {
      throw new IllegalArgumentException(where + ": volume must be >= 0, got " + volume);
    }
  }

  /** The instant just after the bar: {@code start + interval}. */
  public Instant end() {
    return start.plus(interval);
  }

  private static void positive(double v, String name, String where) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(where + ": " + name + " must be finite and > 0, got " + v);
    }
  }
}
