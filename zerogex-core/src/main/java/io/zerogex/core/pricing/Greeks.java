package io.zerogex.core.pricing;

/**
 * The Black-Scholes-Merton price of one option and its sensitivities, in raw units.
 *
 * <p>Notation: spot S, strike K, years T, rate r, dividend yield q, volatility sigma,
 * {@code v = sigma sqrt(T)}, {@code d1 = (ln(S / K) + (r - q) T) / v + v / 2}, {@code d2 = d1 - v},
 * N the standard normal distribution function, n its density, {@code Dq = exp(-q T)},
 * {@code Dr = exp(-r T)}. "Per year of time passing" means the derivative as calendar time t moves
 * forward, {@code d/dt = -d/dT}. Upper signs are for calls, lower for puts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param price the option value, in the spot's currency units per unit of underlying:
 *     {@code +-(S Dq N(+-d1) - K Dr N(+-d2))}
 * @param delta dPrice/dSpot, dimensionless: call {@code Dq N(d1)}, put {@code -Dq N(-d1)}
 * @param gamma d2Price/dSpot2, per unit of spot: {@code Dq n(d1) / (S v)}, equal for calls and puts
 * @param vega dPrice/dVolatility per 1.00 (100 points) of volatility: {@code S Dq n(d1) sqrt(T)}
 * @param theta dPrice/dt per year of calendar time passing:
 *     {@code -S Dq n(d1) sigma / (2 sqrt T) -+ r K Dr N(+-d2) +- q S Dq N(+-d1)}
 * @param rho dPrice/dRate per 1.00 of rate: call {@code K T Dr N(d2)}, put {@code -K T Dr N(-d2)}
 * @param vanna dDelta/dVolatility per 1.00 of volatility: {@code -Dq n(d1) d2 / sigma}
 * @param charm dDelta/dt per year of time passing:
 *     {@code +-q Dq N(+-d1) - Dq n(d1) (2 (r - q) T - d2 v) / (2 T v)}
 * @param vomma dVega/dVolatility per 1.00 of volatility, squared: {@code vega d1 d2 / sigma}
 * @param speed dGamma/dSpot: {@code -gamma (d1 / v + 1) / S}
 * @param color dGamma/dt per year of time passing:
 *     {@code gamma (q + 1 / (2 T) + d1 (2 (r - q) T - d2 v) / (2 T v))}
 * @param zomma dGamma/dVolatility per 1.00 of volatility: {@code gamma (d1 d2 - 1) / sigma}
 */
public record Greeks(
    double price,
    double delta,
    double gamma,
    double vega,
    double theta,
    double rho,
    double vanna,
    double charm,
    double vomma,
    double speed,
    double color,
    double zomma) {

  /** Days in the calendar year used by {@link #thetaPerDay()}. */
  public static final double DAYS_PER_YEAR = 365.0;

  /**
   * Rejects NaN components; the formulas in {@link BlackScholes} never produce one for valid
   * inputs, so a NaN here is a defect that must not reach an exposure sum.
   *
   * @throws IllegalArgumentException listing every component when one is NaN
   */
  public Greeks {
    if (Double.isNaN(price) || Double.isNaN(delta) || Double.isNaN(gamma) || Double.isNaN(vega)
        || Double.isNaN(theta) || Double.isNaN(rho) || Double.isNaN(vanna) || Double.isNaN(charm)
        || Double.isNaN(vomma) || Double.isNaN(speed) || Double.isNaN(color) || Double.isNaN(zomma)) {
      throw new IllegalArgumentException("greeks must not be NaN, got " + describe(price, delta,
          gamma, vega, theta, rho, vanna, charm, vomma, speed, color, zomma));
    }
  }

  /** Vega per one volatility point (0.01 of volatility): {@code vega / 100}. */
  public double vegaPerVolPoint() {
    return vega / 100.0;
  }

  /** Theta per calendar day of time passing: {@code theta / 365}. */
  public double thetaPerDay() {
    return theta / DAYS_PER_YEAR;
  }

  private static String describe(double... values) {
    String[] names = {"price", "delta", "gamma", "vega", "theta", "rho", "vanna", "charm", "vomma",
        "speed", "color", "zomma"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      text.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
    }
    return text.toString();
  }
}
