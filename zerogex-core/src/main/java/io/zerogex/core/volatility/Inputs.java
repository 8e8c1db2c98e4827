package io.zerogex.core.volatility;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.PriceBar;
import java.util.List;

/** Argument checks of the estimators, with messages naming the argument, index and value. Not API. */
final class Inputs {

  private Inputs() {
  }

  /** Checks {@code periodsPerYear} is finite and &gt; 0. */
  static double periodsPerYear(double periodsPerYear) {
    return Arguments.positive(periodsPerYear, "periodsPerYear");
  }

  /** Checks there are at least {@code minimum} prices, each finite and &gt; 0. */
  static double[] prices(double[] prices, String name, int minimum, String why) {
    Arguments.notNull(prices, name);
    if (prices.length < minimum) {
      throw new IllegalArgumentException(name + " must hold at least " + minimum + " prices (" + why
          + "), got " + prices.length);
    }
    for (int i = 0; i < prices.length; i++) {
      double p = prices[i];
      if (!(p > 0) || !Double.isFinite(p)) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite and > 0, got " + p);
      }
    }
    return prices;
  }

  /**
   * Checks there are at least {@code minimum} bars, none null, all of the first bar's symbol, in
   * strictly ascending start order (so no two share a start). Prices need no check here: every
   * {@link PriceBar} holds finite positive prices by construction.
   */
  static List<PriceBar> bars(List<PriceBar> bars, String name, int minimum, String why) {
    Arguments.notNull(bars, name);
    if (bars.size() < minimum) {
      throw new IllegalArgumentException(name + " must hold at least " + minimum + " bars (" + why
          + "), got " + bars.size());
    }
    PriceBar first = Arguments.notNull(bars.get(0), name + "[0]");
    for (int i = 1; i < bars.size(); i++) {
      PriceBar bar = Arguments.notNull(bars.get(i), name + "[" + i + "]");
      if (!bar.symbol().equals(first.symbol())) {
        throw new IllegalArgumentException(name + "[" + i + "] has symbol " + bar.symbol()
            + " but " + name + "[0] has " + first.symbol() + "; all bars must be of one symbol");
      }
      PriceBar previous = bars.get(i - 1);
      if (!bar.start().isAfter(previous.start())) {
        throw new IllegalArgumentException(name + "[" + i + "] starts at " + bar.start()
            + (bar.start().equals(previous.start()) ? ", a duplicate of " : ", before ")
            + name + "[" + (i - 1) + "] at " + previous.start()
            + "; bars must be in strictly ascending start order");
      }
    }
    return bars;
  }
}
