package io.zerogex.core.volatility;

import io.zerogex.core.model.PriceBar;
import java.util.List;

/**
 * Realized (historical) volatility estimators over one window of prices or OHLC bars.
 *
 * <p>Conventions shared by every method:
 * <ul>
 *   <li>Returns are natural-log returns. For bar {@code i}: {@code o_i = ln(O_i / C_{i-1})} the
 *       overnight return, {@code c_i = ln(C_i / O_i)} the open-to-close return,
 *       {@code u_i = ln(H_i / O_i)}, {@code d_i = ln(L_i / O_i)}.</li>
 *   <li>Each method computes a variance per period (per bar or per return) and annualizes it:
 *       {@code volatility = sqrt(periodsPerYear * variance)}, a fraction per square-root year
 *       (0.20 = 20%). {@code periodsPerYear} is explicit: 252 for daily bars of a US exchange,
 *       {@code 252 * 78} for regular-session 5-minute bars.</li>
 *   <li>Bars must be of one symbol, in strictly ascending start order (no duplicate starts), and
 *       contiguous in the caller's sense: no check is made that no bar is missing.</li>
 *   <li>Constant prices give exactly 0; every result is finite and &gt;= 0, never NaN.</li>
 *   <li>Bad input throws {@link IllegalArgumentException} naming the argument, the offending
 *       index and its value, or how many points are needed and how many were given.</li>
 * </ul>
 *
 * <p>The estimators in the Garman-Klass family assume prices sampled continuously within a bar;
 * with discretely sampled highs and lows they are biased low, which is a property of the
 * estimators, not of this code.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RealizedVolatility {

  private RealizedVolatility() {
  }

  /**
   * Close-to-close volatility: the sample standard deviation (divisor {@code n - 1}) of the
   * {@code n = closes.length - 1} log returns {@code r_i = ln(C_i / C_{i-1})}, annualized:
   * {@code sqrt(periodsPerYear * sum((r_i - mean(r))^2) / (n - 1))}.
   *
   * @param closes closing prices in time order, at least 3 (2 returns), each finite and &gt; 0
   * @param periodsPerYear returns per year, &gt; 0
   * @return annualized volatility, &gt;= 0
   */
  public static double closeToClose(double[] closes, double periodsPerYear) {
    Inputs.periodsPerYear(periodsPerYear);
    Inputs.prices(closes, "closes", 3, "2 returns for a sample standard deviation");
    return annualize(BarTerms.sampleVariance(BarTerms.logReturns(closes), 1, closes.length - 1), periodsPerYear);
  }

  /**
   * Zero-mean close-to-close volatility, the realized variance form: with the {@code n} log
   * returns {@code r_i = ln(C_i / C_{i-1})}, {@code sqrt(periodsPerYear * sum(r_i^2) / n)}. The
   * mean is taken as 0 rather than estimated, so with the same returns
   * {@code closeToCloseZeroMean^2 = closeToClose^2 * (n - 1) / n + periodsPerYear * mean(r)^2}.
   *
   * @param closes prices in time order, at least 2 (1 return), each finite and &gt; 0
   * @param periodsPerYear returns per year, &gt; 0
   * @return annualized volatility, &gt;= 0
   */
  public static double closeToCloseZeroMean(double[] closes, double periodsPerYear) {
    Inputs.periodsPerYear(periodsPerYear);
    Inputs.prices(closes, "closes", 2, "1 return");
    return annualize(BarTerms.meanSquare(BarTerms.logReturns(closes), 1, closes.length - 1), periodsPerYear);
  }

  /**
   * Parkinson (1980) high-low volatility: {@code variance = sum(ln(H_i / L_i)^2) / (4 n ln 2)}
   * over the {@code n} bars, annualized. Assumes zero drift and no overnight jump.
   *
   * @param bars at least 1 bar
   * @param periodsPerYear bars per year, &gt; 0
   * @return annualized volatility, &gt;= 0
   */
  public static double parkinson(List<PriceBar> bars, double periodsPerYear) {
    return Estimator.PARKINSON.estimate(bars, periodsPerYear);
  }

  /**
   * Garman-Klass (1980) volatility, the practical form of their best analytic estimator:
   * {@code variance = (1/n) sum(0.5 ln(H_i / L_i)^2 - (2 ln 2 - 1) ln(C_i / O_i)^2)}, annualized.
   * Each term is &gt;= 0 because {@code |ln(C/O)| <= ln(H/L)}. Assumes zero drift and ignores the
   * overnight return.
   *
   * @param bars at least 1 bar
   * @param periodsPerYear bars per year, &gt; 0
   * @return annualized volatility, &gt;= 0
   */
  public static double garmanKlass(List<PriceBar> bars, double periodsPerYear) {
    return Estimator.GARMAN_KLASS.estimate(bars, periodsPerYear);
  }

  /**
   * Rogers-Satchell (1991) volatility, unbiased under any constant drift:
   * {@code variance = (1/n) sum(ln(H_i / C_i) ln(H_i / O_i) + ln(L_i / C_i) ln(L_i / O_i))},
   * annualized. Ignores the overnight return.
   *
   * @param bars at least 1 bar
   * @param periodsPerYear bars per year, &gt; 0
   * @return annualized volatility, &gt;= 0
   */
  public static double rogersSatchell(List<PriceBar> bars, double periodsPerYear) {
    return Estimator.ROGERS_SATCHELL.estimate(bars, periodsPerYear);
  }

  /**
   * Garman-Klass volatility extended with the overnight return (the "Garman-Klass-Yang-Zhang"
   * form): {@code variance = (1/n) sum(ln(O_i / C_{i-1})^2 + 0.5 ln(H_i / L_i)^2
   * - (2 ln 2 - 1) ln(C_i / O_i)^2)} over the {@code n} window bars, annualized.
   *
   * @param barsAfterLeadingBar one leading bar, whose close starts the first overnight return and
   *     which is otherwise unused, then the {@code n >= 1} window bars: at least 2 bars in all
   * @param periodsPerYear bars per year, &gt; 0
   * @return annualized volatility, &gt;= 0
   */
  public static double garmanKlassYangZhang(List<PriceBar> barsAfterLeadingBar, double periodsPerYear) {
    return Estimator.GARMAN_KLASS_YANG_ZHANG.estimate(barsAfterLeadingBar, periodsPerYear);
  }

  /**
   * Yang-Zhang (2000) volatility, unbiased under drift and with overnight jumps:
   * {@code variance = V_O + k V_C + (1 - k) V_RS} over the {@code n} window bars, annualized, with
   * {@code V_O = sum((o_i - mean(o))^2) / (n - 1)} the sample variance of the overnight returns
   * {@code o_i = ln(O_i / C_{i-1})}, {@code V_C = sum((c_i - mean(c))^2) / (n - 1)} that of the
   * open-to-close returns {@code c_i = ln(C_i / O_i)}, {@code V_RS} the Rogers-Satchell variance
   * (divisor {@code n}) of the window, and {@code k = 0.34 / (1.34 + (n + 1) / (n - 1))}.
   *
   * @param barsAfterLeadingBar one leading bar, whose close starts the first overnight return and
   *     which is otherwise unused, then the {@code n >= 2} window bars: at least 3 bars in all
   * @param periodsPerYear bars per year, &gt; 0
   * @return annualized volatility, &gt;= 0
   */
  public static double yangZhang(List<PriceBar> barsAfterLeadingBar, double periodsPerYear) {
    return Estimator.YANG_ZHANG.estimate(barsAfterLeadingBar, periodsPerYear);
  }

  /** {@code sqrt(periodsPerYear * variance)}; the max turns a signed zero into +0. */
  static double annualize(double variance, double periodsPerYear) {
    return Math.sqrt(periodsPerYear * Math.max(0.0, variance));
  }
}
