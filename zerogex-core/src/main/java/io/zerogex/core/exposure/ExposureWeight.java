package io.zerogex.core.exposure;

/** The number of contracts each quote stands for in an exposure sum. */
public enum ExposureWeight {
  /** Open interest at the last OCC count: positioning carried into the session. The default. */
  OPEN_INTEREST,
  /** Contracts traded in the session: today's flow, useful for 0DTE. */
  VOLUME
}
