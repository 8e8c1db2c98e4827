package io.zerogex.core.pricing.impl;

import io.zerogex.core.pricing.NormalDistribution;

/**
 * Normalised implied total volatility by P. Jäckel, "Let's Be Rational", Wilmott (January 2015)
 * 40-53 (revised March 2016): given a normalised Black price {@code beta = p / sqrt(F K)} and the
 * log-moneyness {@code x = ln(F/K)}, find {@code s = sigma sqrt(T)} with
 * {@code b(x, s) = beta} (see {@link NormalisedBlack}).
 *
 * <p>The method, as laid out in the paper:
 * <ol>
 *   <li>Reduction: an in-the-money price minus the normalised intrinsic value is the price of
 *       the out-of-the-money option of the other right, and a put at {@code x} is a call at
 *       {@code -x}; so only out-of-the-money calls, {@code x <= 0}, are solved.</li>
 *   <li>Initial guess (the paper's four branches): around the inflection point
 *       {@code s_c = sqrt(2|x|)} of {@code b(s)} the tangents at {@code s_c} meet the lines
 *       {@code b = 0} and {@code b = b_max = e^(x/2)} at {@code s_l} and {@code s_h}. Below
 *       {@code b(s_l)} a rational cubic interpolates the transformed lower map
 *       {@code f(beta) = (2 pi / sqrt 27) |x| Phi(-|x| / (sqrt 3 s))^3}, which is inverted in
 *       closed form; between {@code b(s_l)} and {@code b(s_c)}, and between {@code b(s_c)} and
 *       {@code b(s_h)}, a rational cubic interpolates {@code s(beta)} itself; above
 *       {@code b(s_h)} it interpolates the upper map {@code f(beta) = Phi(-s/2)}. Each rational
 *       cubic matches values and slopes at both ends and the second derivative at the outer end,
 *       with the shape-preserving bound of Delbourgo and Gregory (see {@link RationalCubic}).</li>
 *   <li>Iteration: two Householder steps of order four on an objective chosen per branch to
 *       be nearly linear in {@code s}, with a safeguard for extreme {@code |x|} (see
 *       {@link HouseholderIteration}).</li>
 * </ol>
 *
 * <p>Not API. This class is stateless and thread-safe.
 */
public final class LetsBeRational {

  private static final double TWO_PI = 2 * Math.PI;
  private static final double SQRT_THREE = Math.sqrt(3);
  private static final double TWO_PI_OVER_SQRT_TWENTY_SEVEN = TWO_PI / Math.sqrt(27);
  private static final double PI_OVER_SIX = Math.PI / 6;
  private static final double SQRT_MAX = Math.sqrt(Double.MAX_VALUE);
  private static final double SQRT_PI_OVER_TWO = NormalisedBlack.SQRT_PI_OVER_TWO;
  private static final double ONE_THIRD = 1.0 / 3;
  /** Bits of a first cube root: 682 * 2^52 (two thirds of the exponent bias) less an offset. */
  private static final long CUBE_ROOT_BITS = 0x2A9F7893782DA1CEL;
  /** The cube of Wichura's tail split: a cube root below it is a tail probability. */
  private static final double TAIL_RATIO =
      Wichura.TAIL_PROBABILITY * Wichura.TAIL_PROBABILITY * Wichura.TAIL_PROBABILITY;

  private LetsBeRational() {
  }

  /**
   * The normalised implied volatility {@code s = sigma sqrt(T)}.
   *
   * @param beta normalised price {@code p / sqrt(F K)} of the undiscounted option price
   *     {@code p}
   * @param x log-moneyness {@code ln(F/K)}, finite
   * @param call true for a call, false for a put
   * @return {@code s >= 0}; 0 when no time value is left ({@code beta} at or below the normalised
   *     intrinsic value), {@link Double#POSITIVE_INFINITY} when {@code beta} is at or above the
   *     normalised upper bound ({@code e^(x/2)} for a call, {@code e^(-x/2)} for a put)
   */
  public static double totalVolatility(double beta, double x, boolean call) {
    return totalVolatility(beta, x, call, HouseholderIteration.SAFEGUARD_ITERATIONS);
  }

  /**
   * As {@link #totalVolatility(double, double, boolean)} with at most {@code iterationLimit}
   * steps; 2 is the paper's method without the safeguard, which tests hold to full precision.
   */
  static double totalVolatility(double beta, double x, boolean call, int iterationLimit) {
    boolean inTheMoney = call ? x > 0 : x < 0;
    double timeValue = inTheMoney ? beta - NormalisedBlack.intrinsic(Math.abs(x)) : beta;
    return outOfTheMoneyCall(timeValue, -Math.abs(x), iterationLimit);
  }

  /** The four-branch guess and the iteration for an out-of-the-money call, {@code x <= 0}. */
  private static double outOfTheMoneyCall(double beta, double x, int iterationLimit) {
    if (!(beta > 0)) {
      return 0;
    }
    double bMax = Math.exp(0.5 * x);
    if (beta >= bMax) {
      return Double.POSITIVE_INFINITY;
    }
    double sC = Math.sqrt(Math.abs(2 * x));
    // At the inflection point h = -t, so exp(-(h^2+t^2)/2) = e^(x/2) = b_max: the vega is
    // b_max / sqrt(2 pi) and, outside the small-t region, b(x, s_c) = b_max (1 - erfcx(s_c /
    // sqrt 2)) / 2 with one erfcx instead of two and no further exponential.
    double vC = NormalisedBlack.ONE_OVER_SQRT_TWO_PI * bMax;
    double bC;
    // The tangent's distances to b = 0 and b = b_max, b_c / v_c and (b_max - b_c) / v_c.
    double lowerTangent;
    double upperTangent;
    if (sC >= 2 * NormalisedBlack.SMALL_T_THRESHOLD) {
      double scaled = NormalDistribution.erfcx(NormalisedBlack.ONE_OVER_SQRT_TWO * sC);
      bC = 0.5 * bMax * (1 - scaled);
      // b_max cancels from both ratios: neither needs a division or waits on the exponential.
      lowerTangent = SQRT_PI_OVER_TWO * (1 - scaled);
      upperTangent = vC > Double.MIN_NORMAL ? SQRT_PI_OVER_TWO * (1 + scaled) : 0;
    } else {
      bC = NormalisedBlack.outOfTheMoneyCall(x, sC, bMax, bMax);
      lowerTangent = bC / vC;
      upperTangent = vC > Double.MIN_NORMAL ? (bMax - bC) / vC : 0;
    }
    if (beta < bC) {
      double sL = sC - lowerTangent;
      double gaussianL = NormalisedBlack.gaussian(x, sL);
      double bL = NormalisedBlack.outOfTheMoneyCall(x, sL, gaussianL, bMax);
      if (beta < bL) {
        double s = lowerGuess(beta, x, sL, bL, gaussianL);
        return HouseholderIteration.solve(beta, x, s, Double.MIN_NORMAL, sL, HouseholderIteration.LOWER, bMax, iterationLimit);
      }
      double vL = NormalisedBlack.ONE_OVER_SQRT_TWO_PI * gaussianL;
      double r = RationalCubic.convexControlFittingRight(bL, bC, sL, sC, 1 / vL, 1 / vC, 0, false);
      double s = RationalCubic.interpolate(beta, bL, bC, sL, sC, 1 / vL, 1 / vC, r);
      return HouseholderIteration.solve(beta, x, s, sL, sC, HouseholderIteration.MIDDLE, bMax, iterationLimit);
    }
    double sH = sC + upperTangent;
    double gaussianH = NormalisedBlack.gaussian(x, sH);
    double bH = NormalisedBlack.outOfTheMoneyCall(x, sH, gaussianH, bMax);
    if (beta <= bH) {
      double vH = NormalisedBlack.ONE_OVER_SQRT_TWO_PI * gaussianH;
      double r = RationalCubic.convexControlFittingLeft(bC, bH, sC, sH, 1 / vC, 1 / vH, 0, false);
      double s = RationalCubic.interpolate(beta, bC, bH, sC, sH, 1 / vC, 1 / vH, r);
      return HouseholderIteration.solve(beta, x, s, sC, sH, HouseholderIteration.MIDDLE, bMax, iterationLimit);
    }
    double s = upperGuess(beta, x, sH, bH, bMax);
    // Below half of b_max the plain residual is already well scaled.
    int objective = beta > 0.5 * bMax ? HouseholderIteration.UPPER : HouseholderIteration.MIDDLE;
    return HouseholderIteration.solve(beta, x, s, sH, Double.MAX_VALUE, objective, bMax, iterationLimit);
  }

  /**
   * Lowest branch: rational cubic of the lower map on {@code [0, b_l]}, inverted in s. With
   * {@code z = |x| / (sqrt 3 s_l)}, {@code y = z^2} and {@code Phi(-z) = E e^(-y/2) / 2},
   * {@code E = erfcx(z / sqrt 2)}, the map and its first two derivatives in beta are
   * {@code f = (2 pi / sqrt 27) |x| Phi^3},
   * {@code f' = 2 pi y Phi^2 e^(y + s^2/8) = (pi/2) y E^2 e^(s^2/8)} and
   * {@code f'' = (pi/6) (y/s^3) Phi [8 sqrt 3 s |x| + (3 s^2 (s^2 - 8) - 8 x^2) Phi/phi(z)]
   * e^(2y + s^2/4)} with {@code Phi/phi(z) = sqrt(pi/2) E}: one exponential and one erfcx, given
   * {@code gaussianL = exp(-((x/s_l)^2 + (s_l/2)^2)/2)} from the evaluation of {@code b_l}.
   */
  private static double lowerGuess(double beta, double x, double sL, double bL,
      double gaussianL) {
    double ax = Math.abs(x);
    double z = ax / (SQRT_THREE * sL);
    double y = z * z;
    double s2 = sL * sL;
    double scaled = NormalDistribution.erfcx(NormalisedBlack.ONE_OVER_SQRT_TWO * z);
    double halfGaussian = Math.exp(-0.5 * y);
    double cubedHalfGaussian = halfGaussian * halfGaussian * halfGaussian;
    // gaussianL = exp(-x^2/(2 s^2) - s^2/8) = halfGaussian^3 / e^(s^2/8), which saves an
    // exponential unless gaussianL underflowed (|x| in the hundreds).
    boolean normal = gaussianL >= Double.MIN_NORMAL;
    double eighthVariance = normal ? cubedHalfGaussian / gaussianL : Math.exp(0.125 * s2);
    double phiTail = 0.5 * scaled * halfGaussian;
    double fL = TWO_PI_OVER_SQRT_TWENTY_SEVEN * ax * phiTail * phiTail * phiTail;
    double dfL = 0.5 * Math.PI * y * scaled * scaled * eighthVariance;
    double d2fL = PI_OVER_SIX * y / (s2 * sL) * 0.5 * scaled
        * (8 * SQRT_THREE * sL * ax + (3 * s2 * (s2 - 8) - 8 * x * x) * SQRT_PI_OVER_TWO * scaled)
        * (normal ? eighthVariance / gaussianL
            : eighthVariance * eighthVariance / cubedHalfGaussian);
    double r = RationalCubic.convexControlFittingRight(0, bL, 0, fL, 1, dfL, d2fL, true);
    double f = RationalCubic.interpolate(beta, 0, bL, 0, fL, 1, dfL, r);
    if (!(f > 0)) {
      // Rounding can spoil the cubic for |x| in the hundreds: fall back to the quadratic with
      // f(0) = 0, f'(0) = 1 and f(b_l).
      double u = beta / bL;
      f = (fL * u + bL * (1 - u)) * u;
    }
    // s = |x| / (sqrt 3 |N^-1(c)|) with c = cbrt(ratio). Below Wichura's tail split, the
    // quantile needs only ln c = ln(ratio) / 3, so the cube root is not taken there.
    double ratio = f / (TWO_PI_OVER_SQRT_TWENTY_SEVEN * ax);
    double quantile;
    if (ratio > 0 && ratio < TAIL_RATIO) {
      quantile = Wichura.lowerTailQuantile(ONE_THIRD * Math.log(ratio));
    } else if (ratio >= TAIL_RATIO && ratio < 1) {
      quantile = quantile(cubeRoot(ratio));
    } else {
      quantile = quantile(Math.cbrt(ratio));
    }
    return Math.abs(x / (SQRT_THREE * quantile));
  }

  /**
   * The cube root of {@code a} in [2^-1022, 1) to about 1e-14 relative, enough for a guess and
   * half the latency of {@link Math#cbrt} (a software routine in Java 17): a third of the
   * exponent and mantissa bits, offset by two thirds of the exponent bias less a constant that
   * centres the error (within 3.2%), then two Halley steps
   * {@code t (t^3 + 2a) / (2t^3 + a)}, each cubing the error.
   */
  private static double cubeRoot(double a) {
    double t = Double.longBitsToDouble(Double.doubleToRawLongBits(a) / 3 + CUBE_ROOT_BITS);
    double cube = t * t * t;
    t *= (cube + 2 * a) / (2 * cube + a);
    cube = t * t * t;
    return t * (cube + 2 * a) / (2 * cube + a);
  }

  /** Highest branch: rational cubic of the upper map on {@code [b_h, b_max]}, inverted in s. */
  private static double upperGuess(double beta, double x, double sH, double bH, double bMax) {
    double fH = NormalDistribution.cdf(-0.5 * sH);
    double w = (x / sH) * (x / sH);
    double dfH = x == 0 ? -0.5 : -0.5 * Math.exp(0.5 * w);
    double d2fH = x == 0 ? 0 : SQRT_PI_OVER_TWO * Math.exp(w + 0.125 * sH * sH) * w / sH;
    double f = -1;
    if (d2fH > -SQRT_MAX && d2fH < SQRT_MAX) {
      double r = RationalCubic.convexControlFittingLeft(bH, bMax, fH, 0, dfH, -0.5, d2fH, true);
      f = RationalCubic.interpolate(beta, bH, bMax, fH, 0, dfH, -0.5, r);
    }
    if (!(f > 0)) {
      // The quadratic with f(b_h), f(b_max) = 0 and f'(b_max) = -1/2.
      double width = bMax - bH;
      double u = (beta - bH) / width;
      f = (fH * (1 - u) + 0.5 * width * u) * (1 - u);
    }
    return -2 * quantile(f);
  }

  /**
   * The normal quantile for a guess: Wichura's PPND16 (about 1e-16 relative) without the Halley
   * refinement of {@link NormalDistribution#inverseCdf(double)}, which would cost two
   * exponentials and an erfcx per option for a last-digit change that the Householder steps
   * make up anyway. Probabilities outside (0, 1) go to {@code inverseCdf}, which rejects them.
   */
  private static double quantile(double probability) {
    if (!(probability > 0 && probability < 1)) {
      return NormalDistribution.inverseCdf(probability);
    }
    return probability <= 0.5
        ? Wichura.lowerQuantile(probability) : -Wichura.lowerQuantile(1 - probability);
  }
}
