package io.zerogex.core.pricing.impl;

import io.zerogex.core.pricing.NormalDistribution;

/**
 * The normalised Black call function of Jäckel's "Let's Be Rational" (section on the normalised
 * Black function and its evaluation in four regions):
 *
 * <pre>
 *   b(x, s) = Phi(x/s + s/2) e^(x/2) - Phi(x/s - s/2) e^(-x/2)
 * </pre>
 *
 * where {@code x = ln(F/K)} is the log-moneyness and {@code s = sigma sqrt(T)} the total
 * volatility; the undiscounted Black call price is {@code sqrt(F K) b(x, s)}. Puts follow from
 * the reciprocal-strike symmetry {@code b_put(x, s) = b(-x, s)}.
 *
 * <p>Out of the money ({@code x <= 0}) the function is evaluated with {@code h = x/s},
 * {@code t = s/2} in one of four regions, each chosen to avoid subtracting two nearly equal
 * terms:
 * <ol>
 *   <li>far wing ({@code h < -10} and {@code h + t < -10 + tau}): the asymptotic expansion of
 *       {@code Y(z) = Phi(z)/phi(z)} (Abramowitz and Stegun 26.2.12) summed to 17th order;</li>
 *   <li>small total volatility ({@code t < tau = 2 eps^(1/16)}, about 0.21): the Taylor
 *       expansion of {@code Y(h+t) - Y(h-t)} in {@code t} to 13th order;</li>
 *   <li>{@code h + t > 0.85}: the two cumulative normal terms directly, the first dominating;</li>
 *   <li>otherwise: {@code b = exp(-(h^2+t^2)/2) [erfcx(-(h+t)/sqrt 2) - erfcx(-(h-t)/sqrt 2)] / 2},
 *       one exponential and a difference of two scaled complementary error functions.</li>
 * </ol>
 * In the money ({@code x > 0}) the intrinsic value {@code 2 sinh(x/2)} is added to the out-of-the
 * money value {@code b(-x, s)} (put-call parity in normalised form).
 *
 * <p>Not API. This class is stateless and thread-safe.
 */
public final class NormalisedBlack {

  static final double EPSILON = Math.ulp(1.0);
  /** 1/sqrt(2 pi). */
  static final double ONE_OVER_SQRT_TWO_PI = 0.3989422804014326779399460599343818684758586311649;
  static final double ONE_OVER_SQRT_TWO = 0.7071067811865475244008443621048490392848359376885;
  static final double SQRT_PI_OVER_TWO = 1.253314137315500251207882642405522626503493370305;
  /** ln sqrt(2 pi). */
  private static final double LN_SQRT_TWO_PI = 0.9189385332046727417803297364056176398613974736378;

  /** eta: the asymptotic expansion is used for h below this threshold. */
  private static final double ASYMPTOTIC_THRESHOLD = -10;
  /** tau = 2 eps^(1/16): the small-t expansion is used for t below this threshold. */
  static final double SMALL_T_THRESHOLD = 2 * Math.sqrt(Math.sqrt(Math.sqrt(Math.sqrt(EPSILON))));
  /** Cody's boundary: erfcx(w) needs no exponential for w above it. */
  private static final double ERFCX_TAIL = 0.46875;
  /** h + t above which the plain cumulative normal form keeps full accuracy. */
  private static final double DIRECT_THRESHOLD = 0.85;

  // Reciprocal factorials of the small-t expansion: multiplying keeps divisions off the hot
  // path; their rounding only touches terms that are at most t^2 < 0.045 of the leading one.
  private static final double INVERSE_FACTORIAL_3 = 1.0 / 6;
  private static final double INVERSE_FACTORIAL_5 = 1.0 / 120;
  private static final double INVERSE_FACTORIAL_7 = 1.0 / 5040;
  private static final double INVERSE_FACTORIAL_9 = 1.0 / 362880;
  private static final double INVERSE_FACTORIAL_11 = 1.0 / 39916800;
  private static final double INVERSE_FACTORIAL_13 = 1.0 / 6227020800.0;

  /** Highest power of q in the asymptotic expansion (17th order, relative error near 1.6e-16). */
  private static final int ASYMPTOTIC_ORDER = 17;
  /** ASYMPTOTIC_COEFFICIENTS[k][m] = 2 (-1)^k C(2k+1, 2m+1), the e^m coefficient of P_k(e). */
  private static final double[][] ASYMPTOTIC_COEFFICIENTS = asymptoticCoefficients();

  private NormalisedBlack() {
  }

  /**
   * The normalised Black call value {@code b(x, s)}.
   *
   * @param x log-moneyness {@code ln(F/K)}, finite
   * @param s total volatility {@code sigma sqrt(T)}, zero or positive
   * @return {@code b(x, s)}, at least the normalised intrinsic value; {@code s = 0} gives the
   *     intrinsic value exactly
   */
  public static double call(double x, double s) {
    return call(x, s, gaussian(x, s));
  }

  /**
   * {@code b(x, s)} given {@code gaussian = exp(-((x/s)^2 + (s/2)^2)/2)} from
   * {@link #gaussian(double, double)}: three of the four regions scale by that factor, and the
   * iteration needs it for the vega too, so it is computed once.
   */
  static double call(double x, double s, double gaussian) {
    if (x > 0) {
      return intrinsic(x) + call(-x, s, gaussian);
    }
    return outOfTheMoneyCall(x, s, gaussian, Math.exp(0.5 * x));
  }

  /**
   * {@code b(x, s)} for {@code x <= 0} given {@code gaussian} as above and
   * {@code forwardFactor = e^(x/2)}, the upper bound of {@code b} that the solver has computed
   * already; regions 3 and 4 use it instead of a further exponential.
   */
  static double outOfTheMoneyCall(double x, double s, double gaussian, double forwardFactor) {
    if (s <= 0) {
      return 0;
    }
    double h = x / s;
    double t = 0.5 * s;
    if (isAsymptotic(h, t)) {
      return ONE_OVER_SQRT_TWO_PI * gaussian * asymptoticExpansion(h, t);
    }
    if (t < SMALL_T_THRESHOLD) {
      return ONE_OVER_SQRT_TWO_PI * gaussian * smallTotalVolatilityExpansion(h, t);
    }
    if (h + t > DIRECT_THRESHOLD) {
      return direct(h, t, forwardFactor);
    }
    return scaledComplementaryErrorFunctionForm(h, t, gaussian, forwardFactor);
  }

  /**
   * {@code b(x, s) / b'(x, s)} for {@code x <= 0} and {@code s > 0}, given
   * {@code forwardFactor = e^(x/2)}. Regions 1 and 2 are the vega times a series, and region 4
   * is {@code sqrt(pi/2) [erfcx(-(h+t)/sqrt 2) - erfcx(-(h-t)/sqrt 2)]} when the first argument
   * is in erfcx's positive tail: none of these needs an exponential. Elsewhere (region 3, and
   * region 4 near {@code h + t = 0}) it is {@code b} over the vega, and infinite or NaN where
   * the vega underflows. With {@link #lnVega} this gives {@code ln b} without forming the
   * Gaussian factor, which may underflow where {@code ln b} is still ordinary.
   */
  static double outOfTheMoneyCallOverVega(double x, double s, double forwardFactor) {
    double h = x / s;
    double t = 0.5 * s;
    if (isAsymptotic(h, t)) {
      return asymptoticExpansion(h, t);
    }
    if (t < SMALL_T_THRESHOLD) {
      return smallTotalVolatilityExpansion(h, t);
    }
    double w = -ONE_OVER_SQRT_TWO * (h + t);
    if (w > ERFCX_TAIL) {
      return SQRT_PI_OVER_TWO * Math.max(NormalDistribution.erfcx(w)
          - NormalDistribution.erfcx(-ONE_OVER_SQRT_TWO * (h - t)), 0);
    }
    double gaussian = gaussian(x, s);
    return outOfTheMoneyCall(x, s, gaussian, forwardFactor) / (ONE_OVER_SQRT_TWO_PI * gaussian);
  }

  /** Region 1 applies: {@code h < eta} and {@code h + t < eta + tau}. */
  private static boolean isAsymptotic(double h, double t) {
    return h < ASYMPTOTIC_THRESHOLD && h + t < ASYMPTOTIC_THRESHOLD + SMALL_T_THRESHOLD;
  }

  /**
   * {@code exp(-((x/s)^2 + (s/2)^2)/2)}, the factor shared by the vega and three of the four
   * regions; at {@code s = 0} it is its limit, 1 at {@code x = 0} and 0 otherwise.
   */
  static double gaussian(double x, double s) {
    if (s <= 0) {
      return x == 0 ? 1 : 0;
    }
    double h = x / s;
    double t = 0.5 * s;
    return Math.exp(-0.5 * (h * h + t * t));
  }

  /**
   * {@code ln b'(x, s) = -((x/s)^2 + (s/2)^2)/2 - ln sqrt(2 pi)}, the logarithm of the vega
   * without its exponential, for {@code s > 0}.
   */
  static double lnVega(double x, double s) {
    double h = x / s;
    double t = 0.5 * s;
    return -0.5 * (h * h + t * t) - LN_SQRT_TWO_PI;
  }

  /**
   * The normalised intrinsic value of a call, {@code max(e^(x/2) - e^(-x/2), 0) = 2 sinh(x/2)}
   * for {@code x > 0}, else 0.
   */
  public static double intrinsic(double x) {
    return x > 0 ? 2 * Math.sinh(0.5 * x) : 0;
  }

  /**
   * The normalised vega {@code db/ds = exp(-((x/s)^2 + (s/2)^2)/2) / sqrt(2 pi)}, the same for
   * calls and puts; 0 at {@code s = 0} unless {@code x = 0}.
   */
  public static double vega(double x, double s) {
    return ONE_OVER_SQRT_TWO_PI * gaussian(x, s);
  }

  /**
   * Region 1, divided by the vega. With {@code Y(z) = Phi(z)/phi(z)},
   * {@code b / b' = (t/r) A(h,t)} where {@code r = (h+t)(h-t)} and
   * {@code A = (r/t)[Y(h+t) - Y(h-t)] = sum_k (2k-1)!! q^k P_k(e)}, {@code q = (h/r)^2},
   * {@code e = (t/h)^2}, {@code P_k(e) = 2(-1)^k sum_m C(2k+1,2m+1) e^m}; the series follows
   * from inserting the asymptotic series of {@code Y} into both terms.
   */
  static double asymptoticExpansion(double h, double t) {
    double e = (t / h) * (t / h);
    double r = (h + t) * (h - t);
    double q = (h / r) * (h / r);
    double sum = polynomial(ASYMPTOTIC_COEFFICIENTS[ASYMPTOTIC_ORDER], e);
    for (int k = ASYMPTOTIC_ORDER - 1; k >= 0; k--) {
      sum = polynomial(ASYMPTOTIC_COEFFICIENTS[k], e) + (2 * k + 1) * q * sum;
    }
    return Math.max((t / r) * sum, 0);
  }

  private static double polynomial(double[] coefficients, double e) {
    double value = coefficients[coefficients.length - 1];
    for (int m = coefficients.length - 2; m >= 0; m--) {
      value = value * e + coefficients[m];
    }
    return value;
  }

  /**
   * Region 2, divided by the vega. {@code Y(h+t) - Y(h-t) = 2 sum_{n odd} Y^(n)(h) t^n / n!};
   * from {@code Y' = 1 + hY} every odd derivative is {@code a P_n(h^2) - Q_n(h^2)} with
   * {@code a = 1 + h Y(h)} (the polynomials were generated symbolically from that differential
   * equation), so {@code b / b' = 2t (a A - B)} with {@code w = t^2},
   * {@code A = sum_n w^((n-1)/2) P_n / n!} and {@code B = sum_n w^((n-1)/2) Q_n / n!} over odd
   * {@code n} to 13 ({@code P_1 = 1}, {@code Q_1 = 0}). Neither A nor B depends on
   * {@code Y(h) = sqrt(pi/2) erfcx(-h/sqrt 2)}, so both are summed while erfcx is evaluated,
   * and {@code a A - B = (A - B) + h sqrt(pi/2) A erfcx} costs one multiply-add after it. All
   * coefficients are positive: the sums are in Estrin's scheme and nothing cancels until that
   * last step, which loses what {@code a} itself loses, as before.
   */
  static double smallTotalVolatilityExpansion(double h, double t) {
    double scaled = NormalDistribution.erfcx(-ONE_OVER_SQRT_TWO * h);
    double w = t * t;
    double w2 = w * w;
    double g = h * h;
    double g2 = g * g;
    double g4 = g2 * g2;
    double p3 = (g + 3) * INVERSE_FACTORIAL_3;
    double p5 = (g * (g + 10) + 15) * INVERSE_FACTORIAL_5;
    double p7 = ((105 + 105 * g) + g2 * (21 + g)) * INVERSE_FACTORIAL_7;
    double p9 = ((945 + 1260 * g) + g2 * (378 + 36 * g) + g4) * INVERSE_FACTORIAL_9;
    double p11 = ((10395 + 17325 * g) + g2 * (6930 + 990 * g) + g4 * (55 + g))
        * INVERSE_FACTORIAL_11;
    double p13 = ((135135 + 270270 * g) + g2 * (135135 + 25740 * g)
        + g4 * ((2145 + 78 * g) + g2)) * INVERSE_FACTORIAL_13;
    double q5 = (g + 7) * INVERSE_FACTORIAL_5;
    double q7 = (g * (g + 18) + 57) * INVERSE_FACTORIAL_7;
    double q9 = ((561 + 285 * g) + g2 * (33 + g)) * INVERSE_FACTORIAL_9;
    double q11 = ((6555 + 4680 * g) + g2 * (840 + 52 * g) + g4) * INVERSE_FACTORIAL_11;
    double q13 = ((89055 + 82845 * g) + g2 * (20370 + 1926 * g) + g4 * (75 + g))
        * INVERSE_FACTORIAL_13;
    double sumA = (1 + w * p3) + w2 * ((p5 + w * p7) + w2 * ((p9 + w * p11) + w2 * p13));
    double sumB = w * ((INVERSE_FACTORIAL_3 + w * q5) + w2 * ((q7 + w * q9)
        + w2 * (q11 + w * q13)));
    double series = (sumA - sumB) + h * SQRT_PI_OVER_TWO * sumA * scaled;
    return Math.max(2 * t * series, 0);
  }

  /** Region 3: {@code Phi(h+t) e^(x/2) - Phi(h-t) e^(-x/2)}, {@code forwardFactor = e^(x/2)}. */
  static double direct(double h, double t, double forwardFactor) {
    double b = NormalDistribution.cdf(h + t) * forwardFactor
        - NormalDistribution.cdf(h - t) / forwardFactor;
    return Math.max(b, 0);
  }

  /**
   * Region 4: one exponential times a difference of two {@code erfcx} values. When the first
   * argument {@code w = -(h+t)/sqrt 2} is not in erfcx's positive tail (Cody's boundary
   * 0.46875), erfcx(w) would cost an exponential {@code e^(w^2)}; since
   * {@code gaussian e^(w^2) = e^(ht) = e^(x/2)} the first term is then
   * {@code e^(x/2) Phi(h+t)} instead, which takes the exponential already computed by the
   * caller and, for {@code |h+t| <= 0.66}, evaluates Phi from erf's central interval alone.
   */
  static double scaledComplementaryErrorFunctionForm(double h, double t, double gaussian,
      double forwardFactor) {
    double w = -ONE_OVER_SQRT_TWO * (h + t);
    double far = 0.5 * gaussian * NormalDistribution.erfcx(-ONE_OVER_SQRT_TWO * (h - t));
    double near = w > ERFCX_TAIL
        ? 0.5 * gaussian * NormalDistribution.erfcx(w)
        : forwardFactor * NormalDistribution.cdf(h + t);
    return Math.max(near - far, 0);
  }

  private static double[][] asymptoticCoefficients() {
    double[][] coefficients = new double[ASYMPTOTIC_ORDER + 1][];
    for (int k = 0; k <= ASYMPTOTIC_ORDER; k++) {
      coefficients[k] = new double[k + 1];
      for (int m = 0; m <= k; m++) {
        coefficients[k][m] = (k % 2 == 0 ? 2.0 : -2.0) * binomial(2 * k + 1, 2 * m + 1);
      }
    }
    return coefficients;
  }

  /** Exact for the arguments used here (n at most 35, so every value fits in a long). */
  private static long binomial(int n, int k) {
    long value = 1;
    for (int i = 1; i <= k; i++) {
      value = value * (n - k + i) / i;
    }
    return value;
  }
}
