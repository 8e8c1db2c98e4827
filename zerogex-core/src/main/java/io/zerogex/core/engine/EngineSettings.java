package io.zerogex.core.engine;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.SnapshotStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/** The validated configuration a {@link GexEngineBuilder} hands to the {@link GexEngine}. */
record EngineSettings(MarketDataSource source, SnapshotStore store, TradingCalendar calendar, Clock clock,
    List<String> underlyings, EngineSchedule schedule, ExposureCalculator calculator, EngineMetrics metrics,
    List<AlertListener> alertListeners, BackfillProgress.Listener backfillListener, Duration backfillLookback,
    Executor jobExecutor, boolean ownsExecutor, int barBatchSize, Duration barMaxAge, Duration shutdownTimeout) {
}
