package io.zerogex.core.exposure;

/** How the gamma profile is sampled and which of its sign changes becomes the zero-gamma level. */
public enum ZeroGammaMethod {
  /**
   * The production default: a grid with a step of at most 0.5% of spot over +-20% of spot
   * (widened to +-50% when no sign change is found), each sign change refined with Brent's
   * method to 0.01 index points, the crossing nearest spot chosen.
   */
  REFINED,
  /**
   * The published community method (Perfiliev's gammaProfile.py): 60 evenly spaced levels from
   * 0.8 spot to 1.2 spot inclusive, the first (lowest) sign change, linearly interpolated
   * between its two levels.
   */
  PERFILIEV
}
