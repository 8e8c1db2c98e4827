package io.zerogex.core.volatility;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.PriceBar;
import java.util.List;

/**
 * Rolling realized volatility: one estimate per window of {@code window} consecutive bars,
 * sliding one bar at a time.
 *
 * <p>Alignment: element {@code j} of the result is the estimate over the window whose last bar
 * is {@code bars.get(j + firstWindowEnd(estimator, window))}, i.e. each value belongs to the bar
 * that ends its window, and the result has
 * {@code bars.size() - estimator.leadingBars() - window + 1} elements. No value is computed
 * before a window is complete (no NaN padding). Each element equals, exactly, the single-window
 * result of {@link Estimator#estimate} over that window's bars (with its leading bar when the
 * estimator needs one), because both add the same per-bar terms in the same order.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RollingRealizedVolatility {

  private RollingRealizedVolatility() {
  }

  /**
   * Index in {@code bars} of the last bar of the first complete window:
   * {@code estimator.leadingBars() + window - 1}.
   *
   * @param estimator the estimator
   * @param window bars per window, at least {@link Estimator#minimumWindow()}
   * @return the bar index that element 0 of {@link #rolling} belongs to
   */
  public static int firstWindowEnd(Estimator estimator, int window) {
    Arguments.notNull(estimator, "estimator");
    checkWindow(estimator, window);
    return estimator.leadingBars() + window - 1;
  }

  /**
   * The annualized estimate of {@code estimator} over every complete window of {@code window}
   * bars; see the class comment for the alignment.
   *
   * @param estimator the estimator
   * @param bars bars of one symbol in strictly ascending start order, at least
   *     {@code estimator.leadingBars() + window}
   * @param window bars per window, at least {@link Estimator#minimumWindow()}
   * @param periodsPerYear bars per year, &gt; 0
   * @return one annualized volatility per window, each &gt;= 0
   */
  public static double[] rolling(Estimator estimator, List<PriceBar> bars, int window, double periodsPerYear) {
    int first = firstWindowEnd(estimator, window);
    Inputs.periodsPerYear(periodsPerYear);
    Inputs.bars(bars, "bars", first + 1, estimator.leadingBars() == 1
        ? "one leading bar and a window of " + window : "a window of " + window);
    BarTerms terms = BarTerms.of(bars, estimator);
    double[] out = new double[bars.size() - first];
    for (int j = 0; j < out.length; j++) {
      int end = first + j;
      out[j] = RealizedVolatility.annualize(terms.variance(estimator, end - window + 1, end), periodsPerYear);
    }
    return out;
  }

  private static void checkWindow(Estimator estimator, int window) {
    if (window < estimator.minimumWindow()) {
      throw new IllegalArgumentException("window must be at least " + estimator.minimumWindow()
          + " bars for " + estimator + ", got " + window);
    }
  }
}
