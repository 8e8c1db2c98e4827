package io.zerogex.core.exposure;

import java.util.OptionalDouble;

/**
 * Total gamma exposure re-priced at hypothetical spots: at each level {@code L},
 * {@code sum sign * weight * m * gamma_BS(L, K, T, r, q, IV) * scale(L)} in the report's
 * {@link ExposureUnit} ({@code scale(L) = L^2 * 0.01} for dollars per 1%), with each contract's
 * implied volatility held fixed (sticky strike). Contracts without a volatility contribute 0.
 *
 * <p>{@link #spots()} and {@link #values()} are the sampled grid; {@link #crossings()} every sign
 * change found (refined or interpolated, per {@link #method()}), ascending; {@link #zeroGamma()}
 * the chosen one, empty unless {@link #status()} is {@link ProfileStatus#RESOLVED}. Accessors
 * return copies. This class is immutable and thread-safe.
 */
public final class GammaProfile {

  private final ZeroGammaMethod method;
  private final double[] spots;
  private final double[] values;
  private final double[] crossings;
  private final OptionalDouble zeroGamma;

  GammaProfile(ZeroGammaMethod method, double[] spots, double[] values, double[] crossings,
      OptionalDouble zeroGamma) {
    this.method = method;
    this.spots = spots.clone();
    this.values = values.clone();
    this.crossings = crossings.clone();
    this.zeroGamma = zeroGamma;
  }

  /** {@return how the profile was sampled and the zero gamma chosen} */
  public ZeroGammaMethod method() {
    return method;
  }

  /** {@return the sampled hypothetical spots, ascending, in index points or dollars (a copy)} */
  public double[] spots() {
    return spots.clone();
  }

  /** {@return total gamma exposure at each of {@link #spots()}, in the report's unit (a copy)} */
  public double[] values() {
    return values.clone();
  }

  /** {@return every sign change found, ascending, in index points or dollars (a copy)} */
  public double[] crossings() {
    return crossings.clone();
  }

  /** {@return the zero-gamma (flip) level; empty when no sign change was found} */
  public OptionalDouble zeroGamma() {
    return zeroGamma;
  }

  /** {@return {@link ProfileStatus#RESOLVED} when a zero-gamma level was found} */
  public ProfileStatus status() {
    return zeroGamma.isPresent() ? ProfileStatus.RESOLVED : ProfileStatus.NO_CROSSING_IN_RANGE;
  }

  /** {@return the smallest sampled value, in the report's unit (0 for an empty grid)} */
  public double minimum() {
    double min = spots.length == 0 ? 0 : Double.POSITIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
    }
    return min;
  }

  /** {@return the largest sampled value, in the report's unit (0 for an empty grid)} */
  public double maximum() {
    double max = spots.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
