package io.zerogex.core.pricing;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionRight;

/**
 * Black-Scholes-Merton gamma and first-order greeks of many contracts on one underlying,
 * evaluated at one spot at a time: the hot path of gamma exposure and of the gamma profile
 * (tens of hypothetical spots times tens of thousands of contracts).
 *
 * <p>Everything that does not depend on the spot is computed once in {@link #of}: per contract
 * {@code 1 / v} with {@code v = sigma sqrt(T)}, the drift {@code (r - q) T / v + v / 2}, the log
 * strike and {@code e^(-qT) / (v sqrt(2 pi))}. At a spot S,
 * {@code d1 = (ln S - ln K) / v + drift} and {@code gamma = e^(-qT) n(d1) / (S v)}, so each gamma
 * costs one exponential. Log strikes are stored relative to a reference strike of the chain, so
 * that {@code ln S - ln K} keeps the accuracy of {@code ln(S / K)}; results agree with
 * {@link BlackScholes#gamma} to about 1e-13 relative.
 *
 * <p>Contracts with years 0 or volatility 0 have gamma 0 here (the limit documented on
 * {@link BlackScholes}); their delta, vega and theta are the limits {@link BlackScholes#greeks}
 * documents.
 *
 * <p>Instances are immutable and thread-safe; the evaluation methods write only into the arrays
 * the caller passes and allocate nothing (except for the rare contracts with no time value left
 * in {@link #greeks}).
 */
public final class BlackScholesBatch {

  private final double referenceStrike;
  private final double[] strikes;
  private final double[] years;
  private final double[] volatilities;
  private final double[] rates;
  private final double[] dividendYields;
  /** ln(K / referenceStrike). */
  private final double[] logStrikes;
  /** 1 / (sigma sqrt(T)), 0 when sigma sqrt(T) is 0. */
  private final double[] inverseDeviations;
  /** (r - q) T / v + v / 2, 0 when v is 0. */
  private final double[] drifts;
  /** e^(-qT) / (v sqrt(2 pi)), 0 when v is 0, so such contracts give gamma 0. */
  private final double[] gammaScales;

  private BlackScholesBatch(double[] strikes, double[] years, double[] volatilities, double[] rates,
      double[] dividendYields) {
    int n = strikes.length;
    this.strikes = strikes;
    this.years = years;
    this.volatilities = volatilities;
    this.rates = rates;
    this.dividendYields = dividendYields;
    this.referenceStrike = n == 0 ? 1.0 : strikes[n / 2];
    this.logStrikes = new double[n];
    this.inverseDeviations = new double[n];
    this.drifts = new double[n];
    this.gammaScales = new double[n];
    for (int i = 0; i < n; i++) {
      logStrikes[i] = BlackScholes.logRatio(strikes[i], referenceStrike);
      double v = volatilities[i] * Math.sqrt(years[i]);
      if (v > 0) {
        inverseDeviations[i] = 1.0 / v;
        drifts[i] = (rates[i] - dividendYields[i]) * years[i] / v + 0.5 * v;
        gammaScales[i] = Math.exp(-dividendYields[i] * years[i]) * NormalDistribution.INV_SQRT_TWO_PI / v;
      }
    }
  }

  /**
   * Prepares a batch; the arrays are validated and copied, so later changes to them have no
   * effect.
   *
   * @param strikes strike of each contract, finite and &gt; 0
   * @param years time to expiry of each contract in years, finite and &gt;= 0
   * @param volatilities lognormal volatility of each contract per sqrt(year), finite and &gt;= 0
   * @param rates continuously compounded risk-free rate of each contract, finite
   * @param dividendYields continuous dividend yield of each contract, finite
   * @return the prepared batch
   * @throws IllegalArgumentException if the lengths differ or an element is invalid, naming the
   *     array, the index and the value
   */
  public static BlackScholesBatch of(double[] strikes, double[] years, double[] volatilities,
      double[] rates, double[] dividendYields) {
    Arguments.notNull(strikes, "strikes");
    int n = strikes.length;
    requireLength(years, "years", n);
    requireLength(volatilities, "volatilities", n);
    requireLength(rates, "rates", n);
    requireLength(dividendYields, "dividendYields", n);
    for (int i = 0; i < n; i++) {
      Arguments.positive(strikes[i], "strikes[" + i + "]");
      Arguments.nonNegative(years[i], "years[" + i + "]");
      Arguments.nonNegative(volatilities[i], "volatilities[" + i + "]");
      Arguments.finite(rates[i], "rates[" + i + "]");
      Arguments.finite(dividendYields[i], "dividendYields[" + i + "]");
    }
    return new BlackScholesBatch(strikes.clone(), years.clone(), volatilities.clone(), rates.clone(),
        dividendYields.clone());
  }

  /** The number of contracts. */
  public int size() {
    return strikes.length;
  }

  /**
   * The gamma of every contract at one spot: {@code out[i] = e^(-q T) n(d1) / (S v)} per unit of
   * spot, 0 for contracts with no time value left.
   *
   * @param spot the underlying price, finite and &gt; 0
   * @param out receives the gammas; length at least {@link #size()}
   * @throws IllegalArgumentException if spot is invalid or out is too short
   */
  public void gamma(double spot, double[] out) {
    Arguments.positive(spot, "spot");
    requireCapacity(out, "out");
    double logSpot = BlackScholes.logRatio(spot, referenceStrike);
    double inverseSpot = 1.0 / spot;
    for (int i = 0; i < logStrikes.length; i++) {
      double d1 = (logSpot - logStrikes[i]) * inverseDeviations[i] + drifts[i];
      out[i] = gammaScales[i] * Math.exp(-0.5 * d1 * d1) * inverseSpot;
    }
  }

  /**
   * The weighted sum of gammas at one spot, {@code sum_i weights[i] * gamma_i(spot)}: the inner
   * loop of a gamma profile (weights typically sign * open interest * multiplier).
   *
   * @param spot the underlying price, finite and &gt; 0
   * @param weights one weight per contract; length at least {@link #size()}
   * @return the weighted gamma, per unit of spot
   * @throws IllegalArgumentException if spot is invalid or weights is too short
   */
  public double weightedGamma(double spot, double[] weights) {
    Arguments.positive(spot, "spot");
    requireCapacity(weights, "weights");
    double logSpot = BlackScholes.logRatio(spot, referenceStrike);
    double sum = 0;
    for (int i = 0; i < logStrikes.length; i++) {
      double d1 = (logSpot - logStrikes[i]) * inverseDeviations[i] + drifts[i];
      sum += weights[i] * gammaScales[i] * Math.exp(-0.5 * d1 * d1);
    }
    return sum / spot;
  }

  /**
   * Delta, gamma, vega (per 1.00 of volatility) and theta (per year of time passing) of every
   * contract at one spot, with the formulas and limits of {@link BlackScholes#greeks}.
   *
   * @param spot the underlying price, finite and &gt; 0
   * @param delta receives the deltas
   * @param gamma receives the gammas
   * @param vega receives the vegas
   * @param theta receives the thetas
   * @param isCall input: true for a call, false for a put, per contract
   * @throws IllegalArgumentException if spot is invalid or an array is shorter than {@link #size()}
   */
  public void greeks(double spot, double[] delta, double[] gamma, double[] vega, double[] theta,
      boolean[] isCall) {
    Arguments.positive(spot, "spot");
    requireCapacity(delta, "delta");
    requireCapacity(gamma, "gamma");
    requireCapacity(vega, "vega");
    requireCapacity(theta, "theta");
    Arguments.notNull(isCall, "isCall");
    if (isCall.length < strikes.length) {
      throw new IllegalArgumentException(
          "isCall must have at least " + strikes.length + " elements, got " + isCall.length);
    }
    double logSpot = BlackScholes.logRatio(spot, referenceStrike);
    for (int i = 0; i < strikes.length; i++) {
      if (inverseDeviations[i] == 0) {
        Greeks g = BlackScholes.greeks(isCall[i] ? OptionRight.CALL : OptionRight.PUT, spot,
            strikes[i], years[i], rates[i], dividendYields[i], volatilities[i]);
        delta[i] = g.delta();
        gamma[i] = 0;
        vega[i] = g.vega();
        theta[i] = g.theta();
        continue;
      }
      double t = years[i];
      double q = dividendYields[i];
      double r = rates[i];
      double sign = isCall[i] ? 1.0 : -1.0;
      double dq = Math.exp(-q * t);
      double forward = spot * dq;
      double discountedStrike = strikes[i] * Math.exp(-r * t);
      double d1 = (logSpot - logStrikes[i]) * inverseDeviations[i] + drifts[i];
      double d2 = d1 - 1.0 / inverseDeviations[i];
      double g1 = NormalDistribution.gaussian(d1);
      double g2 = g1 > 1e-280 ? g1 * (forward / discountedStrike) : NormalDistribution.gaussian(d2);
      double nd1 = NormalDistribution.cdf(sign * d1, g1);
      double nd2 = NormalDistribution.cdf(sign * d2, g2);
      double density = forward * g1 * NormalDistribution.INV_SQRT_TWO_PI;
      double sqrtT = Math.sqrt(t);
      delta[i] = sign * dq * nd1;
      gamma[i] = density * inverseDeviations[i] / (spot * spot);
      vega[i] = density * sqrtT;
      theta[i] = sign * (q * forward * nd1 - r * discountedStrike * nd2)
          - (density == 0 ? 0 : 0.5 * density * volatilities[i] / sqrtT);
    }
  }

  private static void requireLength(double[] array, String name, int length) {
    Arguments.notNull(array, name);
    if (array.length != length) {
      throw new IllegalArgumentException(
          name + " must have the " + length + " elements of strikes, got " + array.length);
    }
  }

  private void requireCapacity(double[] array, String name) {
    Arguments.notNull(array, name);
    if (array.length < strikes.length) {
      throw new IllegalArgumentException(
          name + " must have at least " + strikes.length + " elements, got " + array.length);
    }
  }

  /** The size and the reference strike; the arrays are not listed. */
  @Override
  public String toString() {
    return "BlackScholesBatch[size=" + strikes.length + ", referenceStrike=" + referenceStrike + "]";
  }
}
