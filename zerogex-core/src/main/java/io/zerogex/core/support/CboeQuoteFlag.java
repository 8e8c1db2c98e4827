package io.zerogex.core.support;

/**
 * What a Cboe delayed-quote row said about one contract that the {@link
 * io.zerogex.core.model.OptionQuote} alone cannot tell apart, so that the exposure engine and
 * data-quality reports can see empty, one-sided and unpriced quotes.
 *
 * <p>Cboe writes 0 for "nothing": no bid, no ask, no trade today, and an implied volatility or
 * gamma it did not compute (expired and deep in- or out-of-the-money contracts). The reader
 * keeps every such row and raises these flags instead of dropping it.
 */
public enum CboeQuoteFlag {
  /** The bid column was 0: there was no bid; {@code OptionQuote.bid()} is empty. */
  NO_BID,
  /** The ask column was 0: there was no offer; {@code OptionQuote.ask()} is empty. */
  NO_ASK,
  /** The last-sale column was 0: no trade is reported; {@code OptionQuote.last()} is empty. */
  NO_LAST_SALE,
  /** The IV column was 0 (Cboe's "not computed"); {@code OptionQuote.impliedVolatility()} is empty. */
  ZERO_IV,
  /** The gamma column was 0 (not computed, or below Cboe's 4-decimal rounding); kept as 0. */
  ZERO_GAMMA;

  /** This flag's bit in a per-quote bit set. */
  int bit() {
    return 1 << ordinal();
  }
}
