/**
 * The scheduled pipeline: fetch chains and index prices from a
 * {@link io.zerogex.core.spi.MarketDataSource} during the configured market sessions, store them
 * in a {@link io.zerogex.core.spi.SnapshotStore}, compute exposure and realized volatility from
 * what was stored, and store those; find the 1-minute bars missing from the store and fetch them
 * from the source's bar history. {@link io.zerogex.core.engine.GexEngine} is the entry point;
 * every "is it due" decision reads its injected {@link java.time.Clock}, so a test drives a whole
 * trading day by calling {@link io.zerogex.core.engine.GexEngine#runDueJobs()} on a fake clock.
 * Logging goes through {@link java.lang.System.Logger}, so core keeps no logging dependency.
 */
package io.zerogex.core.engine;
