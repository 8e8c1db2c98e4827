package io.zerogex.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionRight;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BlackScholesBatch} against the scalar {@link BlackScholes}, whose values are checked
 * against published tables and mpmath in {@link BlackScholesTest}.
 */
class BlackScholesBatchTest {

  private static final long SEED = 20_240_105L;

  /** A seeded chain: strikes around 4700, one minute to three years, mixed rights. */
  private static final class Chain {
    final int n;
    final double[] strikes;
    final double[] years;
    final double[] volatilities;
    final double[] rates;
    final double[] yields;
    final boolean[] isCall;

    Chain(SplittableRandom random, int n, double minimumYears) {
      this.n = n;
      strikes = new double[n];
      years = new double[n];
      volatilities = new double[n];
      rates = new double[n];
      yields = new double[n];
      isCall = new boolean[n];
      for (int i = 0; i < n; i++) {
        strikes[i] = 5 * Math.round(4700 * Math.exp(random.nextDouble(-0.4, 0.3)) / 5);
        years[i] = Math.exp(random.nextDouble(Math.log(minimumYears), Math.log(3)));
        volatilities[i] = random.nextDouble(0.05, 1.2);
        rates[i] = random.nextDouble(-0.01, 0.08);
        yields[i] = random.nextDouble(0, 0.04);
        isCall[i] = random.nextBoolean();
      }
    }

    BlackScholesBatch batch() {
      return BlackScholesBatch.of(strikes, years, volatilities, rates, yields);
    }
  }

  @Test
  void gammaAgreesWithTheScalarFormulaToOneEMinusTwelve() {
    System.out.println("BlackScholesBatchTest seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    Chain chain = new Chain(random, 5_000, 1.0 / 365);
    BlackScholesBatch batch = chain.batch();
    double[] out = new double[chain.n];
    double worst = 0;
    for (double spot = 3500; spot <= 6000; spot += 50) {
      batch.gamma(spot, out);
      for (int i = 0; i < chain.n; i++) {
        double expected = BlackScholes.gamma(spot, chain.strikes[i], chain.years[i], chain.rates[i],
            chain.yields[i], chain.volatilities[i]);
        if (expected < 1e-300) {
          assertThat(out[i]).isLessThan(1e-290);
          continue;
        }
        double relative = Math.abs(out[i] - expected) / expected;
        // Far in the tail n(d1) = exp(-d1^2 / 2) turns each ulp of d1 into d1^2 ulps of gamma
        // (d1 itself carries a few ulps of its largest term), so beyond |d1| = 5 the bound grows with d1^2.
        double v = chain.volatilities[i] * Math.sqrt(chain.years[i]);
        double d1 = BlackScholes.d1(spot, chain.strikes[i], chain.years[i], chain.rates[i],
            chain.yields[i], v);
        assertThat(relative).as("contract %d at %s, d1 %s", i, spot, d1)
            .isLessThanOrEqualTo(1e-12 + 5e-15 * d1 * d1);
        if (Math.abs(d1) <= 5) {
          worst = Math.max(worst, relative);
        }
      }
    }
    System.out.printf("batch gamma: max relative difference from BlackScholes.gamma for |d1| <= 5: %.2e%n", worst);
    assertThat(worst).isLessThanOrEqualTo(1e-12);
  }

  @Test
  void zeroDteGammaAgreesWithinTheConditioningOfD1() {
    // Below a day, d1 = ln(S/K) / v amplifies each rounding of ln S and ln K by 1 / v; the
    // tolerance is 1e-12 plus that amplification, a few ulps times |d1| / v.
    SplittableRandom random = new SplittableRandom(SEED + 1);
    Chain chain = new Chain(random, 2_000, 1.0 / 525_600);
    BlackScholesBatch batch = chain.batch();
    double[] out = new double[chain.n];
    for (double spot = 4400; spot <= 5000; spot += 7.5) {
      batch.gamma(spot, out);
      for (int i = 0; i < chain.n; i++) {
        double expected = BlackScholes.gamma(spot, chain.strikes[i], chain.years[i], chain.rates[i],
            chain.yields[i], chain.volatilities[i]);
        double v = chain.volatilities[i] * Math.sqrt(chain.years[i]);
        double d1 = Math.log(spot / chain.strikes[i]) / v;
        assertThat(out[i]).as("contract %d at %s", i, spot)
            .isCloseTo(expected, within(expected * (1e-12 + 1e-15 * Math.abs(d1) / v) + 1e-300));
      }
    }
  }

  @Test
  void weightedGammaIsTheWeightedSumOfGammas() {
    Chain chain = new Chain(new SplittableRandom(SEED + 2), 3_000, 1.0 / 525_600);
    BlackScholesBatch batch = chain.batch();
    double[] weights = new double[chain.n];
    SplittableRandom random = new SplittableRandom(SEED + 3);
    for (int i = 0; i < chain.n; i++) {
      weights[i] = (chain.isCall[i] ? 100 : -100) * random.nextInt(0, 5000);
    }
    double[] out = new double[chain.n];
    for (double spot = 4000; spot <= 5400; spot += 100) {
      batch.gamma(spot, out);
      double sum = 0;
      double absolute = 0;
      for (int i = 0; i < chain.n; i++) {
        sum += weights[i] * out[i];
        absolute += Math.abs(weights[i] * out[i]);
      }
      assertThat(batch.weightedGamma(spot, weights)).isCloseTo(sum, within(1e-13 * absolute));
    }
  }

  @Test
  void greeksAgreeWithTheScalarFormula() {
    Chain chain = new Chain(new SplittableRandom(SEED + 4), 2_000, 1.0 / 365);
    BlackScholesBatch batch = chain.batch();
    int n = chain.n;
    double[] delta = new double[n];
    double[] gamma = new double[n];
    double[] vega = new double[n];
    double[] theta = new double[n];
    for (double spot = 4000; spot <= 5400; spot += 200) {
      batch.greeks(spot, delta, gamma, vega, theta, chain.isCall);
      for (int i = 0; i < n; i++) {
        Greeks g = BlackScholes.greeks(chain.isCall[i] ? OptionRight.CALL : OptionRight.PUT, spot,
            chain.strikes[i], chain.years[i], chain.rates[i], chain.yields[i], chain.volatilities[i]);
        String where = "contract " + i + " at " + spot;
        assertThat(delta[i]).as(where).isCloseTo(g.delta(), within(1e-12 * Math.abs(g.delta()) + 1e-15));
        assertThat(gamma[i]).as(where).isCloseTo(g.gamma(), within(1e-12 * g.gamma() + 1e-300));
        assertThat(vega[i]).as(where).isCloseTo(g.vega(), within(1e-12 * g.vega() + 1e-12));
        assertThat(theta[i]).as(where).isCloseTo(g.theta(), within(1e-12 * Math.abs(g.theta()) + 1e-10));
      }
    }
  }

  @Test
  void contractsWithoutTimeValueGiveZeroGammaAndTheirLimitGreeks() {
    BlackScholesBatch batch = BlackScholesBatch.of(new double[] {4700, 4600, 4800},
        new double[] {0, 0.1, 0.1}, new double[] {0.2, 0, 0.2}, new double[] {0.05, 0.05, 0.05},
        new double[] {0, 0, 0});
    double[] out = new double[3];
    batch.gamma(4700, out);
    assertThat(out[0]).isZero();
    assertThat(out[1]).isZero();
    assertThat(out[2]).isPositive();
    assertThat(batch.weightedGamma(4700, new double[] {1e6, 1e6, 0})).isZero();
    double[] delta = new double[3];
    double[] gamma = new double[3];
    double[] vega = new double[3];
    double[] theta = new double[3];
    batch.greeks(4700, delta, gamma, vega, theta, new boolean[] {true, true, false});
    assertThat(delta[0]).isEqualTo(0.5);
    assertThat(delta[1]).isEqualTo(1.0);
    assertThat(gamma[0]).isZero();
    assertThat(gamma[1]).isZero();
    assertThat(batch.size()).isEqualTo(3);
    assertThat(batch.toString()).contains("size=3");
  }

  @Test
  void validatesAndCopiesItsInputs() {
    double[] strikes = {100, 110};
    double[] ones = {1, 1};
    BlackScholesBatch batch = BlackScholesBatch.of(strikes, ones, new double[] {0.2, 0.2},
        new double[2], new double[2]);
    double[] before = new double[2];
    batch.gamma(105, before);
    strikes[0] = 1;
    double[] after = new double[2];
    batch.gamma(105, after);
    assertThat(after).containsExactly(before);
    assertThatThrownBy(() -> BlackScholesBatch.of(new double[] {100, -5}, ones, ones, ones, ones))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strikes[1]")
        .hasMessageContaining("-5.0");
    assertThatThrownBy(() -> BlackScholesBatch.of(strikes, new double[] {1}, ones, ones, ones))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years");
    assertThatThrownBy(() -> BlackScholesBatch.of(strikes, ones, new double[] {0.2, Double.NaN}, ones, ones))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volatilities[1]");
    assertThatThrownBy(() -> batch.gamma(0, new double[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spot");
    assertThatThrownBy(() -> batch.gamma(100, new double[1]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> batch.weightedGamma(100, new double[1]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
  }
}
