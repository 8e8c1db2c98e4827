package io.zerogex.core.model;

/**
 * When an option's final settlement value is fixed on its expiration date.
 *
 * <p>AM-settled contracts (the SPX and NDX third-Friday monthlies) settle on the opening prints,
 * so their last moment of gamma is 09:30 America/New_York on the expiration date; PM-settled
 * contracts (SPXW, NDXP, SPY, QQQ and equities) settle on the close of that day's session.
 */
public enum Settlement {
  /** Settles on the opening prints of the expiration date (special opening quotation). */
  AM,
  /** Settles on the close of the expiration date's regular session. */
  PM
}
