package io.zerogex.core.exposure;

/**
 * Where the gamma of each contract at the current spot comes from, for the spot totals, the
 * by-strike and by-expiration tables and the walls. The gamma profile and the zero-gamma level
 * always re-price with Black-Scholes at each hypothetical spot, whatever this setting.
 */
public enum GammaSource {
  /**
   * The vendor's gamma when the quote has one, otherwise Black-Scholes gamma from the contract's
   * implied volatility (the vendor's, or solved from the mid price when the vendor gives none).
   * The default.
   */
  VENDOR_THEN_MODEL,
  /** Black-Scholes gamma from the contract's implied volatility for every contract. */
  MODEL_ONLY
}
