package io.zerogex.core.volatility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.PriceBar;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingRealizedVolatilityTest {

  @Test
  void rollingYangZhangOnAaplMatchesNumpy() {
    // estimators_reference.py, rolling_yang_zhang(AAPL, 10): windows ending at bars 10..19
    double[] expected = {0.28176958014505449, 0.17664353352066464, 0.15905700923647656, 0.16125862118586831,
        0.16214193458809142, 0.16244747223041195, 0.1614341450668165, 0.17698690342037773, 0.17341053518505406,
        0.17201802656602144};
    List<PriceBar> bars = Bars.daily("AAPL", RealizedVolatilityTest.AAPL);
    double[] rolling = RollingRealizedVolatility.rolling(Estimator.YANG_ZHANG, bars, 10, 252);
    assertThat(RollingRealizedVolatility.firstWindowEnd(Estimator.YANG_ZHANG, 10)).isEqualTo(10);
    assertThat(rolling).hasSize(expected.length);
    for (int j = 0; j < expected.length; j++) {
      assertThat(rolling[j]).as("window ending at bar %d", j + 10).isCloseTo(expected[j], within(1e-15));
    }
  }

  @Test
  void everyRollingValueEqualsTheSingleWindowResultExactly() {
    long seed = 20_240_105L;
    System.out.println("everyRollingValueEqualsTheSingleWindowResultExactly seed " + seed);
    Random random = new Random(seed);
    List<PriceBar> bars = Bars.daily("SPX", Bars.randomOhlc(random, 60, 4700));
    for (Estimator estimator : Estimator.values()) {
      for (int window : new int[] {estimator.minimumWindow(), 5, 21}) {
        double[] rolling = RollingRealizedVolatility.rolling(estimator, bars, window, 252);
        int first = RollingRealizedVolatility.firstWindowEnd(estimator, window);
        assertThat(first).isEqualTo(estimator.leadingBars() + window - 1);
        assertThat(rolling).hasSize(bars.size() - first);
        for (int j = 0; j < rolling.length; j++) {
          int end = first + j;
          List<PriceBar> windowBars = bars.subList(end + 1 - window - estimator.leadingBars(), end + 1);
          assertThat(rolling[j]).as("%s window %d ending at %d", estimator, window, end)
              .isEqualTo(estimator.estimate(windowBars, 252));
        }
      }
    }
  }

  @Test
  void closeToCloseRollingWindowCountsReturns() {
    List<PriceBar> bars = Bars.daily("AAPL", RealizedVolatilityTest.AAPL);
    double[] rolling = RollingRealizedVolatility.rolling(Estimator.CLOSE_TO_CLOSE, bars, 19, 252);
    assertThat(rolling).containsExactly(RealizedVolatility.closeToClose(Bars.closes(RealizedVolatilityTest.AAPL), 252));
  }

  @Test
  void rejectsWindowsTooSmallOrLongerThanTheBars() {
    List<PriceBar> bars = Bars.daily("AAPL", RealizedVolatilityTest.AAPL);
    assertThatThrownBy(() -> RollingRealizedVolatility.rolling(Estimator.YANG_ZHANG, bars, 1, 252))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("window must be at least 2 bars for YANG_ZHANG, got 1");
    assertThatThrownBy(() -> RollingRealizedVolatility.rolling(Estimator.PARKINSON, bars, 0, 252))
        .hasMessageContaining("window must be at least 1");
    assertThatThrownBy(() -> RollingRealizedVolatility.rolling(Estimator.GARMAN_KLASS_YANG_ZHANG, bars, 20, 252))
        .hasMessageContaining("at least 21 bars").hasMessageContaining("got 20");
    assertThat(RollingRealizedVolatility.rolling(Estimator.PARKINSON, bars, 20, 252)).hasSize(1);
  }
}
