package io.zerogex.core.pricing;

import io.zerogex.core.pricing.impl.Wichura;

/**
 * The standard normal distribution and the complementary error function, to full double
 * precision in the tails.
 *
 * <p>The error functions follow W. J. Cody, "Rational Chebyshev approximations for the error
 * function", Math. Comp. 23 (1969) 631-637, with the coefficients of his SPECFUN routine CALERF
 * (three intervals: |x| &le; 0.46875, up to 4, beyond 4). The quantile follows M. J. Wichura,
 * "Algorithm AS 241: the percentage points of the normal distribution", Appl. Statist. 37 (1988)
 * 477-484 (PPND16), refined by one Halley step against {@link #cdf(double)}.
 *
 * <p>Relative accuracy: {@link #cdf(double)} is accurate to about 1e-15 relative from x = -38 to
 * 9 (the tests assert 1e-14 against 50-digit mpmath values). The lower tail never subtracts: for
 * x &lt; -0.66 it is {@code erfcx(-x / sqrt 2) * exp(-x^2 / 2) / 2}, where the factor
 * {@code erfcx} is insensitive to the rounding of {@code -x / sqrt 2} and the Gaussian factor is
 * evaluated from the exact square {@code x^2 = hi + lo} (a Veltkamp split), so the tail keeps
 * its relative accuracy until the result becomes subnormal (x &lt; -37.5).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class NormalDistribution {

  /** 1 / sqrt(2 pi). */
  static final double INV_SQRT_TWO_PI = 0.3989422804014327;
  /** 1 / sqrt(2). */
  static final double INV_SQRT_TWO = 0.7071067811865476;
  /** 1 / sqrt(pi), Cody's SQRPI. */
  private static final double INV_SQRT_PI = 0.5641895835477563;
  /** Cody's boundary between the erf and the erfc approximations. */
  private static final double ERF_THRESHOLD = 0.46875;
  /** The same boundary in units of the normal variable: 0.46875 * sqrt(2). */
  private static final double CDF_THRESHOLD = ERF_THRESHOLD * 1.4142135623730951;
  /** erfc(x) is below half the smallest subnormal beyond this argument. */
  private static final double ERFC_UNDERFLOW = 27.3;
  /** Beyond this argument erfcx(x) = 1 / (x sqrt(pi)) to double precision (Cody's XHUGE). */
  private static final double ERFCX_ASYMPTOTIC = 6.71e7;
  /** erfcx(x) overflows for x below this argument (Cody's XNEG). */
  private static final double ERFCX_OVERFLOW = -26.628;
  /** exp(-x^2 / 2) underflows to zero beyond this |x|. */
  private static final double GAUSSIAN_UNDERFLOW = 38.6;

  private static final double[] A = {
      3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
      3.20937758913846947e03, 1.85777706184603153e-1};
  private static final double[] B = {
      2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
      2.84423683343917062e03};
  private static final double[] C = {
      5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
      2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03,
      2.05107837782607147e03, 1.23033935479799725e03, 2.15311535474403846e-8};
  private static final double[] D = {
      1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
      1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03,
      3.43936767414372164e03, 1.23033935480374942e03};
  private static final double[] P = {
      3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
      1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
  private static final double[] Q = {
      2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1,
      6.05183413124413191e-2, 2.33520497626869185e-3};

  private NormalDistribution() {
  }

  /**
   * The standard normal density {@code exp(-x^2 / 2) / sqrt(2 pi)}.
   *
   * @param x any value; NaN gives NaN
   * @return the density, 0 for |x| &gt; 38.6 where it underflows
   */
  public static double pdf(double x) {
    return INV_SQRT_TWO_PI * gaussian(x);
  }

  /**
   * The standard normal distribution function {@code N(x) = P(Z <= x) = erfc(-x / sqrt 2) / 2}.
   *
   * @param x any value; NaN gives NaN
   * @return N(x) in [0, 1]; 0 below about -38.5 (underflow), 1 above about 8.3 (rounding)
   */
  public static double cdf(double x) {
    if (Math.abs(x) <= CDF_THRESHOLD) {
      return 0.5 + 0.5 * erfCentral(x * INV_SQRT_TWO);
    }
    return cdf(x, gaussian(x));
  }

  /**
   * N(x) given {@code gaussian = exp(-x^2 / 2)} already computed by the caller (the pricing
   * formulas need both), so the tail costs no second exponential.
   */
  static double cdf(double x, double gaussian) {
    double y = Math.abs(x);
    if (y <= CDF_THRESHOLD) {
      return 0.5 + 0.5 * erfCentral(x * INV_SQRT_TWO);
    }
    if (Double.isNaN(x)) {
      return x;
    }
    double tail = y >= GAUSSIAN_UNDERFLOW ? 0.0 : 0.5 * erfcxTail(y * INV_SQRT_TWO) * gaussian;
    return x < 0 ? tail : 1.0 - tail;
  }

  /**
   * The complementary error function {@code erfc(x) = 2 / sqrt(pi) * integral from x to infinity
   * of exp(-t^2) dt}.
   *
   * @param x any value; NaN gives NaN
   * @return erfc(x) in [0, 2]; 0 for x &gt; 27.3 (underflow), 2 for x &lt; -6
   */
  public static double erfc(double x) {
    double y = Math.abs(x);
    if (y <= ERF_THRESHOLD) {
      return 1.0 - erfCentral(x);
    }
    if (Double.isNaN(x)) {
      return x;
    }
    double tail = y >= ERFC_UNDERFLOW ? 0.0 : erfcxTail(y) * expMinusSquare(y);
    return x < 0 ? 2.0 - tail : tail;
  }

  /**
   * The scaled complementary error function {@code erfcx(x) = exp(x^2) * erfc(x)}, computed
   * without forming either factor for x &gt; 0.46875, so it neither underflows nor overflows for
   * large positive x (where it tends to {@code 1 / (x sqrt(pi))}).
   *
   * @param x any value; NaN gives NaN
   * @return erfcx(x) &gt; 0; positive infinity for x &lt; -26.628, where it overflows
   */
  public static double erfcx(double x) {
    double y = Math.abs(x);
    if (y <= ERF_THRESHOLD) {
      return Math.exp(x * x) * (1.0 - erfCentral(x));
    }
    if (Double.isNaN(x)) {
      return x;
    }
    double positive = erfcxTail(y);
    if (x > 0) {
      return positive;
    }
    if (x < ERFCX_OVERFLOW) {
      return Double.POSITIVE_INFINITY;
    }
    // erfcx(-y) = 2 exp(y^2) - erfcx(y), with exp(y^2) from the exact square.
    double hi = y * y;
    return 2.0 * Math.exp(hi) * (1.0 + squareError(y, hi)) - positive;
  }

  /**
   * The standard normal quantile, the x with {@code N(x) = probability}.
   *
   * <p>Wichura's AS 241 (PPND16, about 1e-16 relative), then one Halley step on
   * {@code N(x) - p} using {@link #cdf(double)}. The upper half is computed as the negated
   * quantile of {@code 1 - probability}, which is exact in floating point there, so the result
   * is antisymmetric. The quantiles of 0 and 1 are minus and plus infinity; they are rejected
   * rather than returned, because an infinite volatility or strike would only propagate.
   *
   * @param probability a probability strictly between 0 and 1
   * @return the quantile, finite; |x| &lt;= 38.5 for normal (non-subnormal) probabilities
   * @throws IllegalArgumentException if probability is not in the open interval (0, 1),
   *     including 0, 1 and NaN
   */
  public static double inverseCdf(double probability) {
    if (!(probability > 0.0 && probability < 1.0)) {
      throw new IllegalArgumentException(
          "probability must be in the open interval (0, 1), got " + probability);
    }
    boolean upper = probability > 0.5;
    double lower = upper ? 1.0 - probability : probability;
    double x = Wichura.lowerQuantile(lower);
    double density = pdf(x);
    if (density > 1e-300) {
      // Halley's method on f(x) = N(x) - p: u = f / f', x -= u / (1 + x u / 2), since f'' = -x f'.
      double u = (cdf(x) - lower) / density;
      x -= u / (1.0 + 0.5 * x * u);
    }
    return upper ? -x : x;
  }

  /** exp(-x^2 / 2) with the square taken exactly, so the relative error stays near one ulp. */
  static double gaussian(double x) {
    double y = Math.abs(x);
    if (!(y < GAUSSIAN_UNDERFLOW)) {
      return y >= GAUSSIAN_UNDERFLOW ? 0.0 : x;
    }
    double hi = y * y;
    return Math.exp(-0.5 * hi) * (1.0 - 0.5 * squareError(y, hi));
  }

  /** exp(-y^2) for 0 &lt;= y &lt; 27 with the square taken exactly. */
  private static double expMinusSquare(double y) {
    double hi = y * y;
    return Math.exp(-hi) * (1.0 - squareError(y, hi));
  }

  /**
   * The rounding error {@code y*y - hi} of {@code hi = fl(y*y)}, exact by Dekker's product with a
   * Veltkamp split (no fused multiply-add needed). Valid for |y| &lt; 1e150.
   */
  private static double squareError(double y, double hi) {
    double c = 134217729.0 * y;
    double yh = c - (c - y);
    double yl = y - yh;
    return ((yh * yh - hi) + 2.0 * yh * yl) + yl * yl;
  }

  /**
   * erf(x) for |x| &lt;= 0.46875, Cody's first interval. The polynomials here and in
   * {@link #erfcxTail} are evaluated in Estrin's scheme (pairs, then pairs of pairs in powers
   * squared), which halves the dependent chain of Horner's rule; every coefficient is positive and
   * so is the argument, so no term cancels and the rounding is Horner's.
   */
  private static double erfCentral(double x) {
    double z = x * x;
    double z2 = z * z;
    double num = (A[3] + A[2] * z) + z2 * ((A[1] + A[0] * z) + z2 * A[4]);
    double den = (B[3] + B[2] * z) + z2 * ((B[1] + B[0] * z) + z2);
    return x * num / den;
  }

  /** erfcx(y) for y &gt; 0.46875, Cody's second and third intervals. */
  static double erfcxTail(double y) {
    if (y <= 4.0) {
      double y2 = y * y;
      double y4 = y2 * y2;
      double num = ((C[7] + C[6] * y) + y2 * (C[5] + C[4] * y))
          + y4 * (((C[3] + C[2] * y) + y2 * (C[1] + C[0] * y)) + y4 * C[8]);
      double den = ((D[7] + D[6] * y) + y2 * (D[5] + D[4] * y))
          + y4 * (((D[3] + D[2] * y) + y2 * (D[1] + D[0] * y)) + y4);
      return num / den;
    }
    if (y >= ERFCX_ASYMPTOTIC) {
      return INV_SQRT_PI / y;
    }
    double z = 1.0 / (y * y);
    double num = P[5] * z;
    double den = z;
    for (int i = 0; i < 4; i++) {
      num = (num + P[i]) * z;
      den = (den + Q[i]) * z;
    }
    double r = z * (num + P[4]) / (den + Q[4]);
    return (INV_SQRT_PI - r) / y;
  }
}
