package io.zerogex.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionRight;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Implied volatility against 50-digit mpmath references (see
 * {@code implied_volatility_references.py} beside the CSV files for how every value was made).
 */
class ImpliedVolatilityTest {

  private static final double EPSILON = Math.ulp(1.0);

  /**
   * The attainable accuracy, in units of the problem's conditioning. The price is a difference
   * of two terms, {@code A = S e^(-qT) N(d1)} and {@code B = K e^(-rT) N(d2)} (with signs for a
   * put), each known only to a few ulps; so the best any solver can do is a volatility whose
   * price differs by {@code c eps (A + B)}, that is a volatility error of
   * {@code c eps (A + B) / vega}, plus the volatility's own rounding {@code c eps sigma}. The
   * test asserts {@code |solved - sigma| <= c eps ((A + B) / vega + sigma)} with {@code c = 16}.
   */
  private static final double ULPS_OF_CONDITIONING = 16;

  /**
   * The hard grid: volatilities 1% to 500%, expiries one minute to five years, moneyness
   * ln(F/K)/(sigma sqrt T) from -12 to +12, calls and puts, with and without rates and dividends.
   * Each price is the 50-digit mpmath price of the double inputs, rounded once.
   */
  @Test
  void recoversTheVolatilityOfTheHardGridToTheAttainablePrecision() throws IOException {
    double worstRatio = 0;
    String worstRow = "";
    double worstWellConditioned = 0;
    int wellConditioned = 0;
    int atUpperBound = 0;
    List<String[]> rows = read("implied-volatility-grid.csv");
    for (String[] row : rows) {
      OptionRight right = OptionRight.valueOf(row[0]);
      double spot = Double.parseDouble(row[1]);
      double strike = Double.parseDouble(row[2]);
      double years = Double.parseDouble(row[3]);
      double rate = Double.parseDouble(row[4]);
      double dividendYield = Double.parseDouble(row[5]);
      double volatility = Double.parseDouble(row[6]);
      double price = Double.parseDouble(row[7]);
      double terms = Double.parseDouble(row[8]) + Double.parseDouble(row[9]);
      double vega = Double.parseDouble(row[10]);

      double solved =
          ImpliedVolatility.solve(right, price, spot, strike, years, rate, dividendYield);

      // Deep in the money with a strike below the spot's rounding (K = 4e-18, S = 100) the
      // price can round to the upper bound S e^(-qT); the documented answer there is infinity.
      if (solved == Double.POSITIVE_INFINITY) {
        double upper = right == OptionRight.CALL
            ? spot * Math.exp(-dividendYield * years) : strike * Math.exp(-rate * years);
        assertThat(Math.abs(price - upper)).as(String.join(",", row))
            .isLessThanOrEqualTo(4 * Math.ulp(upper));
        atUpperBound++;
        continue;
      }
      double ratio = errorInUlpsOfConditioning(solved, volatility, terms, vega, row);
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worstRow = String.join(",", row) + " solved " + solved;
      }
      // Where the conditioning (A + B) / (sigma vega) is at most 1e3, that bound is below
      // 4e-12 relative; assert the stricter 1e-12 there.
      if (terms / (volatility * vega) <= 1e3) {
        wellConditioned++;
        double relative = Math.abs(solved / volatility - 1);
        worstWellConditioned = Math.max(worstWellConditioned, relative);
        assertThat(relative).as(String.join(",", row)).isLessThanOrEqualTo(1e-12);
      }
    }
    System.out.printf("implied volatility grid: %d rows, worst error %.2f eps ((A + B) / vega + "
        + "sigma) at %s; %d well-conditioned rows, worst relative error %.2e; %d rows at the "
        + "upper bound%n", rows.size(), worstRatio, worstRow, wellConditioned,
        worstWellConditioned, atUpperBound);
    assertThat(atUpperBound).isLessThan(rows.size() / 100);
    assertThat(wellConditioned).isGreaterThan(rows.size() / 2);
  }

  /**
   * Price, volatility, price again through {@link BlackScholes#price}, on the hard grid with
   * moneyness every standard deviation from -12 to +12: the repriced value differs from the
   * price by at most {@code 16 eps (A + B + sigma vega) + 4 ulp(price)}, with
   * {@code A = S e^(-qT) N(+-d1)} and {@code B = K e^(-rT) N(+-d2)} the two terms the price is
   * the difference of (the pricer's own rounding) and {@code sigma vega} the price change of
   * the volatility's own last bit; and the volatility comes back to 1e-12 relative wherever the
   * conditioning {@code (A + B) / (sigma vega)} is at most 1e3.
   */
  @Test
  void roundTripsThroughBlackScholesOnTheHardGrid() {
    double[] volatilities = {0.01, 0.05, 0.2, 0.5, 1, 2, 5};
    double[] expiries = {1 / 525600.0, 1 / 8760.0, 1 / 365.0, 7 / 365.0, 30 / 365.0, 0.25, 1, 5};
    double[][] carries = {{0, 0}, {0.05, 0.02}, {-0.01, 0.04}};
    double spot = 100;
    double worstPrice = 0;
    double worstVolatility = 0;
    String worstCase = "";
    int cases = 0;
    for (double volatility : volatilities) {
      for (double years : expiries) {
        for (int moneyness = -12; moneyness <= 12; moneyness++) {
          for (double[] carry : carries) {
            for (OptionRight right : OptionRight.values()) {
              double rate = carry[0];
              double dividendYield = carry[1];
              double deviation = volatility * Math.sqrt(years);
              double forward = spot * Math.exp((rate - dividendYield) * years);
              double strike = forward * Math.exp(-moneyness * deviation);
              double price = BlackScholes.price(right, spot, strike, years, rate, dividendYield,
                  volatility);
              double solved = ImpliedVolatility.solve(right, price, spot, strike, years, rate,
                  dividendYield);
              String context = right + " m=" + moneyness + " sigma=" + volatility + " T=" + years
                  + " r=" + rate + " q=" + dividendYield + " price=" + price + " solved=" + solved;
              assertThat(solved).as(context).isNotNegative().isNotNaN();
              if (solved == Double.POSITIVE_INFINITY) {
                continue;
              }
              double priceError = repricingError(right, price, spot, strike, years, rate,
                  dividendYield, solved, context);
              double d1 = Math.log(forward / strike) / deviation + 0.5 * deviation;
              double sign = right == OptionRight.CALL ? 1 : -1;
              double spotTerm = spot * Math.exp(-dividendYield * years)
                  * NormalDistribution.cdf(sign * d1);
              double strikeTerm = strike * Math.exp(-rate * years)
                  * NormalDistribution.cdf(sign * (d1 - deviation));
              double vega = spot * Math.exp(-dividendYield * years) * Math.sqrt(years)
                  * NormalDistribution.pdf(d1);
              if ((spotTerm + strikeTerm) / (volatility * vega) <= 1e3) {
                double relative = Math.abs(solved / volatility - 1);
                assertThat(relative).as(context).isLessThanOrEqualTo(1e-12);
                worstVolatility = Math.max(worstVolatility, relative);
              }
              if (priceError > worstPrice) {
                worstPrice = priceError;
                worstCase = context;
              }
              cases++;
            }
          }
        }
      }
    }
    System.out.printf("Black-Scholes round trip: %d cases, worst price error %.3f of the bound "
        + "at %s; worst relative volatility error where well-conditioned %.2e%n", cases,
        worstPrice, worstCase, worstVolatility);
  }

  /**
   * Reprices at the solved volatility and asserts {@code |repriced - price| <= 16 eps (A + B +
   * sigma vega) + 4 ulp(price)} with the terms taken at the solved volatility; returns the error
   * as a fraction of that bound.
   */
  private static double repricingError(OptionRight right, double price, double spot,
      double strike, double years, double rate, double dividendYield, double solved,
      String context) {
    double repriced =
        BlackScholes.price(right, spot, strike, years, rate, dividendYield, solved);
    double deviation = solved * Math.sqrt(years);
    double forward = spot * Math.exp((rate - dividendYield) * years);
    double d1 = Math.log(forward / strike) / deviation + 0.5 * deviation;
    double sign = right == OptionRight.CALL ? 1 : -1;
    double spotTerm = spot * Math.exp(-dividendYield * years) * NormalDistribution.cdf(sign * d1);
    double strikeTerm =
        strike * Math.exp(-rate * years) * NormalDistribution.cdf(sign * (d1 - deviation));
    double vega = spot * Math.exp(-dividendYield * years) * Math.sqrt(years)
        * NormalDistribution.pdf(d1);
    double tolerance = 16 * EPSILON * (spotTerm + strikeTerm + solved * vega)
        + 4 * Math.ulp(price);
    double error = Math.abs(repriced - price) / tolerance;
    assertThat(error).as(context + " repriced=" + repriced).isLessThanOrEqualTo(1);
    return error;
  }

  /**
   * Volatilities implied at 50 digits by bisection in mpmath, for prices as quoted (including
   * one-minute in-the-money contracts with cents of time value), to the attainable precision;
   * and to 1e-13 relative where the conditioning allows it.
   */
  @Test
  void matchesIndependentFiftyDigitImpliedVolatilities() throws IOException {
    for (String[] row : read("implied-volatility-mpmath.csv")) {
      double expected = Double.parseDouble(row[7]);
      double terms = Double.parseDouble(row[8]) + Double.parseDouble(row[9]);
      double vega = Double.parseDouble(row[10]);
      double solved = ImpliedVolatility.solve(OptionRight.valueOf(row[0]),
          Double.parseDouble(row[1]), Double.parseDouble(row[2]), Double.parseDouble(row[3]),
          Double.parseDouble(row[4]), Double.parseDouble(row[5]), Double.parseDouble(row[6]));
      errorInUlpsOfConditioning(solved, expected, terms, vega, row);
      if (terms / (expected * vega) <= 100) {
        assertThat(solved).as(String.join(",", row)).isCloseTo(expected, within(1e-13 * expected));
      }
    }
  }

  /** Asserts the attainable-precision bound and returns the error in its units. */
  private static double errorInUlpsOfConditioning(double solved, double volatility, double terms,
      double vega, String[] row) {
    assertThat(solved).as(String.join(",", row)).isFinite().isNotNegative();
    double attainable = EPSILON * (terms / vega + volatility);
    double ratio = Math.abs(solved - volatility) / attainable;
    assertThat(ratio).as("vol error in units of eps ((A + B) / vega + sigma), row %s, solved %s",
        String.join(",", row), solved).isLessThanOrEqualTo(ULPS_OF_CONDITIONING);
    return ratio;
  }

  @Test
  void atTheMoneyTextbookCase() {
    // S = K = 100, T = 1, r = 5%, q = 0, price 10.450583572185566 is the Black-Scholes call at
    // sigma = 20% (Hull's classic example; value from mpmath at 50 digits, rounded).
    assertThat(ImpliedVolatility.solve(OptionRight.CALL, 10.450583572185566, 100, 100, 1, 0.05, 0))
        .isCloseTo(0.2, within(1e-15));
  }

  @Test
  void priceBelowTheDiscountedIntrinsicValueThrowsNamingTheLowerBound() {
    // Discounted intrinsic: 4700 - 4000 e^(-0.05/525600) = 700.00038...
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 700.0, 4700, 4000,
        1 / 525600.0, 0.05, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price 700.0")
        .hasMessageContaining("lower no-arbitrage bound")
        .hasMessageContaining("discounted intrinsic value")
        .hasMessageContaining("700.00038");
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.PUT, -0.01, 100, 90, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower no-arbitrage bound");
  }

  @Test
  void priceAboveTheUpperBoundThrowsNamingIt() {
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 100.01, 100, 90, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper no-arbitrage bound S e^(-qT) = 100.0");
    // A put is worth at most K e^(-rT) = 90 e^(-0.05) = 85.6106...
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.PUT, 86, 100, 90, 1, 0.05, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper no-arbitrage bound K e^(-rT) = 85.61");
  }

  @Test
  void priceAtTheDiscountedIntrinsicValueReturnsZero() {
    double years = 1 / 525600.0;
    double intrinsic = 4700 - 4000 * Math.exp(-0.05 * years);
    assertThat(ImpliedVolatility.solve(OptionRight.CALL, intrinsic, 4700, 4000, years, 0.05, 0))
        .isZero();
    // One ulp below the intrinsic value is rounding, not arbitrage.
    assertThat(ImpliedVolatility.solve(OptionRight.CALL, Math.nextDown(intrinsic), 4700, 4000,
        years, 0.05, 0)).isZero();
    // Out of the money with a zero price: no time value.
    assertThat(ImpliedVolatility.solve(OptionRight.CALL, 0, 4700, 5000, years, 0.05, 0)).isZero();
    assertThat(ImpliedVolatility.solve(OptionRight.PUT, 0, 4700, 4000, years, 0.05, 0)).isZero();
  }

  @Test
  void priceAtTheUpperBoundReturnsInfinity() {
    assertThat(ImpliedVolatility.solve(OptionRight.CALL, 100, 100, 90, 1, 0, 0))
        .isEqualTo(Double.POSITIVE_INFINITY);
    // Just below the bound the volatility is large but finite.
    assertThat(ImpliedVolatility.solve(OptionRight.CALL, 99.9, 100, 90, 1, 0, 0))
        .isGreaterThan(5).isFinite();
  }

  /**
   * Extreme but valid inputs never leak NaN: spot and strike from 1e-8 to 1e8, expiries from a
   * millisecond to a century, rates and dividend yields from -10% to 50%, and prices from zero
   * through the interior to the upper bound. Infinity appears only at the upper bound.
   */
  @Test
  void edgeSweepNeverReturnsNaN() {
    double[] levels = {1e-8, 1, 100, 1e8};
    double[] expiries = {1e-3 / (365 * 86400.0), 1 / 525600.0, 1, 100};
    double[] carries = {-0.1, 0, 0.5};
    double[] fractions = {0, 1e-300, 1e-17, 1e-9, 0.5, 1 - 1e-12, 1 - 1e-16, 1};
    int cases = 0;
    for (OptionRight right : OptionRight.values()) {
      for (double spot : levels) {
        for (double strike : levels) {
          for (double years : expiries) {
            for (double rate : carries) {
              for (double dividendYield : carries) {
                double discountedSpot = spot * Math.exp(-dividendYield * years);
                double discountedStrike = strike * Math.exp(-rate * years);
                double lower = Math.max(0, right == OptionRight.CALL
                    ? discountedSpot - discountedStrike : discountedStrike - discountedSpot);
                double upper = right == OptionRight.CALL ? discountedSpot : discountedStrike;
                for (double fraction : fractions) {
                  double price = Math.min(upper, lower + (upper - lower) * fraction);
                  double solved = ImpliedVolatility.solve(right, price, spot, strike, years,
                      rate, dividendYield);
                  String context = right + " S=" + spot + " K=" + strike + " T=" + years + " r="
                      + rate + " q=" + dividendYield + " price=" + price;
                  assertThat(solved).as(context).isNotNaN().isNotNegative();
                  if (solved == Double.POSITIVE_INFINITY) {
                    assertThat(upper - price).as(context).isLessThanOrEqualTo(4 * Math.ulp(upper));
                  }
                  cases++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(cases).isEqualTo(2 * 4 * 4 * 4 * 3 * 3 * 8);
  }

  @Test
  void rejectsInvalidArgumentsNamingThem() {
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, Double.NaN, 100, 100, 1,
        0, 0)).hasMessageContaining("price").hasMessageContaining("NaN");
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 1, 0, 100, 1, 0, 0))
        .hasMessageContaining("spot").hasMessageContaining("0.0");
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 1, 100, -5, 1, 0, 0))
        .hasMessageContaining("strike").hasMessageContaining("-5.0");
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 1, 100, 100, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("years must be > 0").hasMessageContaining("intrinsic");
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 1, 100, 100, -1, 0, 0))
        .hasMessageContaining("years").hasMessageContaining("-1.0");
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 1, 100, 100, 1,
        Double.POSITIVE_INFINITY, 0)).hasMessageContaining("rate");
    assertThatThrownBy(() -> ImpliedVolatility.solve(OptionRight.CALL, 1, 100, 100, 1, 0,
        Double.NaN)).hasMessageContaining("dividendYield");
    assertThatThrownBy(() -> ImpliedVolatility.solve(null, 1, 100, 100, 1, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("right");
  }

  /**
   * Seeded random inputs across expiries from one minute to five years: the volatility is
   * finite and non-negative for every price between the bounds, reprices it through
   * {@link BlackScholes#price} to the attainable precision, increases with the price, and
   * is unchanged when price, spot and strike are scaled by a power of four (exact in binary,
   * square roots included).
   */
  @Test
  void randomPricesBetweenTheBoundsGiveMonotoneScaleFreeVolatilities() {
    long seed = System.nanoTime();
    System.out.println("ImpliedVolatilityTest random seed: " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      OptionRight right = random.nextBoolean() ? OptionRight.CALL : OptionRight.PUT;
      double spot = Math.exp(random.nextDouble() * Math.log(10_000));
      double years = Math.exp(Math.log(1 / 525600.0) + random.nextDouble() * Math.log(5 * 525600.0));
      double width = 0.5 * Math.sqrt(years);
      double strike = spot * Math.exp(width * 6 * (2 * random.nextDouble() - 1));
      double rate = -0.01 + 0.09 * random.nextDouble();
      double dividendYield = 0.05 * random.nextDouble();
      double discountedSpot = spot * Math.exp(-dividendYield * years);
      double discountedStrike = strike * Math.exp(-rate * years);
      double lower = Math.max(0, right == OptionRight.CALL
          ? discountedSpot - discountedStrike : discountedStrike - discountedSpot);
      double upper = right == OptionRight.CALL ? discountedSpot : discountedStrike;
      double first = lower + (upper - lower) * random.nextDouble();
      double second = lower + (upper - lower) * random.nextDouble();
      String context = "seed " + seed + " case " + i + " " + right + " S=" + spot + " K=" + strike
          + " T=" + years + " r=" + rate + " q=" + dividendYield;

      double low = ImpliedVolatility.solve(right, Math.min(first, second), spot, strike, years,
          rate, dividendYield);
      double high = ImpliedVolatility.solve(right, Math.max(first, second), spot, strike, years,
          rate, dividendYield);
      assertThat(low).as(context).isNotNegative().isFinite();
      if (low > 0) {
        repricingError(right, Math.min(first, second), spot, strike, years, rate, dividendYield,
            low, context);
      }
      assertThat(high).as(context).isGreaterThanOrEqualTo(low * (1 - 1e-12));

      double scale = Math.scalb(1.0, 2 * (random.nextInt(11) - 5));
      double scaled = ImpliedVolatility.solve(right, scale * Math.min(first, second),
          scale * spot, scale * strike, years, rate, dividendYield);
      assertThat(scaled).as(context).isEqualTo(low);
    }
  }

  private static List<String[]> read(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(ImpliedVolatilityTest.class.getResourceAsStream(resource),
            resource), StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(line.split(","));
      }
    }
    return rows;
  }
}
