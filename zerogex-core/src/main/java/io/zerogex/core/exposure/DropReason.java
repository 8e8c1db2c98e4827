package io.zerogex.core.exposure;

/** Why a contract of the chain was left out of the exposure sums, in the order checks run. */
public enum DropReason {
  /** Past settlement at the chain's instant (the year-fraction policy gives 0 years). */
  EXPIRED,
  /** Expiration outside the configured expiration range. */
  OUTSIDE_EXPIRATION_RANGE,
  /** Strike outside the configured window around spot. */
  OUTSIDE_STRIKE_WINDOW,
  /** Open interest below the configured minimum. */
  BELOW_MINIMUM_OPEN_INTEREST,
  /** Zero weight: no open interest (or no volume under volume weights); contributes nothing. */
  ZERO_WEIGHT,
  /** No vendor gamma and no implied volatility, and solving one from the mid price is switched off. */
  NO_VOLATILITY,
  /** No vendor gamma or volatility, and the quote has no two-sided market to solve one from. */
  NO_TWO_SIDED_QUOTE,
  /** No vendor gamma or volatility, and the bid is above the ask. */
  CROSSED_QUOTE,
  /** No vendor gamma or volatility, and the mid price is outside the no-arbitrage bounds. */
  PRICE_OUTSIDE_BOUNDS
}
