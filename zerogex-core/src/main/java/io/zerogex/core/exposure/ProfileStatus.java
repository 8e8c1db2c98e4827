package io.zerogex.core.exposure;

/** Whether a gamma profile found a zero-gamma level. */
public enum ProfileStatus {
  /** At least one sign change was found; the zero-gamma level is one of them. */
  RESOLVED,
  /** No sign change in the searched range; there is no zero-gamma level (never a grid edge). */
  NO_CROSSING_IN_RANGE
}
