package io.zerogex.core.engine;

/** The jobs the {@link GexEngine} runs, each once per underlying except the heartbeat. */
public enum Job {
  /** Fetch the full option chain and store it. Default every 10 minutes. */
  CHAIN_SNAPSHOT,
  /** Poll the underlying's quote into 1-minute bars (the realized volatility input). Default every 5 minutes. */
  PRICE_SNAPSHOT,
  /** Compute exposure from the newest stored chain and store it. Default every 7 minutes. */
  EXPOSURE,
  /** Compute the 1-hour and 1-day realized volatility from stored bars and store them. Default every 7 minutes. */
  REALIZED_VOLATILITY,
  /**
   * Detect the 1-minute bars missing from the store in the backfill lookback (a source outage, a
   * restart, minutes between polls) and fetch them from the source's bar history. Default every
   * 30 minutes; also run at start-up and on demand by {@link GexEngine#backfill()}.
   */
  GAP_BACKFILL,
  /** Record that the engine is alive; runs in every session, closed included. Default every minute. */
  HEARTBEAT
}
