package io.zerogex.core.exposure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** Picks walls and the absolute-gamma strike from a by-strike table. */
final class WallFinder {

  private WallFinder() {
  }

  /** The walls under every definition, candidates within {@code |K / S - 1| <= window}. */
  static Map<WallDefinition, Walls> walls(List<StrikeExposure> strikes, double spot, double window) {
    Map<WallDefinition, Walls> out = new EnumMap<>(WallDefinition.class);
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    out.put(WallDefinition.NET, new Walls(WallDefinition.NET,
        largest(strikes, spot, window, low, high, s -> s.netGamma()),
        largest(strikes, spot, window, low, high, s -> -s.netGamma())));
    out.put(WallDefinition.SPOT_SIDE, new Walls(WallDefinition.SPOT_SIDE,
        largest(strikes, spot, window, spot, high, s -> Math.abs(s.callGamma())),
        largest(strikes, spot, window, low, spot, s -> Math.abs(s.putGamma()))));
    out.put(WallDefinition.ABSOLUTE_PER_SIDE, new Walls(WallDefinition.ABSOLUTE_PER_SIDE,
        largest(strikes, spot, window, low, high, s -> Math.abs(s.callGamma())),
        largest(strikes, spot, window, low, high, s -> Math.abs(s.putGamma()))));
    return out;
  }

  /** The strike with the largest {@code |call| + |put|} over every strike. */
  static OptionalDouble absGammaStrike(List<StrikeExposure> strikes, double spot) {
    return largest(strikes, spot, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, StrikeExposure::absoluteGamma);
  }

  /**
   * The strike in {@code [low, high]} and the window whose score is largest and strictly
   * positive; ties to the strike nearest spot. Empty when no score is positive.
   */
  private static OptionalDouble largest(List<StrikeExposure> strikes, double spot, double window,
      double low, double high, ToDoubleFunction<StrikeExposure> score) {
    double bestStrike = Double.NaN;
    double bestScore = 0;
    for (StrikeExposure s : strikes) {
      double k = s.strike();
      if (k < low || k > high || Math.abs(k / spot - 1) > window) {
        continue;
      }
      double v = score.applyAsDouble(s);
      if (v > bestScore || (v == bestScore && v > 0 && Math.abs(k - spot) < Math.abs(bestStrike - spot))) {
        bestScore = v;
        bestStrike = k;
      }
    }
    return Double.isNaN(bestStrike) ? OptionalDouble.empty() : OptionalDouble.of(bestStrike);
  }
}
