package io.zerogex.core.pricing.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normalised solver as the inverse of {@link NormalisedBlack#call}: seeded property tests
 * (the independent 50-digit references are in {@code ImpliedVolatilityTest} and
 * {@code NormalisedBlackTest}). Errors are measured in units of the attainable precision
 * {@code eps (b / b' + s)}: a one-ulp change of the price moves {@code s} by {@code eps b / b'}.
 */
class LetsBeRationalTest {

  private static final double EPSILON = Math.ulp(1.0);
  /**
   * Observed worst over 2.5 million samples: 14.6, at |x| = 169 and s = 19, where the price
   * itself is the difference of two large terms.
   */
  private static final double ALLOWED = 24;

  /**
   * Log-moneyness from 6e-6 to 200 in magnitude (far beyond any listed option: |x| = 134 is
   * 12 standard deviations at 500% volatility over five years), total volatility from 6e-6 to
   * 50.
   */
  @Test
  void invertsTheNormalisedBlackFunctionAcrossExtremeInputs() {
    long seed = System.nanoTime();
    System.out.println("LetsBeRationalTest inverse seed: " + seed);
    Random random = new Random(seed);
    double worst = 0;
    for (int i = 0; i < 100_000; i++) {
      double x = random.nextInt(10) == 0 ? 0 : -Math.exp(-12 + 17.3 * random.nextDouble());
      double s = Math.exp(-12 + 16 * random.nextDouble());
      worst = Math.max(worst, assertInverts(x, s, "seed " + seed + " case " + i));
    }
    System.out.printf("normalised inverse: worst error %.2f eps (b / b' + s)%n", worst);
  }

  /**
   * Prices at and within a few ulps of the branch edges {@code s_c = sqrt(2|x|)}, {@code s_l}
   * and {@code s_h}, where rounding decides the branch and the bracket.
   */
  @Test
  void handlesRootsOnTheBranchEdges() {
    long seed = System.nanoTime();
    System.out.println("LetsBeRationalTest branch-edge seed: " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      double x = -Math.exp(-8 + 13 * random.nextDouble());
      double sC = Math.sqrt(2 * Math.abs(x));
      double bMax = Math.exp(0.5 * x);
      double vC = bMax / Math.sqrt(2 * Math.PI);
      double bC = NormalisedBlack.call(x, sC);
      for (double edge : new double[] {sC, sC - bC / vC, sC + (bMax - bC) / vC}) {
        for (int k = -3; k <= 3; k++) {
          double s = edge * (1 + k * EPSILON * (1 + random.nextInt(4)));
          assertInverts(x, s, "seed " + seed + " case " + i);
        }
      }
    }
  }

  /**
   * Log-moneyness in the hundreds (F/K = e^650): the two iterations of the paper are not
   * enough from the initial guess there; the safeguard iterates on and still converges, to
   * within 64 units of the attainable precision (the upper region's {@code b_max - b} loses
   * digits at such x).
   */
  @Test
  void convergesForAbsurdLogMoneyness() {
    Random random = new Random(20240105);
    for (int i = 0; i < 20_000; i++) {
      double x = -200 - 450 * random.nextDouble();
      double s = Math.exp(-2 + 6 * random.nextDouble());
      double beta = NormalisedBlack.call(x, s);
      if (!(beta > Double.MIN_NORMAL) || beta >= Math.exp(0.5 * x)) {
        continue;
      }
      double solved = LetsBeRational.totalVolatility(beta, x, true);
      double attainable = EPSILON * (beta / NormalisedBlack.vega(x, s) + s);
      assertThat(Math.abs(solved - s) / attainable).as("x=%s s=%s", x, s)
          .isLessThanOrEqualTo(64);
    }
  }

  @Test
  void putsAndInTheMoneyOptionsMapToOutOfTheMoneyCalls() {
    double x = 0.4;
    double s = 0.3;
    // b_put(x, s) = b(-x, s); an in-the-money call is intrinsic plus the put at x.
    double put = NormalisedBlack.call(-x, s);
    assertThat(LetsBeRational.totalVolatility(put, x, false))
        .isCloseTo(s, org.assertj.core.api.Assertions.within(1e-15));
    double call = NormalisedBlack.call(x, s);
    assertThat(LetsBeRational.totalVolatility(call, x, true))
        .isCloseTo(s, org.assertj.core.api.Assertions.within(1e-14));
    assertThat(LetsBeRational.totalVolatility(0, -1, true)).isZero();
    assertThat(LetsBeRational.totalVolatility(Math.exp(-0.5), -1, true))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  /**
   * Without the safeguard, exactly the paper's two steps reach the same precision for every
   * |x| up to 150 (beyond any listed option), so the guess and the step are right, not rescued
   * by extra iterations.
   */
  @Test
  void twoStepsSufficeWithoutTheSafeguard() {
    long seed = System.nanoTime();
    System.out.println("LetsBeRationalTest two-step seed: " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 100_000; i++) {
      double x = random.nextInt(10) == 0 ? 0 : -Math.exp(-12 + 17 * random.nextDouble());
      double s = Math.exp(-12 + 14.7 * random.nextDouble());
      assertInverts(x, s, "seed " + seed + " case " + i, 2);
    }
  }

  private static double assertInverts(double x, double s, String context) {
    return assertInverts(x, s, context, Integer.MAX_VALUE);
  }

  private static double assertInverts(double x, double s, String context, int iterationLimit) {
    double beta = NormalisedBlack.call(x, s);
    if (!(beta > Double.MIN_NORMAL) || beta >= Math.exp(0.5 * x)) {
      return 0;
    }
    double solved = iterationLimit == Integer.MAX_VALUE
        ? LetsBeRational.totalVolatility(beta, x, true)
        : LetsBeRational.totalVolatility(beta, x, true, iterationLimit);
    double attainable = EPSILON * (beta / NormalisedBlack.vega(x, s) + s);
    double error = Math.abs(solved - s) / attainable;
    assertThat(error).as("%s: x=%s s=%s beta=%s solved=%s", context, x, s, beta, solved)
        .isLessThanOrEqualTo(ALLOWED);
    return error;
  }
}
