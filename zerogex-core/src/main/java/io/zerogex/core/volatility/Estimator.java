package io.zerogex.core.volatility;

import io.zerogex.core.model.PriceBar;
import java.util.List;

/**
 * The realized volatility estimators of {@link RealizedVolatility}, as values, for the rolling
 * form ({@link RollingRealizedVolatility}) and for code that picks an estimator by configuration.
 *
 * <p>A window of {@code n} bars is the bars whose terms are averaged. Estimators that need the
 * previous close (the close-to-close pair, Garman-Klass-Yang-Zhang and Yang-Zhang) read one
 * leading bar before the window, so a window of {@code n} bars needs {@code n + 1} bars of input;
 * for the close-to-close pair a bar's term is the return from the previous close to its close.
 */
public enum Estimator {
  /** {@link RealizedVolatility#closeToClose}: sample (n - 1) standard deviation of close-to-close returns. */
  CLOSE_TO_CLOSE(1, 2),
  /** {@link RealizedVolatility#closeToCloseZeroMean}: root mean square of close-to-close returns. */
  CLOSE_TO_CLOSE_ZERO_MEAN(1, 1),
  /** {@link RealizedVolatility#parkinson}: Parkinson (1980) high-low range. */
  PARKINSON(0, 1),
  /** {@link RealizedVolatility#garmanKlass}: Garman-Klass (1980) practical form. */
  GARMAN_KLASS(0, 1),
  /** {@link RealizedVolatility#rogersSatchell}: Rogers-Satchell (1991), drift independent. */
  ROGERS_SATCHELL(0, 1),
  /** {@link RealizedVolatility#garmanKlassYangZhang}: Garman-Klass plus the overnight return. */
  GARMAN_KLASS_YANG_ZHANG(1, 1),
  /** {@link RealizedVolatility#yangZhang}: Yang-Zhang (2000). */
  YANG_ZHANG(1, 2);

  private final int leadingBars;
  private final int minimumWindow;

  Estimator(int leadingBars, int minimumWindow) {
    this.leadingBars = leadingBars;
    this.minimumWindow = minimumWindow;
  }

  /** Bars read before the window: 1 when the estimator needs the previous close, else 0. */
  public int leadingBars() {
    return leadingBars;
  }

  /** The fewest bars a window may hold: 2 for the estimators with a sample (n - 1) variance, else 1. */
  public int minimumWindow() {
    return minimumWindow;
  }

  /**
   * This estimator over all of {@code bars}: the window is every bar after the
   * {@link #leadingBars()} leading ones. For the close-to-close pair the closes of the bars are
   * used, so the result equals {@link RealizedVolatility#closeToClose} of those closes.
   *
   * @param bars the leading bars then the window, checked as by {@link RealizedVolatility}
   * @param periodsPerYear bars per year, &gt; 0, e.g. 252 for daily bars
   * @return annualized volatility, a fraction per square-root year (0.2 = 20%), &gt;= 0
   */
  public double estimate(List<PriceBar> bars, double periodsPerYear) {
    Inputs.periodsPerYear(periodsPerYear);
    Inputs.bars(bars, "bars", leadingBars + minimumWindow, requirement());
    return RealizedVolatility.annualize(BarTerms.of(bars, this).variance(this, leadingBars, bars.size() - 1),
        periodsPerYear);
  }

  /** The input needed, for messages: e.g. "one leading bar and a window of at least 2". */
  String requirement() {
    return (leadingBars == 1 ? "one leading bar and " : "") + "a window of at least " + minimumWindow
        + " for " + name();
  }
}
