package io.zerogex.core.pricing;

import static io.zerogex.core.model.OptionRight.CALL;
import static io.zerogex.core.model.OptionRight.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionRight;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identities, finite differences, limits and edge sweeps of {@link BlackScholes}. Expected values
 * are derived independently: central finite differences of the price (or of the lower greek),
 * put-call parity, and the closed-form limits documented on {@link BlackScholes}.
 */
class BlackScholesPropertyTest {

  private static final double MINUTE = 1.0 / (365 * 24 * 60);
  private static final ToDoubleFunction<Greeks> PRICE = Greeks::price;

  /** One option's inputs. */
  private record Inputs(OptionRight right, double spot, double strike, double years, double rate,
      double dividendYield, double volatility) {

    Greeks greeks() {
      return BlackScholes.greeks(right, spot, strike, years, rate, dividendYield, volatility);
    }

    Inputs spot(double value) {
      return new Inputs(right, value, strike, years, rate, dividendYield, value == 0 ? 0 : volatility);
    }
  }

  @Test
  void everyGreekMatchesACentralFiniteDifference() {
    long seed = 7_340_2024L;
    System.out.println("finite-difference seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 300; i++) {
      Inputs x = randomInputs(random);
      Greeks g = x.greeks();
      double s = x.spot();
      // steps of 1e-4 standard deviations of the log spot, so one-minute expiries stay resolved
      double hs = 1e-4 * s * Math.min(1, x.volatility() * Math.sqrt(x.years()));
      double hv = 1e-5 * x.volatility();
      double ht = 1e-5 * x.years();
      double hr = 1e-6;
      ToDoubleFunction<Greeks> price = PRICE;
      check(x, "delta", g.delta(), bump(x, price, hs, 0, 0, 0), g.price() / s);
      check(x, "gamma", g.gamma(), bump(x, Greeks::delta, hs, 0, 0, 0), 1 / s);
      check(x, "vega", g.vega(), bump(x, price, 0, hv, 0, 0), s);
      check(x, "theta", g.theta(), bump(x, price, 0, 0, ht, 0).negate(), s);
      check(x, "rho", g.rho(), bump(x, price, 0, 0, 0, hr), s);
      check(x, "vanna", g.vanna(), bump(x, Greeks::delta, 0, hv, 0, 0), 1);
      check(x, "charm", g.charm(), bump(x, Greeks::delta, 0, 0, ht, 0).negate(), 1);
      check(x, "vomma", g.vomma(), bump(x, Greeks::vega, 0, hv, 0, 0), s);
      check(x, "speed", g.speed(), bump(x, Greeks::gamma, hs, 0, 0, 0), 1 / (s * s));
      check(x, "color", g.color(), bump(x, Greeks::gamma, 0, 0, ht, 0).negate(), 1 / s);
      check(x, "zomma", g.zomma(), bump(x, Greeks::gamma, 0, hv, 0, 0), 1 / s);
    }
  }

  /** A central difference and the size of its rounding noise. */
  private record Difference(double value, double noise) {
    Difference negate() {
      return new Difference(-value, noise);
    }
  }

  /** The central difference of one output along one input (exactly one step is non-zero). */
  private static Difference bump(Inputs x, ToDoubleFunction<Greeks> output, double hs, double hv,
      double ht, double hr) {
    double up = output.applyAsDouble(BlackScholes.greeks(x.right(), x.spot() + hs, x.strike(),
        x.years() + ht, x.rate() + hr, x.dividendYield(), x.volatility() + hv));
    double down = output.applyAsDouble(BlackScholes.greeks(x.right(), x.spot() - hs, x.strike(),
        x.years() - ht, x.rate() - hr, x.dividendYield(), x.volatility() - hv));
    double step = 2 * (hs + hv + ht + hr);
    // The outputs carry rounding, which the division by the step magnifies; a price is a
    // difference of terms as large as spot and strike, so its rounding scales with those.
    double magnitude = Math.abs(up) + Math.abs(down);
    if (output == PRICE) {
      magnitude += x.spot() + x.strike();
    }
    return new Difference((up - down) / step, 1e-14 * magnitude / step);
  }

  private static void check(Inputs x, String name, double actual, Difference difference, double scale) {
    assertThat(actual).as("%s of %s", name, x).isCloseTo(difference.value(), within(
        2e-6 * Math.abs(difference.value()) + 1e-8 * Math.abs(scale) + difference.noise()));
  }

  @Test
  void seededRandomPropertiesHoldOverWideRanges() {
    long seed = Long.getLong("zerogex.seed", System.nanoTime());
    System.out.println("BlackScholesPropertyTest random seed " + seed + " (rerun with -Dzerogex.seed=" + seed + " to reproduce)");
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      Inputs x = randomInputs(random);
      Greeks call = BlackScholes.greeks(CALL, x.spot(), x.strike(), x.years(), x.rate(),
          x.dividendYield(), x.volatility());
      Greeks put = BlackScholes.greeks(PUT, x.spot(), x.strike(), x.years(), x.rate(),
          x.dividendYield(), x.volatility());
      String where = "seed " + seed + " " + x;
      double forward = x.spot() * Math.exp(-x.dividendYield() * x.years());
      double discountedStrike = x.strike() * Math.exp(-x.rate() * x.years());
      double size = forward + discountedStrike;
      assertThat(call.price() - put.price()).as("parity, " + where)
          .isCloseTo(forward - discountedStrike, within(1e-13 * size));
      assertThat(call.price()).as(where).isGreaterThanOrEqualTo(Math.max(forward - discountedStrike, 0) - 1e-13 * size);
      assertThat(put.price()).as(where).isGreaterThanOrEqualTo(Math.max(discountedStrike - forward, 0) - 1e-13 * size);
      assertThat(call.gamma()).as(where).isEqualTo(put.gamma());
      assertThat(call.vega()).as(where).isEqualTo(put.vega());
      assertThat(call.delta() - put.delta()).as(where)
          .isCloseTo(Math.exp(-x.dividendYield() * x.years()), within(1e-15));
      assertThat(call.delta()).as(where).isBetween(0.0, Math.exp(-x.dividendYield() * x.years()));
      assertThat(call.gamma()).as(where).isGreaterThanOrEqualTo(0.0);
      assertThat(BlackScholes.price(CALL, x.spot(), x.strike(), x.years(), x.rate(), x.dividendYield(),
          x.volatility())).as(where).isEqualTo(call.price());
      assertThat(BlackScholes.gamma(x.spot(), x.strike(), x.years(), x.rate(), x.dividendYield(),
          x.volatility())).as(where).isCloseTo(call.gamma(), within(1e-13 * call.gamma()));
    }
  }

  /** Spot 1 to 20,000; strikes -4 to +4 standard deviations; one minute to 10 years. */
  private static Inputs randomInputs(SplittableRandom random) {
    double spot = Math.exp(random.nextDouble(0, Math.log(20_000)));
    double volatility = random.nextDouble(0.03, 2.0);
    double years = Math.exp(random.nextDouble(Math.log(MINUTE), Math.log(10)));
    double strike = spot * Math.exp(random.nextDouble(-4, 4) * volatility * Math.sqrt(years));
    return new Inputs(random.nextBoolean() ? CALL : PUT, spot, strike, years,
        random.nextDouble(-0.02, 0.12), random.nextDouble(-0.01, 0.06), volatility);
  }

  @Test
  void expiredOptionsAreWorthIntrinsicWithAStepDelta() {
    Greeks itm = BlackScholes.greeks(CALL, 4710, 4700, 0, 0.05, 0.01, 0.2);
    assertThat(itm.price()).isEqualTo(10.0);
    assertThat(itm.delta()).isEqualTo(1.0);
    assertThat(itm.gamma()).isZero();
    assertThat(itm.vega()).isZero();
    assertThat(itm.theta()).isCloseTo(0.01 * 4710 - 0.05 * 4700, within(1e-9));
    Greeks otmPut = BlackScholes.greeks(PUT, 4710, 4700, 0, 0.05, 0.01, 0.2);
    assertThat(otmPut.price()).isZero();
    assertThat(otmPut.delta()).isZero();
    Greeks atm = BlackScholes.greeks(PUT, 4700, 4700, 0, 0.05, 0.01, 0.2);
    assertThat(atm.price()).isZero();
    assertThat(atm.delta()).isEqualTo(-0.5);
    assertThat(atm.gamma()).isZero();
    assertThat(BlackScholes.gamma(4700, 4700, 0, 0.05, 0.01, 0.2)).isZero();
  }

  @Test
  void zeroVolatilityGivesDiscountedForwardIntrinsic() {
    double years = 0.5;
    Greeks call = BlackScholes.greeks(CALL, 100, 90, years, 0.05, 0.02, 0);
    double forward = 100 * Math.exp(-0.02 * years);
    double discountedStrike = 90 * Math.exp(-0.05 * years);
    assertThat(call.price()).isCloseTo(forward - discountedStrike, within(1e-12));
    assertThat(call.delta()).isCloseTo(Math.exp(-0.02 * years), within(1e-15));
    assertThat(call.rho()).isCloseTo(years * discountedStrike, within(1e-12));
    assertThat(call.gamma()).isZero();
    assertThat(BlackScholes.price(PUT, 100, 90, years, 0.05, 0.02, 0)).isZero();
    // the limit from a tiny positive volatility agrees with the degenerate branch
    Greeks nearly = BlackScholes.greeks(CALL, 100, 90, years, 0.05, 0.02, 1e-9);
    assertThat(nearly.price()).isCloseTo(call.price(), within(1e-12));
    assertThat(nearly.theta()).isCloseTo(call.theta(), within(1e-12));
    assertThat(nearly.charm()).isCloseTo(call.charm(), within(1e-15));
  }

  @Test
  void oneMinuteExpiryIsFiniteAndSharp() {
    Greeks atm = BlackScholes.greeks(CALL, 4700, 4700, MINUTE, 0.05, 0.015, 0.12);
    // gamma at the money ~ n(0) / (S sigma sqrt(T)): 0.399 / (4700 * 0.12 * 0.001379) = 0.513
    assertThat(atm.gamma()).isCloseTo(0.5128, within(1e-4));
    assertThat(atm.delta()).isCloseTo(0.5, within(1e-3));
    Greeks far = BlackScholes.greeks(PUT, 4700, 4600, MINUTE, 0.05, 0.015, 0.12);
    assertThat(far.price()).isZero();
    assertThat(far.gamma()).isZero();
    assertThat(far.delta()).isEqualTo(-0.0);
  }

  @Test
  void edgeSweepNeverLeaksNaNAndRealisticInputsStayFinite() {
    double[] spots = {1e-8, 0.01, 1, 100, 4700, 1e8};
    double[] strikeRatios = {1e-8, 0.5, 0.99, 1, 1.01, 2, 1e8};
    double[] years = {0, 1e-15, 1e-9, MINUTE, 1.0 / 365, 1, 30, 200};
    double[] volatilities = {0, 1e-12, 1e-6, 0.01, 0.2, 1, 5, 40};
    double[] rates = {-0.5, 0, 0.05, 1};
    double[] yields = {-0.2, 0, 0.03, 0.5};
    int count = 0;
    for (double spot : spots) {
      for (double ratio : strikeRatios) {
        for (double t : years) {
          for (double volatility : volatilities) {
            for (double rate : rates) {
              for (double q : yields) {
                for (OptionRight right : OptionRight.values()) {
                  // the record's constructor rejects NaN, so building it is the NaN assertion
                  Greeks g = BlackScholes.greeks(right, spot, spot * ratio, t, rate, q, volatility);
                  double price = BlackScholes.price(right, spot, spot * ratio, t, rate, q, volatility);
                  double gamma = BlackScholes.gamma(spot, spot * ratio, t, rate, q, volatility);
                  assertThat(price).isNotNaN().isEqualTo(g.price());
                  assertThat(gamma).isNotNaN();
                  boolean realistic = spot >= 0.01 && spot <= 4700 && ratio >= 0.5 && ratio <= 2
                      && t >= 1e-9 && t <= 30 && volatility <= 5 && Math.abs(rate) < 1;
                  if (realistic) {
                    assertFinite(g, right + " " + spot + " " + ratio + " " + t + " " + volatility);
                  }
                  count++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(count).isEqualTo(6 * 7 * 8 * 8 * 4 * 4 * 2);
  }

  private static void assertFinite(Greeks g, String where) {
    double[] all = {g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.rho(), g.vanna(),
        g.charm(), g.vomma(), g.speed(), g.color(), g.zomma()};
    for (double value : all) {
      assertThat(Double.isFinite(value)).as("%s: %s", where, g).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "spot, 0, 100, 1, 0, 0, 0.2",
      "spot, NaN, 100, 1, 0, 0, 0.2",
      "strike, 100, -1, 1, 0, 0, 0.2",
      "strike, 100, Infinity, 1, 0, 0, 0.2",
      "years, 100, 100, -1e-9, 0, 0, 0.2",
      "years, 100, 100, Infinity, 0, 0, 0.2",
      "rate, 100, 100, 1, NaN, 0, 0.2",
      "dividendYield, 100, 100, 1, 0, -Infinity, 0.2",
      "volatility, 100, 100, 1, 0, 0, -0.2",
      "volatility, 100, 100, 1, 0, 0, NaN",
  })
  void rejectsInvalidInputsNamingArgumentAndValue(String argument, double spot, double strike,
      double years, double rate, double dividendYield, double volatility) {
    String value = String.valueOf(switch (argument) {
      case "spot" -> spot;
      case "strike" -> strike;
      case "years" -> years;
      case "rate" -> rate;
      case "dividendYield" -> dividendYield;
      default -> volatility;
    });
    assertThatThrownBy(() -> BlackScholes.price(CALL, spot, strike, years, rate, dividendYield, volatility))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(argument + " ")
        .hasMessageContaining(value);
    assertThatThrownBy(() -> BlackScholes.greeks(PUT, spot, strike, years, rate, dividendYield, volatility))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(argument + " ");
    assertThatThrownBy(() -> BlackScholes.gamma(spot, strike, years, rate, dividendYield, volatility))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(argument + " ");
  }

  @Test
  void greeksRecordRejectsNaNAndConvertsUnits() {
    assertThatThrownBy(() -> new Greeks(1, 0.5, Double.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma=NaN");
    Greeks g = new Greeks(1, 0.5, 0.01, 25, -36.5, 3, 0, 0, 0, 0, 0, 0);
    assertThat(g.vegaPerVolPoint()).isEqualTo(0.25);
    assertThat(g.thetaPerDay()).isEqualTo(-0.1);
  }
}
