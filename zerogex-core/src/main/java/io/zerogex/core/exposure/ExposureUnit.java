package io.zerogex.core.exposure;

/**
 * The unit a gamma exposure is stated in. One contract's exposure is
 * {@code sign * gamma * weight * multiplier * scale(spot)}, where {@code gamma} is per 1 unit
 * of the underlying and {@code weight} is open interest (or volume).
 */
public enum ExposureUnit {
  /**
   * Dollars of dealer delta gained per 1% move of the underlying:
   * {@code gamma * OI * m * spot^2 * 0.01}. The community convention; the default.
   */
  DOLLARS_PER_ONE_PERCENT,
  /** Dollars of dealer delta gained per 1-point move: {@code gamma * OI * m * spot}. */
  DOLLARS_PER_POINT,
  /** Shares (units of the underlying) of dealer delta gained per 1-point move: {@code gamma * OI * m}. */
  SHARES_PER_POINT;

  /**
   * The factor that turns {@code gamma * weight * multiplier} into this unit at the given spot:
   * {@code spot^2 * 0.01}, {@code spot} or {@code 1}.
   *
   * @param spot the underlying price, in index points or dollars
   * @return the scale factor
   */
  public double scale(double spot) {
    switch (this) {
      case DOLLARS_PER_ONE_PERCENT:
        return spot * spot * 0.01;
      case DOLLARS_PER_POINT:
        return spot;
      default:
        return 1.0;
    }
  }
}
