package io.zerogex.core.pricing;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionRight;

/**
 * Black-Scholes-Merton prices and greeks of European options on an underlying paying a
 * continuous dividend yield.
 *
 * <p>With spot S, strike K, years T, rate r, dividend yield q and volatility sigma (all rates and
 * the volatility continuously compounded, per year):
 * <pre>
 *   v  = sigma sqrt(T),  d1 = (ln(S / K) + (r - q) T) / v + v / 2,  d2 = d1 - v
 *   call = S e^(-qT) N(d1) - K e^(-rT) N(d2),   put = K e^(-rT) N(-d2) - S e^(-qT) N(-d1)
 * </pre>
 * {@link Greeks} documents every sensitivity and its unit. N is {@link NormalDistribution#cdf},
 * accurate to about 1e-15 relative in both tails, and {@code n(d2)} is taken from the identity
 * {@code K e^(-rT) n(d2) = S e^(-qT) n(d1)}, so one option costs one logarithm, three
 * exponentials (two discount factors and the Gaussian) and two rational erfcx evaluations.
 *
 * <p><b>Limits.</b> When {@code sigma sqrt(T)} is 0 (years 0: expired now; or volatility 0) the
 * option is worth its forward intrinsic value {@code max(+-(S e^(-qT) - K e^(-rT)), 0)}, which at
 * years 0 is the plain intrinsic value. Its delta is a step ({@code e^(-qT)} or 0 for a call,
 * {@code -e^(-qT)} or 0 for a put), half the step exactly at the money forward
 * ({@code S e^(-qT) = K e^(-rT)}, the limit of N(d1) there); theta, rho and charm keep their
 * drift terms with N(d1) and N(d2) replaced by that step; gamma and every other greek that
 * carries the density n(d1) is 0. At the money forward the true limits of gamma, speed and
 * color (and of theta and charm at years 0) are infinite: they are reported as 0 because an
 * expiring contract must contribute nothing finite and nothing infinite to an exposure sum; vega
 * there takes its finite limit {@code S e^(-qT) sqrt(T) n(0)}. Deep in or out of the money, d1
 * may be infinite; N then is exactly 0 or 1 and the density terms exactly 0 (never 0 times
 * infinity). A one-minute expiry ({@code years = 1 / 525600}) is an ordinary input.
 *
 * <p>Inputs: spot and strike finite and &gt; 0, years and volatility finite and &gt;= 0, rate and
 * dividend yield finite (negative values allowed). Anything else throws
 * {@link IllegalArgumentException} naming the argument and its value.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BlackScholes {

  private BlackScholes() {
  }

  /**
   * The option value, in the spot's units per unit of underlying.
   *
   * @param right call or put
   * @param spot the underlying price S, &gt; 0
   * @param strike the strike K, &gt; 0
   * @param years the time to expiry T in years, &gt;= 0
   * @param rate the continuously compounded risk-free rate r per year, e.g. 0.05
   * @param dividendYield the continuous dividend yield q per year, e.g. 0.015
   * @param volatility the lognormal volatility sigma per sqrt(year), e.g. 0.2, &gt;= 0
   * @return {@code S e^(-qT) N(d1) - K e^(-rT) N(d2)} for a call,
   *     {@code K e^(-rT) N(-d2) - S e^(-qT) N(-d1)} for a put; never NaN
   * @throws IllegalArgumentException naming an invalid argument and its value
   */
  public static double price(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    validate(right, spot, strike, years, rate, dividendYield, volatility);
    double forward = spot * Math.exp(-dividendYield * years);
    double discountedStrike = strike * Math.exp(-rate * years);
    double sign = right == OptionRight.CALL ? 1.0 : -1.0;
    double v = volatility * Math.sqrt(years);
    if (v == 0) {
      return Math.max(sign * (forward - discountedStrike), 0.0);
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, v);
    double d2 = d1 - v;
    double g1 = NormalDistribution.gaussian(d1);
    double g2 = gaussianAtD2(g1, d2, forward, discountedStrike);
    double nd1 = NormalDistribution.cdf(sign * d1, g1);
    double nd2 = NormalDistribution.cdf(sign * d2, g2);
    return Math.max(sign * (forward * nd1 - discountedStrike * nd2), 0.0);
  }

  /**
   * The price and every greek of one option; see {@link Greeks} for the formulas and units and
   * this class for the limits at zero time or volatility.
   *
   * @param right call or put
   * @param spot the underlying price S, &gt; 0
   * @param strike the strike K, &gt; 0
   * @param years the time to expiry T in years, &gt;= 0
   * @param rate the continuously compounded risk-free rate r per year
   * @param dividendYield the continuous dividend yield q per year
   * @param volatility the lognormal volatility sigma per sqrt(year), &gt;= 0
   * @return the price and greeks, none NaN
   * @throws IllegalArgumentException naming an invalid argument and its value
   */
  public static Greeks greeks(OptionRight right, double spot, double strike, double years,
      double rate, double dividendYield, double volatility) {
    validate(right, spot, strike, years, rate, dividendYield, volatility);
    double dq = Math.exp(-dividendYield * years);
    double forward = spot * dq;
    double discountedStrike = strike * Math.exp(-rate * years);
    double sign = right == OptionRight.CALL ? 1.0 : -1.0;
    double sqrtT = Math.sqrt(years);
    double v = volatility * sqrtT;
    if (v == 0) {
      return degenerate(sign, forward, discountedStrike, dq, sqrtT, years, rate, dividendYield);
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, v);
    double d2 = d1 - v;
    double g1 = NormalDistribution.gaussian(d1);
    double g2 = gaussianAtD2(g1, d2, forward, discountedStrike);
    double nd1 = NormalDistribution.cdf(sign * d1, g1);
    double nd2 = NormalDistribution.cdf(sign * d2, g2);
    double price = Math.max(sign * (forward * nd1 - discountedStrike * nd2), 0.0);
    double delta = sign * dq * nd1;
    double drift = sign * (dividendYield * forward * nd1 - rate * discountedStrike * nd2);
    double rho = sign * years * discountedStrike * nd2;
    double charmDrift = sign * dividendYield * dq * nd1;
    // S e^(-qT) n(d1); zero when d1 is far in a tail, and then every density term is exactly 0.
    double density = forward * g1 * NormalDistribution.INV_SQRT_TWO_PI;
    if (density == 0) {
      return new Greeks(price, delta, 0, 0, drift, rho, 0, charmDrift, 0, 0, 0, 0);
    }
    // Reciprocals once, then only multiplications: 1 / T = sigma^2 / v^2 and sigma / sqrt(T) = sigma^2 / v.
    double inverseV = 1.0 / v;
    double inverseSpot = 1.0 / spot;
    double inverseVolatility = 1.0 / volatility;
    double variancePerV = volatility * volatility * inverseV;
    double gamma = density * inverseSpot * inverseSpot * inverseV;
    double vega = density * sqrtT;
    double theta = drift - 0.5 * density * variancePerV;
    // dd1/dT = (r - q) / v - d2 / (2 T), the rate at which d1 moves as expiry recedes.
    double d1PerYear = ((rate - dividendYield) - 0.5 * d2 * variancePerV) * inverseV;
    double vanna = -density * d2 * inverseSpot * inverseVolatility;
    double charm = charmDrift - density * inverseSpot * d1PerYear;
    double vomma = vega * d1 * d2 * inverseVolatility;
    double speed = -gamma * (d1 * inverseV + 1.0) * inverseSpot;
    double color = gamma * (dividendYield + 0.5 * variancePerV * inverseV + d1 * d1PerYear);
    double zomma = gamma * (d1 * d2 - 1.0) * inverseVolatility;
    return new Greeks(price, delta, gamma, vega, theta, rho, vanna, charm, vomma, speed, color, zomma);
  }

  /**
   * The gamma {@code e^(-qT) n(d1) / (S sigma sqrt(T))}, the same for calls and puts, per unit of
   * spot; 0 when {@code sigma sqrt(T)} is 0 (see the class comment for the at-the-money limit).
   *
   * @param spot the underlying price S, &gt; 0
   * @param strike the strike K, &gt; 0
   * @param years the time to expiry T in years, &gt;= 0
   * @param rate the continuously compounded risk-free rate r per year
   * @param dividendYield the continuous dividend yield q per year
   * @param volatility the lognormal volatility sigma per sqrt(year), &gt;= 0
   * @return the gamma, &gt;= 0 and never NaN
   * @throws IllegalArgumentException naming an invalid argument and its value
   */
  public static double gamma(double spot, double strike, double years, double rate,
      double dividendYield, double volatility) {
    validate(OptionRight.CALL, spot, strike, years, rate, dividendYield, volatility);
    double v = volatility * Math.sqrt(years);
    if (v == 0) {
      return 0.0;
    }
    double d1 = d1(spot, strike, years, rate, dividendYield, v);
    double g1 = NormalDistribution.gaussian(d1);
    if (g1 == 0) {
      return 0.0;
    }
    return Math.exp(-dividendYield * years) * g1 * NormalDistribution.INV_SQRT_TWO_PI / (spot * v);
  }

  /** d1 = ln(S / K) / v + ((r - q) T / v + v / 2) for v = sigma sqrt(T) &gt; 0. */
  static double d1(double spot, double strike, double years, double rate, double dividendYield,
      double v) {
    double inverseV = 1.0 / v;
    return logRatio(spot, strike) * inverseV + ((rate - dividendYield) * years * inverseV + 0.5 * v);
  }

  /**
   * ln(a / b). Near the money it is {@code log1p((a - b) / b)}, where {@code a - b} is exact, so
   * the error is a few ulps of the (small) result rather than of 1: 1 / v magnifies that error
   * by thousands on a one-minute expiry.
   */
  static double logRatio(double a, double b) {
    if (a >= 0.5 * b && a <= 2.0 * b) {
      return Math.log1p((a - b) / b);
    }
    return Math.log(a / b);
  }

  /**
   * exp(-d2^2 / 2) from exp(-d1^2 / 2) by {@code n(d2) = n(d1) S e^(-qT) / (K e^(-rT))}, which
   * saves an exponential; directly when n(d1) is too small for the identity to keep precision.
   */
  private static double gaussianAtD2(double g1, double d2, double forward, double discountedStrike) {
    return g1 > 1e-280 ? g1 * (forward / discountedStrike) : NormalDistribution.gaussian(d2);
  }

  /** The limit sigma sqrt(T) -> 0: forward intrinsic value and step delta, documented above. */
  private static Greeks degenerate(double sign, double forward, double discountedStrike,
      double dq, double sqrtT, double years, double rate, double dividendYield) {
    double step;
    if (forward == discountedStrike) {
      step = 0.5;
    } else {
      step = sign * (forward - discountedStrike) > 0 ? 1.0 : 0.0;
    }
    double price = Math.max(sign * (forward - discountedStrike), 0.0);
    double delta = sign * dq * step;
    double theta = sign * step * (dividendYield * forward - rate * discountedStrike);
    double rho = sign * years * discountedStrike * step;
    double charm = sign * dividendYield * dq * step;
    double vega = forward == discountedStrike
        ? forward * sqrtT * NormalDistribution.INV_SQRT_TWO_PI : 0.0;
    return new Greeks(price, delta, 0, vega, theta, rho, 0, charm, 0, 0, 0, 0);
  }

  /** The input checks shared by every entry point; see the class comment for the rules. */
  static void validate(OptionRight right, double spot, double strike, double years, double rate,
      double dividendYield, double volatility) {
    Arguments.notNull(right, "right");
    Arguments.positive(spot, "spot");
    Arguments.positive(strike, "strike");
    Arguments.nonNegative(years, "years");
    Arguments.finite(rate, "rate");
    Arguments.finite(dividendYield, "dividendYield");
    Arguments.nonNegative(volatility, "volatility");
  }
}
