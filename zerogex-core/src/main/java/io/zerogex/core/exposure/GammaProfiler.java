package io.zerogex.core.exposure;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Samples a {@link ProfileFunction} and finds its zero-gamma level by one of the {@link ZeroGammaMethod}s. */
final class GammaProfiler {

  /** Perfiliev's script samples 60 levels. */
  static final int PERFILIEV_LEVELS = 60;
  /** Brent tolerance: half of the promised 0.01 index points, so the answer is inside it. */
  static final double ROOT_TOLERANCE = 0.005;

  private GammaProfiler() {
  }

  static GammaProfile profile(ProfileFunction f, double spot, ExposureConfig config) {
    return config.zeroGammaMethod() == ZeroGammaMethod.PERFILIEV
        ? perfiliev(f, spot)
        : refined(f, spot, config);
  }

  /**
   * numpy {@code linspace(0.8 S, 1.2 S, 60)}; crossings where {@code diff(sign(values)) != 0},
   * each {@code pos - (pos - neg) * v_pos / (v_pos - v_neg)} as in the script; the first is chosen.
   */
  static GammaProfile perfiliev(ProfileFunction f, double spot) {
    double start = 0.8 * spot;
    double stop = 1.2 * spot;
    double step = (stop - start) / (PERFILIEV_LEVELS - 1);
    double[] levels = new double[PERFILIEV_LEVELS];
    for (int k = 0; k < PERFILIEV_LEVELS; k++) {
      levels[k] = start + k * step;
    }
    levels[PERFILIEV_LEVELS - 1] = stop;
    double[] values = f.values(levels);
    double[] crossings = new double[PERFILIEV_LEVELS];
    int found = 0;
    for (int k = 0; k + 1 < PERFILIEV_LEVELS; k++) {
      if (Math.signum(values[k]) != Math.signum(values[k + 1])) {
        double neg = levels[k];
        double pos = levels[k + 1];
        crossings[found++] = pos - (pos - neg) * values[k + 1] / (values[k + 1] - values[k]);
      }
    }
    double[] all = Arrays.copyOf(crossings, found);
    return new GammaProfile(ZeroGammaMethod.PERFILIEV, levels, values, all,
        found == 0 ? OptionalDouble.empty() : OptionalDouble.of(all[0]));
  }

  /**
   * A grid with step {@code profileStep * S} over {@code S (1 +- profileRange)}, then, when no sign
   * change is found, over {@code S (1 +- profileWideRange)}; each sign change refined by Brent's
   * method; the crossing nearest spot chosen. A grid value of exactly 0 between values of opposite
   * sign is itself a crossing; the grid's end points never are unless the sign changes there.
   */
  static GammaProfile refined(ProfileFunction f, double spot, ExposureConfig config) {
    GammaProfile narrow = refinedOver(f, spot, config.profileRange(), config.profileStep());
    if (narrow.status() == ProfileStatus.RESOLVED || config.profileWideRange() <= config.profileRange()) {
      return narrow;
    }
    return refinedOver(f, spot, config.profileWideRange(), config.profileStep());
  }

  private static GammaProfile refinedOver(ProfileFunction f, double spot, double range, double step) {
    int intervals = (int) Math.ceil(2 * range / step - 1e-9);
    double[] levels = new double[intervals + 1];
    double low = spot * (1 - range);
    double width = 2 * range * spot;
    for (int k = 0; k <= intervals; k++) {
      levels[k] = low + width * k / intervals;
    }
    double[] values = f.values(levels);
    double[] crossings = new double[intervals + 1];
    int found = 0;
    int previous = -1;
    for (int k = 0; k <= intervals; k++) {
      if (values[k] == 0) {
        continue;
      }
      if (previous >= 0 && (values[previous] > 0) != (values[k] > 0)) {
        crossings[found++] = BrentRoot.solve(f::value, levels[previous], values[previous], levels[k],
            values[k], ROOT_TOLERANCE);
      }
      previous = k;
    }
    double[] all = Arrays.copyOf(crossings, found);
    OptionalDouble chosen = OptionalDouble.empty();
    for (double c : all) {
      if (chosen.isEmpty() || Math.abs(c - spot) < Math.abs(chosen.getAsDouble() - spot)) {
        chosen = OptionalDouble.of(c);
      }
    }
    return new GammaProfile(ZeroGammaMethod.REFINED, levels, values, all, chosen);
  }
}
