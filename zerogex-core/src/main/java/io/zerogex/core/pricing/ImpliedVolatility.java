package io.zerogex.core.pricing;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.pricing.impl.LetsBeRational;

/**
 * Black-Scholes-Merton implied volatility of a European option with a continuous dividend yield,
 * to the precision the price allows.
 *
 * <p>The price is reduced to Black's forward form, {@code F = S e^((r-q)T)} and the undiscounted
 * price {@code price e^(rT)}, normalised by {@code sqrt(F K)}, and solved with P. Jäckel's "Let's
 * Be Rational" (Wilmott, January 2015, revised 2016): a four-branch rational initial guess and
 * two Householder steps of order four on a transformed objective, over a normalised Black
 * function evaluated without cancellation in the wings (see {@code io.zerogex.core.pricing.impl},
 * not API). No bracketing search, no tolerance parameter; more steps are taken only when the
 * second step is still large, which happens only for log-moneyness in the hundreds.
 *
 * <p>Accuracy: the volatility reproduces the price to within a few ulps of the terms the price
 * is made of, {@code S e^(-qT) N(d1)} and {@code K e^(-rT) N(d2)}; that is the attainable
 * precision, since those terms are only known to their own rounding. Relative to the volatility
 * this is about {@code eps (S e^(-qT) N(d1) + K e^(-rT) N(d2)) / (sigma vega)}, near 1e-15
 * for options with material vega. It holds for volatilities from 1% to 500%, moneyness to 12
 * standard deviations either side and expiries from one minute to five years (see the tests).
 *
 * <p>Bounds. With {@code S' = S e^(-qT)} and {@code K' = K e^(-rT)}, an arbitrage-free price
 * lies in {@code [max(0, S' - K'), S']} for a call and {@code [max(0, K' - S'), K']} for a put.
 * "Rounding" below is the error with which each bound is itself computed: {@code 4 ulp(S')}
 * or {@code 4 ulp(K')} for the upper bound, {@code 4 ulp(max(S', K'))} for a positive intrinsic
 * value (a difference of the two) and {@code 4 ulp(min(S', K'))} for a zero one.
 * <ul>
 *   <li>Below the lower bound (the discounted intrinsic value) by more than rounding, or above
 *       the upper bound by more than rounding: {@link IllegalArgumentException} naming the bound
 *       and the values.</li>
 *   <li>Within rounding of the discounted intrinsic value: the volatility of whatever time value
 *       is representable, and 0 when none is left. Deep in-the-money 0DTE quotes often are
 *       intrinsic to the cent; they return 0 rather than failing.</li>
 *   <li>At the upper bound to within rounding: no finite volatility prices that high; returns
 *       {@link Double#POSITIVE_INFINITY} (the limit), or just below the bound the large finite
 *       volatility the price implies.</li>
 *   <li>Within rounding of both bounds (a strike or spot negligible next to the other, so that
 *       the intrinsic value and the upper bound round alike): the intrinsic rule wins and the
 *       result is 0 when no time value is left after subtracting the intrinsic value.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ImpliedVolatility {

  /** Bounds are computed to about this many ulps of the discounted legs they are made of. */
  private static final double BOUND_ROUNDING_ULPS = 4;

  private ImpliedVolatility() {
  }

  /**
   * The implied volatility of a European option under Black-Scholes-Merton with a continuous
   * dividend yield, annualised (0.20 for 20%).
   *
   * @param right call or put
   * @param price the option's premium, in the currency of {@code spot}; finite
   * @param spot underlying price, finite and {@code > 0}
   * @param strike strike price, finite and {@code > 0}
   * @param years time to expiry in years, finite and {@code > 0}; {@code years == 0} is
   *     rejected: at expiry the price is intrinsic and implies no volatility (use a
   *     {@code YearFraction} floor for contracts expiring today)
   * @param rate continuously compounded risk-free rate per year (0.05 for 5%), finite
   * @param dividendYield continuous dividend yield per year, finite
   * @return the volatility {@code sigma >= 0} with {@code BlackScholes.price(...) = price};
   *     0 when the price is within rounding of the discounted intrinsic value;
   *     {@link Double#POSITIVE_INFINITY} at the upper bound
   * @throws IllegalArgumentException for an invalid argument, or a price outside the
   *     no-arbitrage bounds by more than rounding; the message names the bound and the values
   */
  public static double solve(OptionRight right, double price, double spot, double strike,
      double years, double rate, double dividendYield) {
    checkArguments(right, price, spot, strike, years, rate, dividendYield);
    boolean call = right == OptionRight.CALL;
    double discountedSpot = spot * Math.exp(-dividendYield * years);
    double discountedStrike = strike * Math.exp(-rate * years);
    double intrinsic = Math.max(0,
        call ? discountedSpot - discountedStrike : discountedStrike - discountedSpot);
    if (price < intrinsic && price < intrinsic - BOUND_ROUNDING_ULPS * Math.ulp(intrinsic > 0
        ? Math.max(discountedSpot, discountedStrike) : Math.min(discountedSpot, discountedStrike))) {
      throw outsideBounds(right, price, true, intrinsic, spot, strike, years, rate,
          dividendYield);
    }
    double upper = call ? discountedSpot : discountedStrike;
    if (price > upper && price > upper + BOUND_ROUNDING_ULPS * Math.ulp(upper)) {
      throw outsideBounds(right, price, false, upper, spot, strike, years, rate, dividendYield);
    }
    double timeValue = price - intrinsic;
    if (!(timeValue > 0)) {
      return 0;
    }
    // In the money, the time value is the price of the out-of-the-money option of the other
    // right (put-call parity); subtracting here, in price units, keeps the decision consistent
    // with the bound check above.
    boolean outOfTheMoneyCall = intrinsic > 0 ? !call : call;
    double logMoneyness = logRatio(spot, strike) + (rate - dividendYield) * years;
    // time value e^(rT) / sqrt(F K) = time value / sqrt(S e^(-qT) K e^(-rT)), from the
    // discounted legs already at hand; the square roots are taken separately so that the
    // product cannot overflow.
    double normalisedTimeValue =
        timeValue / (Math.sqrt(discountedSpot) * Math.sqrt(discountedStrike));
    double totalVolatility =
        LetsBeRational.totalVolatility(normalisedTimeValue, logMoneyness, outOfTheMoneyCall);
    return totalVolatility / Math.sqrt(years);
  }

  /**
   * {@code ln(spot/strike)} corrected for the rounding of the ratio: with {@code r = spot/strike}
   * rounded, {@code spot/strike = r (1 + d)}, {@code d = (spot - r strike) / (r strike)} from an
   * exact fused multiply-add, and {@code ln(spot/strike) = ln r + d} to within {@code d^2}. Near
   * the money the log-moneyness so keeps its relative accuracy instead of the ratio's absolute
   * rounding, for the price of one logarithm.
   */
  private static double logRatio(double spot, double strike) {
    double ratio = spot / strike;
    double remainder = Math.fma(-ratio, strike, spot);
    return Math.log(ratio) + remainder / spot;
  }

  // The checks and messages live apart from solve so that its own bytecode stays small enough
  // for the JIT to inline it into a caller's loop.
  private static void checkArguments(OptionRight right, double price, double spot, double strike,
      double years, double rate, double dividendYield) {
    Arguments.notNull(right, "right");
    Arguments.finite(price, "price");
    Arguments.positive(spot, "spot");
    Arguments.positive(strike, "strike");
    if (years == 0) {
      throw new IllegalArgumentException("years must be > 0 (an expired option's price is its "
          + "intrinsic value and implies no volatility), got " + years);
    }
    Arguments.positive(years, "years");
    Arguments.finite(rate, "rate");
    Arguments.finite(dividendYield, "dividendYield");
  }

  private static IllegalArgumentException outsideBounds(OptionRight right, double price,
      boolean lower, double boundValue, double spot, double strike, double years, double rate,
      double dividendYield) {
    boolean call = right == OptionRight.CALL;
    String bound = lower
        ? "below the lower no-arbitrage bound, the discounted intrinsic value "
            + (call ? "max(0, S e^(-qT) - K e^(-rT))" : "max(0, K e^(-rT) - S e^(-qT))")
        : "above the upper no-arbitrage bound " + (call ? "S e^(-qT)" : "K e^(-rT)");
    return new IllegalArgumentException("price " + price + " is " + bound + " = " + boundValue
        + " (" + right + ", spot " + spot + ", strike " + strike + ", years " + years
        + ", rate " + rate + ", dividendYield " + dividendYield + ")");
  }
}
