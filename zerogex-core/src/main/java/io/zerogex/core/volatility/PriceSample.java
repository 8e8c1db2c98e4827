package io.zerogex.core.volatility;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.Quote;
import java.time.Instant;

/**
 * One timestamped price observation of an index or other underlying, such as a 5-minute snapshot.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at when the price was observed
 * @param price the price, finite and &gt; 0
 */
public record PriceSample(Instant at, double price) {

  /** Validates the instant and the price. */
  public PriceSample {
    Arguments.notNull(at, "at");
    if (!(price > 0) || !Double.isFinite(price)) {
      throw new IllegalArgumentException("price at " + at + " must be finite and > 0, got " + price);
    }
  }

  /** The sample of a quote: its as-of instant and last price. */
  public static PriceSample of(Quote quote) {
    Arguments.notNull(quote, "quote");
    return new PriceSample(quote.asOf(), quote.last());
  }
}
