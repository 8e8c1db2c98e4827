package io.zerogex.core.volatility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.PriceBar;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random properties of the estimators; each test prints its seed so a failure can be replayed. */
class RealizedVolatilityPropertiesTest {

  private static Random seeded(String test, long seed) {
    System.out.println(test + " seed " + seed);
    return new Random(seed);
  }

  @Test
  void scaleInvariance() {
    Random random = seeded("scaleInvariance", 7_301L);
    for (int trial = 0; trial < 200; trial++) {
      double[][] rows = Bars.randomOhlc(random, 3 + random.nextInt(40), 5 + 5000 * random.nextDouble());
      double factor = Math.exp(8 * random.nextDouble() - 4);
      List<PriceBar> bars = Bars.daily("SPX", rows);
      List<PriceBar> scaled = Bars.daily("SPX", Bars.scaled(rows, factor));
      for (Estimator estimator : Estimator.values()) {
        double base = estimator.estimate(bars, 252);
        assertThat(estimator.estimate(scaled, 252)).as("%s trial %d factor %s", estimator, trial, factor)
            .isCloseTo(base, within(1e-9 * base + 1e-15));
      }
    }
  }

  @Test
  void zeroMeanEqualsSampleVarianceCorrectedByTheSquaredMean() {
    Random random = seeded("zeroMeanRelation", 11_113L);
    for (int trial = 0; trial < 200; trial++) {
      double[] closes = Bars.closes(Bars.randomOhlc(random, 3 + random.nextInt(60), 100));
      int n = closes.length - 1;
      double meanReturn = Math.log(closes[n] / closes[0]) / n;
      double periodsPerYear = 1 + 1000 * random.nextDouble();
      double sample = RealizedVolatility.closeToClose(closes, periodsPerYear);
      double zeroMean = RealizedVolatility.closeToCloseZeroMean(closes, periodsPerYear);
      double expected = sample * sample * (n - 1) / n + periodsPerYear * meanReturn * meanReturn;
      assertThat(zeroMean * zeroMean).as("trial %d", trial).isCloseTo(expected, within(1e-12 * expected));
    }
  }

  @Test
  void periodsPerYearScalesBySquareRoot() {
    Random random = seeded("periodsPerYearScaling", 42_424L);
    for (int trial = 0; trial < 100; trial++) {
      List<PriceBar> bars = Bars.daily("QQQ", Bars.randomOhlc(random, 3 + random.nextInt(30), 400));
      double periodsPerYear = 1 + 20_000 * random.nextDouble();
      double ratio = 0.01 + 100 * random.nextDouble();
      for (Estimator estimator : Estimator.values()) {
        double base = estimator.estimate(bars, periodsPerYear);
        assertThat(estimator.estimate(bars, periodsPerYear * ratio)).as("%s trial %d", estimator, trial)
            .isCloseTo(base * Math.sqrt(ratio), within(1e-12 * base * Math.sqrt(ratio)));
      }
    }
  }

  @Test
  void everyEstimatorIsFiniteAndPositiveOnRandomBars() {
    Random random = seeded("finiteAndPositive", 99L);
    for (int trial = 0; trial < 200; trial++) {
      List<PriceBar> bars = Bars.daily("SPX", Bars.randomOhlc(random, 3 + random.nextInt(10), 1e-3 + 1e6 * random.nextDouble()));
      for (Estimator estimator : Estimator.values()) {
        assertThat(estimator.estimate(bars, 252)).as("%s trial %d", estimator, trial).isFinite().isPositive();
      }
    }
  }
}
