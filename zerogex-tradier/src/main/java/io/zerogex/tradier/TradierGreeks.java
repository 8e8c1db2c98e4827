package io.zerogex.tradier;

import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.VendorGreeks;
import java.util.OptionalDouble;

/**
 * The {@code greeks} object of a Tradier option row (computed by ORATS) in Tradier's units, and
 * its conversion to the library's raw units.
 *
 * <p>Units, established from the recorded 2024 responses against Black-Scholes values computed
 * independently with mpmath from the same spot, strike, expiry and {@code smv_vol} (see
 * TradierGreeksTest): delta per $1; gamma per $1 per $1 (kept as is); vega per volatility point
 * (times 100 gives per 1.00); theta per calendar day (times 365 gives per year); rho and phi per
 * rate point (times 100 gives per 1.00).
 *
 * <p>Tradier puts the call's theta, rho and phi on the put row as well: the recorded PLTR put
 * and call of one strike carry identical theta and rho, a positive rho on a put, and the SPY put's
 * theta equals the Black-Scholes call theta, not the put's. A put's theta and rho are therefore
 * left empty rather than stored with the wrong value.
 *
 * <p>Not thread-safe: a scratch holder filled by one parser.
 */
final class TradierGreeks {

  /** Calendar days per year: Tradier's theta is per calendar day. */
  static final double DAYS_PER_YEAR = 365.0;
  /** Volatility or rate points per 1.00: Tradier's vega and rho are per point. */
  static final double POINTS_PER_UNIT = 100.0;

  boolean present;
  double delta = Double.NaN;
  double gamma = Double.NaN;
  double thetaPerDay = Double.NaN;
  double vegaPerVolPoint = Double.NaN;
  double rhoPerRatePoint = Double.NaN;
  double bidIv = Double.NaN;
  double midIv = Double.NaN;
  double askIv = Double.NaN;
  double smvVol = Double.NaN;

  /** Forgets every value, for the next row. */
  void clear() {
    present = false;
    delta = Double.NaN;
    gamma = Double.NaN;
    thetaPerDay = Double.NaN;
    vegaPerVolPoint = Double.NaN;
    rhoPerRatePoint = Double.NaN;
    bidIv = Double.NaN;
    midIv = Double.NaN;
    askIv = Double.NaN;
    smvVol = Double.NaN;
  }

  /**
   * The vendor implied volatility: {@code mid_iv} when &gt; 0 (Tradier sends 0 when a side is
   * missing), else {@code smv_vol} (ORATS' smoothed surface value) when &gt; 0, else the mean of
   * whichever of {@code bid_iv} and {@code ask_iv} are &gt; 0, else empty. Never 0.
   */
  OptionalDouble impliedVolatility() {
    if (usable(midIv)) {
      return OptionalDouble.of(midIv);
    }
    if (usable(smvVol)) {
      return OptionalDouble.of(smvVol);
    }
    boolean bid = usable(bidIv);
    boolean ask = usable(askIv);
    if (bid && ask) {
      return OptionalDouble.of(0.5 * (bidIv + askIv));
    }
    if (bid || ask) {
      return OptionalDouble.of(bid ? bidIv : askIv);
    }
    return OptionalDouble.empty();
  }

  /** The greeks in raw units; {@link VendorGreeks#NONE} when the row had no greeks object. */
  VendorGreeks toVendorGreeks(OptionRight right) {
    if (!present) {
      return VendorGreeks.NONE;
    }
    boolean call = right == OptionRight.CALL;
    return new VendorGreeks(
        finite(delta, 1),
        finite(gamma, 1),
        finite(vegaPerVolPoint, POINTS_PER_UNIT),
        call ? finite(thetaPerDay, DAYS_PER_YEAR) : OptionalDouble.empty(),
        call ? finite(rhoPerRatePoint, POINTS_PER_UNIT) : OptionalDouble.empty());
  }

  private static boolean usable(double volatility) {
    return volatility > 0 && volatility < Double.POSITIVE_INFINITY;
  }

  private static OptionalDouble finite(double value, double scale) {
    double scaled = value * scale;
    return Double.isFinite(scaled) ? OptionalDouble.of(scaled) : OptionalDouble.empty();
  }
}
