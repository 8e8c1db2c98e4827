package io.zerogex.core.model;

import java.util.OptionalDouble;

/**
 * Greeks as a data vendor reported them, already converted to the library's raw units at the
 * adapter boundary: delta per 1 unit of underlying, gamma per 1 unit of underlying per unit,
 * vega per 1.00 of volatility, theta per year of calendar time, rho per 1.00 of rate.
 *
 * <p>Each value is absent when the vendor did not report it. This class is immutable and
 * thread-safe.
 *
 * @param delta dPrice/dSpot
 * @param gamma d2Price/dSpot2, per 1 unit of the underlying
 * @param vega dPrice/dVol per 1.00 (100 vol points)
 * @param theta dPrice/dt per year of calendar time going forward (usually negative)
 * @param rho dPrice/dRate per 1.00 (10,000 basis points)
 */
public record VendorGreeks(
    OptionalDouble delta,
    OptionalDouble gamma,
    OptionalDouble vega,
    OptionalDouble theta,
    OptionalDouble rho) {

  /** No vendor greeks at all. */
  public static final VendorGreeks NONE = new VendorGreeks(
      OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
      OptionalDouble.empty(), OptionalDouble.empty());

  /** Validates that every present value is finite. */
  public VendorGreeks {
    check(delta, "delta");
    check(gamma, "gamma");
    check(vega, "vega");
    check(theta, "theta");
    check(rho, "rho");
  }

  /** Delta and gamma only, as in the Cboe delayed-quote table. */
  public static VendorGreeks ofDeltaGamma(double delta, double gamma) {
    return new VendorGreeks(OptionalDouble.of(delta), OptionalDouble.of(gamma),
        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
  }

  private static void check(OptionalDouble value, String name) {
    Arguments.notNull(value, name);
    if (value.isPresent()) {
      Arguments.finite(value.getAsDouble(), name);
    }
  }
}
