package io.zerogex.core.engine;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.SnapshotStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Configures a {@link GexEngine}. Defaults: the NYSE calendar, the UTC system clock,
 * {@link EngineSchedule#defaults()}, exposure with {@link ExposureConfig#defaults()}, no metrics,
 * no alert listener, a 3-day backfill lookback, a job pool of 4 threads owned by the engine, bars
 * stored in batches of 50 or 1 minute after their end, and a 30-second shutdown timeout.
 *
 * <p>Not thread-safe: configure on one thread, then {@link #build()}.
 */
public final class GexEngineBuilder {

  private final MarketDataSource source;
  private final SnapshotStore store;
  private TradingCalendar calendar = TradingCalendar.nyse();
  private Clock clock = Clock.systemUTC();
  private List<String> underlyings = List.of();
  private EngineSchedule schedule = EngineSchedule.defaults();
  private ExposureCalculator calculator = ExposureCalculator.of(ExposureConfig.defaults());
  private EngineMetrics metrics = EngineMetrics.NONE;
  private final List<AlertListener> alertListeners = new ArrayList<>();
  private BackfillProgress.Listener backfillListener = BackfillProgress.Listener.NONE;
  private Duration backfillLookback = Duration.ofDays(3);
  private Executor jobExecutor;
  private int barBatchSize = 50;
  private Duration barMaxAge = Duration.ofMinutes(1);
  private Duration shutdownTimeout = Duration.ofSeconds(30);

  GexEngineBuilder(MarketDataSource source, SnapshotStore store) {
    this.source = Arguments.notNull(source, "source");
    this.store = Arguments.notNull(store, "store");
  }

  /** The trading calendar deciding sessions and the realized volatility grid. */
  public GexEngineBuilder calendar(TradingCalendar value) {
    calendar = Arguments.notNull(value, "calendar");
    return this;
  }

  /** The clock every schedule decision reads (a fake one in tests). */
  public GexEngineBuilder clock(Clock value) {
    clock = Arguments.notNull(value, "clock");
    return this;
  }

  /** The underlyings, e.g. {@code SPX, SPY}; at least one, duplicates dropped. */
  public GexEngineBuilder underlyings(List<String> value) {
    Arguments.notNull(value, "underlyings");
    value.forEach(u -> Arguments.notBlank(u, "underlying"));
    underlyings = List.copyOf(new LinkedHashSet<>(value));
    return this;
  }

  /** When each job runs. */
  public GexEngineBuilder schedule(EngineSchedule value) {
    schedule = Arguments.notNull(value, "schedule");
    return this;
  }

  /** The exposure calculator of the exposure job. */
  public GexEngineBuilder exposureCalculator(ExposureCalculator value) {
    calculator = Arguments.notNull(value, "exposureCalculator");
    return this;
  }

  /** Where job outcomes and counts are reported. */
  public GexEngineBuilder metrics(EngineMetrics value) {
    metrics = Arguments.notNull(value, "metrics");
    return this;
  }

  /** Adds a receiver of level alerts (several may be added). */
  public GexEngineBuilder alertListener(AlertListener value) {
    alertListeners.add(Arguments.notNull(value, "alertListener"));
    return this;
  }

  /** Receives the backfill's progress. */
  public GexEngineBuilder backfillListener(BackfillProgress.Listener value) {
    backfillListener = Arguments.notNull(value, "backfillListener");
    return this;
  }

  /** How far back gap detection looks, &gt; 0. */
  public GexEngineBuilder backfillLookback(Duration value) {
    Arguments.notNull(value, "backfillLookback");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("backfillLookback must be > 0, got " + value);
    }
    backfillLookback = value;
    return this;
  }

  /**
   * Runs the jobs on {@code value}, which the caller owns and shuts down ({@code Runnable::run}
   * runs them on the ticking thread, as tests on a fake clock do).
   */
  public GexEngineBuilder jobExecutor(Executor value) {
    jobExecutor = Arguments.notNull(value, "jobExecutor");
    return this;
  }

  /** Stores aggregated bars once {@code batchSize} are complete or {@code maxAge} after the oldest one's end. */
  public GexEngineBuilder barFlush(int batchSize, Duration maxAge) {
    new MinuteBarAggregator(batchSize, maxAge);
    barBatchSize = batchSize;
    barMaxAge = maxAge;
    return this;
  }

  /** How long {@link GexEngine#close()} waits for the jobs in flight, &gt;= 0. */
  public GexEngineBuilder shutdownTimeout(Duration value) {
    Arguments.notNull(value, "shutdownTimeout");
    if (value.isNegative()) {
      throw new IllegalArgumentException("shutdownTimeout must be >= 0, got " + value);
    }
    shutdownTimeout = value;
    return this;
  }

  /**
   * The engine, not started.
   *
   * @throws IllegalArgumentException when no underlying was given
   */
  public GexEngine build() {
    if (underlyings.isEmpty()) {
      throw new IllegalArgumentException("underlyings must not be empty, got " + underlyings);
    }
    boolean owned = jobExecutor == null;
    Executor executor = owned ? GexEngine.defaultExecutor(4) : jobExecutor;
    return new GexEngine(new EngineSettings(source, store, calendar, clock, underlyings, schedule, calculator,
        metrics, List.copyOf(alertListeners), backfillListener, backfillLookback, executor, owned, barBatchSize,
        barMaxAge, shutdownTimeout));
  }
}
