package io.zerogex.core.volatility;

/**
 * The window of an intraday realized volatility reading ({@link IntradayRealizedVolatility}).
 * Both windows stay within one regular session: neither ever spans the overnight return.
 */
public enum RealizedVolatilityWindow {
  /** The last 12 five-minute returns of the session up to the as-of instant (fewer near the open). */
  ONE_HOUR,
  /** Every five-minute return of the session from the open up to the as-of instant. */
  ONE_DAY
}
