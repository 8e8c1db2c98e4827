package io.zerogex.core.model;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * A snapshot of an underlying's (index, ETF or stock) price.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol the library's symbol, e.g. {@code SPX} (adapters map vendor forms such as
 *     {@code $SPX.X})
 * @param asOf when the price was observed
 * @param last last trade or index value, &gt; 0
 * @param bid best bid, if quoted
 * @param ask best ask, if quoted
 * @param volume session volume, &gt;= 0 (0 for indexes)
 */
public record Quote(String symbol, Instant asOf, double last, OptionalDouble bid, OptionalDouble ask, long volume) {

  /** Validates every component. */
  public Quote {
    Arguments.notBlank(symbol, "symbol");
    Arguments.notNull(asOf, "asOf");
    if (!(last > 0) || !Double.isFinite(last)) {
      throw new IllegalArgumentException(symbol + ": last must be finite and > 0, got " + last);
    }
    Arguments.notNull(bid, "bid");
    Arguments.notNull(ask, "ask");
    bid.ifPresent(b -> Arguments.nonNegative(b, symbol + " bid"));
    ask.ifPresent(a -> Arguments.nonNegative(a, symbol + " ask"));
    Arguments.nonNegative(volume, "volume");
  }

  /** A quote with only a last price, as for an index. */
  public static Quote ofLast(String symbol, Instant asOf, double last) {
    return new Quote(symbol, asOf, last, OptionalDouble.empty(), OptionalDouble.empty(), 0);
  }
}
