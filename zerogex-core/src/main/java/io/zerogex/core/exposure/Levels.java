package io.zerogex.core.exposure;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The price levels read from a report: walls under each {@link WallDefinition}, the
 * absolute-gamma strike, max pain and the zero-gamma level, each empty when it does not exist.
 * All are in index points (or dollars for equities).
 *
 * <p>This class is immutable and thread-safe (the zero gamma is computed once, on first call).
 */
public final class Levels {

  private final WallDefinition configured;
  private final Map<WallDefinition, Walls> walls;
  private final OptionalDouble absGammaStrike;
  private final OptionalDouble maxPain;
  private final Supplier<OptionalDouble> zeroGamma;

  Levels(WallDefinition configured, Map<WallDefinition, Walls> walls, OptionalDouble absGammaStrike,
      OptionalDouble maxPain, Supplier<OptionalDouble> zeroGamma) {
    this.configured = configured;
    this.walls = new EnumMap<>(walls);
    this.absGammaStrike = absGammaStrike;
    this.maxPain = maxPain;
    this.zeroGamma = zeroGamma;
  }

  /** {@return the call wall under the configured {@link WallDefinition}} */
  public OptionalDouble callWall() {
    return walls.get(configured).callWall();
  }

  /** {@return the put wall under the configured {@link WallDefinition}} */
  public OptionalDouble putWall() {
    return walls.get(configured).putWall();
  }

  /**
   * The call and put walls under {@code definition}.
   *
   * @param definition the definition
   * @return the result
   */
  public Walls walls(WallDefinition definition) {
    return walls.get(definition);
  }

  /** {@return the strike with the largest {@code |callGamma| + |putGamma|} over every strike, ties to the strike nearest spot} */
  public OptionalDouble absGammaStrike() {
    return absGammaStrike;
  }

  /**
   * The strike minimising the intrinsic value paid to holders at expiry,
   * {@code sum_calls OI * m * max(P - K, 0) + sum_puts OI * m * max(K - P, 0)}, over every strike
   * and expiration kept, weighted by open interest whatever the exposure weights.
   *
   * @return the max-pain strike, empty when no contract has open interest
   */
  public OptionalDouble maxPain() {
    return maxPain;
  }

  /**
   * The zero-gamma level of the report's {@link GammaProfile}; the first call computes the
   * profile (memoized), so the walls and max pain alone never pay for it.
   *
   * @return the zero-gamma level, empty when the profile has no crossing
   */
  public OptionalDouble zeroGamma() {
    return zeroGamma.get();
  }
}
