package io.zerogex.benchmarks;

/**
 * The agreement check the greeks benchmarks run before timing: a peer must match ZeroGEX on
 * every option of the grid, or the run fails, so a faster number can never come from different
 * work.
 */
final class GreeksPeers {

  /**
   * Relative tolerance, with an absolute floor of this times the quantity's natural scale
   * (spot for price, vega, theta and rho; 1 for delta; 1 / spot for gamma). The peers' normal
   * distribution functions differ from ZeroGEX's by up to about 1e-9 relative (commons-math3's
   * erf), so this is loose enough for them and tight enough to catch a wrong formula or unit.
   */
  static final double TOLERANCE = 1e-7;

  private static final String[] NAMES = {"price", "delta", "gamma", "vega", "theta", "rho"};

  private GreeksPeers() {
  }

  /** Throws IllegalStateException naming the peer and quantity when they disagree. */
  static void check(String peer, double[] expected, double[] actual, double spot) {
    double[] scale = {spot, 1, 1 / spot, spot, spot, spot};
    for (int i = 0; i < expected.length; i++) {
      double error = Math.abs(actual[i] - expected[i]);
      if (!(error <= TOLERANCE * (Math.abs(expected[i]) + scale[i]))) {
        throw new IllegalStateException(peer + " " + NAMES[i] + " = " + actual[i]
            + " disagrees with ZeroGEX " + expected[i] + " (spot " + spot + ")");
      }
    }
  }
}
