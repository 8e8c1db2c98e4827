package io.zerogex.core.exposure;

import io.zerogex.core.model.OptionRight;

/**
 * The assumed sign of the dealers' position in each contract: {@code +1} when dealers are long
 * the option (their gamma is positive), {@code -1} when short. Every signed exposure of a
 * contract is multiplied by {@link #sign(OptionRight)}.
 */
public enum DealerSignModel {
  /** Dealers long calls (+1) and short puts (-1): the community convention; the default. */
  LONG_CALLS_SHORT_PUTS(1, -1),
  /** Dealers short calls (-1) and long puts (+1). */
  SHORT_CALLS_LONG_PUTS(-1, 1),
  /** Dealers short every option (-1 for both rights), as when customers only buy. */
  SHORT_BOTH(-1, -1),
  /** No dealer assumption: every exposure counts with +1 (absolute gamma exposure). */
  UNSIGNED(1, 1);

  private final int callSign;
  private final int putSign;

  DealerSignModel(int callSign, int putSign) {
    this.callSign = callSign;
    this.putSign = putSign;
  }

  /**
   * The sign applied to contracts of the given right.
   *
   * @param right call or put
   * @return +1 or -1
   */
  public int sign(OptionRight right) {
    return right == OptionRight.CALL ? callSign : putSign;
  }
}
