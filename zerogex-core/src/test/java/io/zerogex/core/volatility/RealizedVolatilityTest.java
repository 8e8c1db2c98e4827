package io.zerogex.core.volatility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values: every expected number below was computed independently of the Java code by
 * src/test/resources/volatility/estimators_reference.py: mpmath at 40 digits on the doubles
 * below, taken exactly (sample variances with n - 1), checked there against a float64 numpy derivation, printed
 * with 17 significant digits.
 *
 * <p>Formulas cross-checked against the estimators of Euan Sinclair's "Volatility Trading" as coded
 * in jasonstrimpel/volatility-trading (volatility/models, read, not copied): Parkinson,
 * Garman-Klass (open-to-close form) and Rogers-Satchell agree with that code with its overlap
 * adjustment off. Its Yang-Zhang departs from the Yang-Zhang (2000) paper (close-to-close instead of
 * open-to-close returns in V_C, no mean subtraction, V_RS over n - 1), so the paper is followed here.
 */
class RealizedVolatilityTest {

  static final double TOLERANCE = 1e-15;

  /** Seeded OHLC bars of estimators_reference.py (default_rng(20240105)), {open, high, low, close}. */
  static final double[][] SEEDED = {
      {4699.67, 4766.59, 4686.97, 4765.35}, {4783.74, 4799.04, 4707.48, 4724.15},
      {4738.73, 4764.26, 4693.98, 4764.26}, {4760.56, 4814.48, 4757.93, 4757.93},
      {4735.10, 4747.03, 4668.54, 4718.64}, {4708.16, 4721.49, 4672.09, 4678.75},
      {4699.52, 4725.75, 4656.96, 4666.29}, {4676.47, 4676.47, 4601.89, 4623.70},
      {4626.75, 4654.65, 4603.78, 4621.17}, {4652.24, 4693.72, 4615.66, 4691.55},
      {4710.61, 4841.41, 4710.61, 4831.05}, {4805.73, 4839.74, 4749.68, 4749.68},
      {4781.23, 4801.23, 4750.66, 4750.66}, {4729.33, 4767.21, 4722.08, 4727.98},
      {4739.16, 4761.93, 4701.83, 4761.11}, {4755.40, 4776.45, 4673.92, 4674.48},
      {4645.59, 4687.41, 4631.26, 4687.41}, {4679.66, 4786.66, 4674.47, 4772.97},
      {4767.29, 4831.11, 4765.04, 4796.83}, {4798.05, 4798.05, 4706.98, 4738.87},
      {4733.67, 4770.91, 4714.72, 4716.99}, {4693.81, 4722.98, 4635.84, 4722.98},
      {4704.44, 4740.69, 4652.39, 4662.37}, {4628.88, 4686.24, 4607.51, 4659.32},
      {4682.42, 4734.01, 4650.77, 4734.01}, {4735.45, 4779.44, 4703.47, 4726.81},
      {4726.89, 4745.41, 4682.23, 4702.72}, {4663.54, 4673.82, 4570.53, 4602.96},
      {4575.11, 4594.33, 4531.39, 4575.62}, {4608.10, 4623.94, 4556.15, 4564.39}};

  /** AAPL daily bars, February 2024, from Tradier's /markets/history (recorded response). */
  static final double[][] AAPL = {
      {183.985, 186.95, 183.82, 186.86}, {179.86, 187.33, 179.25, 185.85}, {188.15, 189.25, 185.84, 187.68},
      {186.86, 189.31, 186.7695, 189.3}, {190.64, 191.05, 188.61, 189.41}, {189.385, 189.535, 187.35, 188.32},
      {188.65, 189.99, 188.0, 188.85}, {188.415, 188.67, 186.79, 187.15}, {185.77, 186.21, 183.5128, 185.04},
      {185.32, 185.53, 182.44, 184.15}, {183.55, 184.49, 181.35, 183.86}, {183.42, 184.85, 181.665, 182.31},
      {181.79, 182.43, 180.0, 181.56}, {181.94, 182.8888, 180.66, 182.32}, {183.48, 184.955, 182.46, 184.37},
      {185.01, 185.04, 182.23, 182.52}, {182.24, 182.76, 180.65, 181.16}, {181.1, 183.9225, 179.56, 182.63},
      {182.51, 183.12, 180.13, 181.42}, {181.27, 182.57, 179.53, 180.75}};

  @Test
  void seededSeriesMatchesNumpy() {
    assertMatchesNumpy("SPX", SEEDED, 0.17954313876764669, 0.17798995210514729, 0.15827258911525566,
        0.15745056704127725, 0.16205306823611354, 0.17286037270716204, 0.17753162002475542);
  }

  @Test
  void realAaplFebruary2024MatchesNumpy() {
    assertMatchesNumpy("AAPL", AAPL, 0.11414540516751749, 0.11452046431782489, 0.16997645397807165,
        0.17318215504773934, 0.17058825390948568, 0.234860501115771, 0.23369911722628608);
  }

  /** Expected values in the order closeToClose, zero mean, Parkinson, GK, RS, GKYZ, Yang-Zhang. */
  private static void assertMatchesNumpy(String symbol, double[][] rows, double... expected) {
    List<PriceBar> bars = Bars.daily(symbol, rows);
    double[] closes = Bars.closes(rows);
    double[] actual = {
        RealizedVolatility.closeToClose(closes, 252), RealizedVolatility.closeToCloseZeroMean(closes, 252),
        RealizedVolatility.parkinson(bars, 252), RealizedVolatility.garmanKlass(bars, 252),
        RealizedVolatility.rogersSatchell(bars, 252), RealizedVolatility.garmanKlassYangZhang(bars, 252),
        RealizedVolatility.yangZhang(bars, 252)};
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i]).as("%s %s", symbol, Estimator.values()[i]).isCloseTo(expected[i], within(TOLERANCE));
    }
  }

  @Test
  void estimatorEnumAgreesWithTheStaticMethods() {
    List<PriceBar> bars = Bars.daily("AAPL", AAPL);
    assertThat(Estimator.CLOSE_TO_CLOSE.estimate(bars, 252))
        .isEqualTo(RealizedVolatility.closeToClose(Bars.closes(AAPL), 252));
    assertThat(Estimator.CLOSE_TO_CLOSE_ZERO_MEAN.estimate(bars, 252))
        .isEqualTo(RealizedVolatility.closeToCloseZeroMean(Bars.closes(AAPL), 252));
    assertThat(Estimator.YANG_ZHANG.estimate(bars, 252)).isEqualTo(RealizedVolatility.yangZhang(bars, 252));
  }

  @Test
  void constantPricesGiveExactlyZero() {
    double[][] flat = new double[6][];
    for (int i = 0; i < flat.length; i++) {
      flat[i] = new double[] {4321.09, 4321.09, 4321.09, 4321.09};
    }
    List<PriceBar> bars = Bars.daily("SPX", flat);
    for (Estimator estimator : Estimator.values()) {
      assertThat(estimator.estimate(bars, 252)).as(estimator.name()).isEqualTo(0.0);
    }
    assertThat(RealizedVolatility.closeToClose(Bars.closes(flat), 252)).isEqualTo(0.0);
    assertThat(RealizedVolatility.closeToCloseZeroMean(Bars.closes(flat), 252)).isEqualTo(0.0);
  }

  @Test
  void smallestWindowsAreAccepted() {
    List<PriceBar> aapl = Bars.daily("AAPL", AAPL);
    // one bar: Parkinson = sqrt(252 * ln(186.95/183.82)^2 / (4 ln 2)), by hand
    double hl = Math.log(186.95 / 183.82);
    assertThat(RealizedVolatility.parkinson(aapl.subList(0, 1), 252))
        .isCloseTo(Math.sqrt(252 * hl * hl / (4 * Math.log(2))), within(1e-15));
    assertThat(RealizedVolatility.garmanKlassYangZhang(aapl.subList(0, 2), 252)).isPositive();
    assertThat(RealizedVolatility.yangZhang(aapl.subList(0, 3), 252)).isPositive();
    assertThat(RealizedVolatility.closeToCloseZeroMean(new double[] {100, 101}, 1))
        .isCloseTo(Math.log(1.01), within(1e-16));
  }

  @Test
  void rejectsTooFewPointsNamingHowManyAreNeededAndGiven() {
    List<PriceBar> aapl = Bars.daily("AAPL", AAPL);
    assertThatThrownBy(() -> RealizedVolatility.closeToClose(new double[] {1, 2}, 252))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3").hasMessageContaining("got 2");
    assertThatThrownBy(() -> RealizedVolatility.closeToCloseZeroMean(new double[] {1}, 252))
        .hasMessageContaining("at least 2").hasMessageContaining("got 1");
    assertThatThrownBy(() -> RealizedVolatility.yangZhang(aapl.subList(0, 2), 252))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3 bars").hasMessageContaining("leading bar").hasMessageContaining("got 2");
    assertThatThrownBy(() -> RealizedVolatility.garmanKlassYangZhang(aapl.subList(0, 1), 252))
        .hasMessageContaining("at least 2 bars").hasMessageContaining("got 1");
    assertThatThrownBy(() -> RealizedVolatility.parkinson(List.of(), 252))
        .hasMessageContaining("at least 1 bars").hasMessageContaining("got 0");
  }

  @Test
  void rejectsBadPricesNamingIndexAndValue() {
    assertThatThrownBy(() -> RealizedVolatility.closeToClose(new double[] {100, 101, 0, 102}, 252))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("closes[2] must be finite and > 0, got 0.0");
    assertThatThrownBy(() -> RealizedVolatility.closeToCloseZeroMean(new double[] {100, Double.NaN}, 252))
        .hasMessage("closes[1] must be finite and > 0, got NaN");
    assertThatThrownBy(() -> RealizedVolatility.closeToClose(new double[] {100, 101, Double.POSITIVE_INFINITY}, 252))
        .hasMessage("closes[2] must be finite and > 0, got Infinity");
    assertThatThrownBy(() -> RealizedVolatility.closeToClose(new double[] {-1, 101, 102}, 252))
        .hasMessage("closes[0] must be finite and > 0, got -1.0");
  }

  @Test
  void rejectsNullsAndBadPeriodsPerYear() {
    List<PriceBar> aapl = Bars.daily("AAPL", AAPL);
    assertThatThrownBy(() -> RealizedVolatility.closeToClose(null, 252)).hasMessageContaining("closes");
    assertThatThrownBy(() -> RealizedVolatility.rogersSatchell(null, 252)).hasMessageContaining("bars");
    List<PriceBar> withNull = new ArrayList<>(aapl.subList(0, 3));
    withNull.set(1, null);
    assertThatThrownBy(() -> RealizedVolatility.parkinson(withNull, 252)).hasMessageContaining("bars[1]");
    for (double bad : new double[] {0, -252, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> RealizedVolatility.garmanKlass(aapl, bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodsPerYear").hasMessageContaining("got " + bad);
    }
  }

  @Test
  void rejectsMixedSymbolsAndUnorderedOrDuplicateBarsNamingTheIndex() {
    List<PriceBar> bars = new ArrayList<>(Bars.daily("AAPL", AAPL).subList(0, 5));
    PriceBar third = bars.get(2);
    List<PriceBar> mixed = new ArrayList<>(bars);
    mixed.set(3, new PriceBar("SPY", bars.get(3).start(), Duration.ofDays(1), 1, 1, 1, 1, 0));
    assertThatThrownBy(() -> RealizedVolatility.yangZhang(mixed, 252))
        .hasMessageContaining("bars[3] has symbol SPY").hasMessageContaining("AAPL");
    List<PriceBar> duplicate = new ArrayList<>(bars);
    duplicate.set(3, third);
    assertThatThrownBy(() -> RealizedVolatility.parkinson(duplicate, 252))
        .hasMessageContaining("bars[3]").hasMessageContaining("duplicate of bars[2]");
    List<PriceBar> swapped = new ArrayList<>(bars);
    swapped.set(1, bars.get(4));
    assertThatThrownBy(() -> RealizedVolatility.rogersSatchell(swapped, 252))
        .hasMessageContaining("bars[2]").hasMessageContaining("before bars[1]");
  }
}
