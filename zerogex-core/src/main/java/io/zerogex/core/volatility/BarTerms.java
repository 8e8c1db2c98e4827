package io.zerogex.core.volatility;

import io.zerogex.core.model.PriceBar;
import java.util.List;

/**
 * The per-bar log terms an estimator sums, computed once from validated bars so that a rolling
 * window and a single window over the same bars add exactly the same numbers in the same order
 * (a rolling result therefore equals the single-window result bit for bit). Only the terms the
 * estimator reads are computed (one to four logarithms per bar); the others stay null.
 *
 * <p>Index {@code i} is bar {@code i} of the input. Terms that need the previous close
 * ({@link #closeToClose}, {@link #overnight}) are 0 at index 0 and never read there.
 * Not API: package-private.
 */
final class BarTerms {

  /** {@code 2 ln 2 - 1}, the Garman-Klass weight of the squared open-to-close return. */
  static final double GARMAN_KLASS_WEIGHT = 2 * Math.log(2) - 1;

  /** {@code ln(C_i / C_{i-1})}. */
  final double[] closeToClose;
  /** {@code o_i = ln(O_i / C_{i-1})}, the overnight return. */
  final double[] overnight;
  /** {@code c_i = ln(C_i / O_i)}. */
  final double[] openToClose;
  /** {@code ln(H_i / L_i)}. */
  final double[] highLow;
  /** {@code u_i = ln(H_i / O_i)}. */
  final double[] highOpen;
  /** {@code d_i = ln(L_i / O_i)}. */
  final double[] lowOpen;

  private BarTerms(List<PriceBar> bars, Estimator estimator) {
    int n = bars.size();
    boolean closes = estimator == Estimator.CLOSE_TO_CLOSE || estimator == Estimator.CLOSE_TO_CLOSE_ZERO_MEAN;
    boolean rogersSatchell = estimator == Estimator.ROGERS_SATCHELL || estimator == Estimator.YANG_ZHANG;
    boolean garmanKlass = estimator == Estimator.GARMAN_KLASS || estimator == Estimator.GARMAN_KLASS_YANG_ZHANG;
    boolean overnightTerms = estimator == Estimator.GARMAN_KLASS_YANG_ZHANG || estimator == Estimator.YANG_ZHANG;
    closeToClose = closes ? new double[n] : null;
    overnight = overnightTerms ? new double[n] : null;
    openToClose = garmanKlass || rogersSatchell ? new double[n] : null;
    highLow = garmanKlass || estimator == Estimator.PARKINSON ? new double[n] : null;
    highOpen = rogersSatchell ? new double[n] : null;
    lowOpen = rogersSatchell ? new double[n] : null;
    for (int i = 0; i < n; i++) {
      PriceBar b = bars.get(i);
      if (i > 0 && closes) {
        closeToClose[i] = logReturn(bars.get(i - 1).close(), b.close());
      }
      if (i > 0 && overnightTerms) {
        overnight[i] = logReturn(bars.get(i - 1).close(), b.open());
      }
      if (openToClose != null) {
        openToClose[i] = logReturn(b.open(), b.close());
      }
      if (highLow != null) {
        highLow[i] = logReturn(b.low(), b.high());
      }
      if (rogersSatchell) {
        highOpen[i] = logReturn(b.open(), b.high());
        lowOpen[i] = logReturn(b.open(), b.low());
      }
    }
  }

  /** The terms {@code estimator} reads, of bars already checked by {@link Inputs#bars}. */
  static BarTerms of(List<PriceBar> bars, Estimator estimator) {
    return new BarTerms(bars, estimator);
  }

  /**
   * {@code ln(to / from)}, computed as {@code log1p((to - from) / from)}: the difference of two
   * nearby prices is exact, so a 5-minute return of 1e-3 keeps full relative precision, where
   * {@code log(to / from)} would lose about 1e-13 of it to the rounding of the ratio.
   */
  static double logReturn(double from, double to) {
    return Math.log1p((to - from) / from);
  }

  /** Log returns {@code ln(p_i / p_{i-1})} of checked prices, at index {@code i} (index 0 is 0). */
  static double[] logReturns(double[] prices) {
    double[] r = new double[prices.length];
    for (int i = 1; i < prices.length; i++) {
      r[i] = logReturn(prices[i - 1], prices[i]);
    }
    return r;
  }

  /** Per-period variance of {@code estimator} over the window of bars {@code [from, to]}. */
  double variance(Estimator estimator, int from, int to) {
    int n = to - from + 1;
    switch (estimator) {
      case CLOSE_TO_CLOSE:
        return sampleVariance(closeToClose, from, to);
      case CLOSE_TO_CLOSE_ZERO_MEAN:
        return meanSquare(closeToClose, from, to);
      case PARKINSON:
        return meanSquare(highLow, from, to) / (4 * Math.log(2));
      case GARMAN_KLASS: {
        double sum = 0;
        for (int i = from; i <= to; i++) {
          sum += garmanKlassTerm(i);
        }
        return sum / n;
      }
      case ROGERS_SATCHELL:
        return rogersSatchell(from, to);
      case GARMAN_KLASS_YANG_ZHANG: {
        double sum = 0;
        for (int i = from; i <= to; i++) {
          sum += overnight[i] * overnight[i] + garmanKlassTerm(i);
        }
        return sum / n;
      }
      case YANG_ZHANG: {
        double k = 0.34 / (1.34 + (n + 1.0) / (n - 1.0));
        return sampleVariance(overnight, from, to) + k * sampleVariance(openToClose, from, to)
            + (1 - k) * rogersSatchell(from, to);
      }
      default:
        throw new AssertionError(estimator);
    }
  }

  /**
   * Mean of {@code u(u - c) + d(d - c)}, which is {@code ln(H/C) ln(H/O) + ln(L/C) ln(L/O)} with
   * three logarithms instead of four; each term is &gt;= 0 ({@code u >= c >= d}, {@code u >= 0 >= d}).
   */
  private double rogersSatchell(int from, int to) {
    double sum = 0;
    for (int i = from; i <= to; i++) {
      double u = highOpen[i];
      double d = lowOpen[i];
      double c = openToClose[i];
      sum += u * (u - c) + d * (d - c);
    }
    return sum / (to - from + 1);
  }

  private double garmanKlassTerm(int i) {
    return 0.5 * highLow[i] * highLow[i] - GARMAN_KLASS_WEIGHT * openToClose[i] * openToClose[i];
  }

  /** Two-pass sample variance (n - 1): a sum of squares, so never negative. */
  static double sampleVariance(double[] x, int from, int to) {
    int n = to - from + 1;
    double mean = mean(x, from, to);
    double sum = 0;
    for (int i = from; i <= to; i++) {
      double d = x[i] - mean;
      sum += d * d;
    }
    return sum / (n - 1);
  }

  static double meanSquare(double[] x, int from, int to) {
    double sum = 0;
    for (int i = from; i <= to; i++) {
      sum += x[i] * x[i];
    }
    return sum / (to - from + 1);
  }

  static double mean(double[] x, int from, int to) {
    double sum = 0;
    for (int i = from; i <= to; i++) {
      sum += x[i];
    }
    return sum / (to - from + 1);
  }
}
