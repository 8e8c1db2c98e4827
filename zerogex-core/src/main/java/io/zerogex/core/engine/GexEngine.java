package io.zerogex.core.engine;

import io.zerogex.core.calendar.MarketSession;
import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.volatility.IntradayRealizedVolatility;
import io.zerogex.core.volatility.PriceSample;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The long-running pipeline: on each {@link #runDueJobs() tick} it starts the jobs that are due
 * at the injected clock's instant (see {@link Job} and {@link EngineSchedule}) on its job executor:
 * chain snapshots and price polls from the source into the store, exposure from the newest stored
 * chain, realized volatility from the stored 1-minute bars, gap detection with backfill from the
 * source's bar history, and a heartbeat.
 *
 * <p>Each job of each underlying has its own state: one underlying's failure never touches the
 * others; a failure is retried after the schedule's doubling retry delay and the regular grid
 * resumes on success; a job still running when due again is skipped, never run twice at once.
 * {@link #close()} stops ticking, waits for the jobs in flight up to the shutdown timeout (those
 * still running are recorded as failed), then stores every aggregated bar, the open minutes
 * included. The engine does not close the source or the store: their owner does, after it.
 *
 * <p>This class is thread-safe.
 */
public final class GexEngine implements AutoCloseable {

  private static final Logger LOG = System.getLogger(GexEngine.class.getName());
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final String ALL = "*";

  private final EngineSettings settings;
  private final JobRunner runner;
  private final MinuteBarAggregator aggregator;
  private final IntradayRealizedVolatility realizedVolatility;
  private final GapBackfill gapBackfill;
  private final Map<String, JobState> states = new ConcurrentHashMap<>();
  private final Map<String, LevelReading> lastLevels = new ConcurrentHashMap<>();
  private final Object flushLock = new Object();
  private volatile boolean closed;
  private boolean flushed;
  private volatile ScheduledFuture<?> ticking;
  private ScheduledExecutorService ownedScheduler;

  GexEngine(EngineSettings settings) {
    this.settings = settings;
    this.runner = new JobRunner(settings.jobExecutor(), settings.ownsExecutor(), settings.metrics(), settings.clock());
    this.aggregator = new MinuteBarAggregator(settings.barBatchSize(), settings.barMaxAge());
    this.realizedVolatility = IntradayRealizedVolatility.of(settings.calendar());
    this.gapBackfill = new GapBackfill(settings.source(), settings.store(), settings.calendar());
    states.put(key(Job.HEARTBEAT, ALL), new JobState(Job.HEARTBEAT, ALL));
    for (Job job : Job.values()) {
      if (job != Job.HEARTBEAT) {
        settings.underlyings().forEach(u -> states.put(key(job, u), new JobState(job, u)));
      }
    }
  }

  /**
   * A builder over a source and a store, which the caller keeps owning.
   *
   * @param source where chains, quotes and bar history come from
   * @param store where everything is written and read back
   * @return a builder with the defaults of {@link GexEngineBuilder}
   */
  public static GexEngineBuilder builder(MarketDataSource source, SnapshotStore store) {
    return new GexEngineBuilder(source, store);
  }

  /** The underlyings, in the configured order. */
  public List<String> underlyings() {
    return settings.underlyings();
  }

  /** The schedule. */
  public EngineSchedule schedule() {
    return settings.schedule();
  }

  /**
   * Starts every job due at the clock's instant and stores the aggregated bars whose batch is
   * full or old enough. The scheduler calls this every tick; tests call it on a fake clock.
   *
   * @return the number of jobs started (0 once closed)
   */
  public int runDueJobs() {
    if (closed) {
      return 0;
    }
    Instant now = settings.clock().instant();
    int started = 0;
    if (states.get(key(Job.HEARTBEAT, ALL)).claimIfDue(now)) {
      started += start(states.get(key(Job.HEARTBEAT, ALL)), now, () -> { });
    }
    MarketSession session = settings.calendar().session(now);
    if (settings.schedule().runsIn(session)) {
      for (Job job : Job.values()) {
        if (job == Job.HEARTBEAT || !settings.schedule().runs(job)) {
          continue;
        }
        for (String underlying : settings.underlyings()) {
          JobState state = states.get(key(job, underlying));
          if (state.claimIfDue(now)) {
            // Provisional, so a run outlasting its interval is seen as overrunning.
            state.retryAt(nextDue(job, now));
            started += start(state, now, work(job, underlying, now));
          } else if (state.isDueButRunning(now)) {
            settings.metrics().jobSkippedWhileRunning(job, underlying);
          }
        }
      }
    }
    storeBars(aggregator.drain(now));
    return started;
  }

  /**
   * Fetches a chain snapshot and a price of {@code underlying} now, whatever the schedule and
   * session (the worker's {@code POST /fetch}); a job already running is not started twice.
   *
   * @param underlying one of the configured underlyings
   * @return the number of jobs started, 0 to 2
   */
  public int fetchNow(String underlying) {
    if (!settings.underlyings().contains(underlying)) {
      throw new IllegalArgumentException("underlying must be one of " + settings.underlyings() + ", got " + underlying);
    }
    Instant now = settings.clock().instant();
    int started = 0;
    for (Job job : List.of(Job.CHAIN_SNAPSHOT, Job.PRICE_SNAPSHOT)) {
      JobState state = states.get(key(job, underlying));
      if (!closed && state.claim()) {
        started += start(state, now, work(job, underlying, now));
      }
    }
    return started;
  }

  /**
   * Detects the 1-minute bars missing from the store in the regular sessions of the backfill
   * lookback and fetches them from the source's bar history, reporting progress to the listener
   * and as log lines. Runs on the calling thread, as the {@link Job#GAP_BACKFILL} job of every
   * underlying: an underlying whose gap backfill is already running is left out (never run twice
   * at once); each outcome is recorded like a scheduled run's, so a failure is retried after the
   * schedule's retry delay and a success moves the next scheduled run to the next grid instant.
   *
   * @return what was missing and what was stored, for the underlyings not already being backfilled
   */
  public BackfillReport backfill() {
    Instant now = settings.clock().instant();
    List<String> claimed = new ArrayList<>();
    for (String underlying : settings.underlyings()) {
      if (states.get(key(Job.GAP_BACKFILL, underlying)).claim()) {
        claimed.add(underlying);
      } else {
        LOG.log(Level.INFO, "backfill of {0} already running; left out", underlying);
      }
    }
    long started = System.nanoTime();
    BackfillReport report = null;
    try {
      report = gapBackfill.run(claimed, now, settings.backfillLookback(), settings.backfillListener());
      return report;
    } finally {
      Duration latency = Duration.ofNanos(System.nanoTime() - started);
      for (String underlying : claimed) {
        recordBackfill(states.get(key(Job.GAP_BACKFILL, underlying)), report, latency);
      }
    }
  }

  /** Records the outcome of an on-demand backfill of one underlying as its gap job's run. */
  private void recordBackfill(JobState state, BackfillReport report, Duration latency) {
    Instant at = settings.clock().instant();
    Optional<String> failure = report == null ? Optional.of("backfill failed")
        : report.failures().stream().filter(f -> f.startsWith(state.underlying + ":")).findFirst();
    if (failure.isEmpty()) {
      state.succeeded(at, nextDue(Job.GAP_BACKFILL, at));
      settings.metrics().jobSucceeded(Job.GAP_BACKFILL, state.underlying, latency, at);
    } else {
      int failures = state.failed(failure.get(), at);
      state.retryAt(at.plus(settings.schedule().retryDelay(failures)));
      settings.metrics().jobFailed(Job.GAP_BACKFILL, state.underlying, latency, new IllegalStateException(failure.get()));
    }
  }

  /**
   * Backfills, then calls {@link #runDueJobs()} every {@code tick} on {@code scheduler}, which
   * the caller owns. A tick's exception is logged and never stops the ticking.
   *
   * @param scheduler runs the backfill and the ticks
   * @param tick the period of the ticks, &gt; 0 (a few seconds: the grid is checked at each)
   */
  public synchronized void start(ScheduledExecutorService scheduler, Duration tick) {
    Arguments.notNull(scheduler, "scheduler");
    Arguments.notNull(tick, "tick");
    if (ticking != null || closed) {
      throw new IllegalStateException("engine already started or closed");
    }
    scheduler.execute(() -> guarded("backfill", this::backfill));
    ticking = scheduler.scheduleAtFixedRate(() -> guarded("tick", this::runDueJobs), 0, tick.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** {@link #start(ScheduledExecutorService, Duration)} on a scheduler of its own, ticking every 5 seconds. */
  public synchronized void start() {
    ownedScheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "zerogex-engine-tick");
      thread.setDaemon(true);
      return thread;
    });
    start(ownedScheduler, Duration.ofSeconds(5));
  }

  /** Every job's state, for a health endpoint. */
  public EngineStatus status() {
    List<JobStatus> jobs = new ArrayList<>();
    states.values().forEach(state -> jobs.add(state.status()));
    jobs.sort((a, b) -> a.job() != b.job() ? a.job().compareTo(b.job()) : a.underlying().compareTo(b.underlying()));
    return new EngineStatus(settings.clock().instant(), jobs, closed);
  }

  /**
   * Stops ticking, lets the jobs in flight finish (those still running after the shutdown
   * timeout are recorded as failed) and stores every aggregated bar. Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (ticking != null) {
        ticking.cancel(false);
      }
      if (ownedScheduler != null) {
        ownedScheduler.shutdown();
      }
    }
    runner.awaitQuiet(settings.shutdownTimeout());
    synchronized (flushLock) {
      flushed = true;
      storeBars(aggregator.drainAll());
      if (aggregator.size() > 0) {
        LOG.log(Level.ERROR, "shutdown: {0} bars could not be stored", aggregator.size());
      }
    }
    runner.shutdown();
  }

  private int start(JobState state, Instant now, Runnable work) {
    return runner.run(state, work, () -> nextDue(state.job, now), failures ->
        settings.clock().instant().plus(settings.schedule().retryDelay(failures)));
  }

  private Runnable work(Job job, String underlying, Instant now) {
    return switch (job) {
      case CHAIN_SNAPSHOT -> () -> {
        OptionChain chain = settings.source().chain(underlying);
        settings.store().writeChain(chain);
        settings.metrics().chainStored(underlying, chain.size());
      };
      case PRICE_SNAPSHOT -> () -> {
        var quote = settings.source().quote(underlying);
        synchronized (flushLock) {
          if (flushed) {
            throw new IllegalStateException("engine closed before the quote of " + underlying + " was aggregated");
          }
          aggregator.accept(quote);
        }
      };
      case EXPOSURE -> () -> exposure(underlying);
      case REALIZED_VOLATILITY -> () -> realizedVolatility(underlying, now);
      case GAP_BACKFILL -> () -> gapBackfill(underlying, now);
      case HEARTBEAT -> () -> { };
    };
  }

  private void exposure(String underlying) {
    Optional<OptionChain> chain = settings.store().latestChain(underlying);
    LevelReading previous = lastLevels.get(underlying);
    if (chain.isEmpty() || (previous != null && previous.asOf().equals(chain.get().asOf()))) {
      return;
    }
    ExposureReport report = settings.calculator().compute(chain.get());
    settings.store().writeExposure(report);
    LevelReading reading = LevelReading.of(report);
    lastLevels.put(underlying, reading);
    if (previous != null && previous.asOf().isBefore(reading.asOf())) {
      for (LevelAlert alert : reading.alertsSince(previous)) {
        for (AlertListener listener : settings.alertListeners()) {
          try {
            listener.onAlert(alert);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "alert listener failed on " + alert.describe(), e);
          }
        }
      }
    }
  }

  private void gapBackfill(String underlying, Instant now) {
    // Polled minutes still in the aggregator are not gaps: store them first.
    storeBars(aggregator.drainComplete(now));
    BackfillReport report = gapBackfill.run(List.of(underlying), now, settings.backfillLookback(),
        settings.backfillListener());
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException(String.join("; ", report.failures()));
    }
  }

  private void realizedVolatility(String underlying, Instant now) {
    LocalDate today = now.atZone(TradingCalendar.NEW_YORK).toLocalDate();
    Optional<RegularSession> session = settings.calendar().regularSession(today);
    // Before the open there is no return of the day yet; the pre-market is not on the grid.
    if (session.isEmpty() || now.isBefore(session.get().open())) {
      return;
    }
    storeBars(aggregator.drainComplete(now));
    Instant open = session.get().open();
    List<PriceBar> bars = new ArrayList<>(settings.store().bars(underlying, MINUTE, open, now));
    // The minute in progress holds the newest poll, e.g. the one of this very tick.
    aggregator.openBar(underlying).ifPresent(bars::add);
    List<PriceSample> samples = new ArrayList<>();
    for (PriceBar bar : bars) {
      // The open of the minute starting on the 5-minute grid is the price at that grid instant.
      if (Duration.between(open, bar.start()).toMinutes() % 5 == 0) {
        samples.add(new PriceSample(bar.start(), bar.open()));
      }
    }
    if (samples.isEmpty()) {
      return;
    }
    for (RealizedVolatilityReading reading : realizedVolatility.readings(underlying, samples, now)) {
      settings.store().writeRealizedVolatility(reading);
    }
  }

  private void storeBars(List<PriceBar> bars) {
    if (bars.isEmpty()) {
      return;
    }
    synchronized (flushLock) {
      try {
        settings.store().writeBars(bars);
        bars.stream().collect(java.util.stream.Collectors.groupingBy(PriceBar::symbol, java.util.stream.Collectors.counting()))
            .forEach((symbol, count) -> settings.metrics().barsStored(symbol, count.intValue()));
      } catch (RuntimeException e) {
        // Keep them for the next flush: accepted quotes are never dropped on a store failure.
        aggregator.requeue(bars);
        LOG.log(Level.WARNING, "storing " + bars.size() + " bars failed; kept for the next flush", e);
      }
    }
  }

  /** The first grid instant after {@code at}: the grid of the job's interval in the session at {@code at}. */
  private Instant nextDue(Job job, Instant at) {
    Duration interval = settings.schedule().interval(job, settings.calendar().session(at));
    LocalDate day = at.atZone(TradingCalendar.NEW_YORK).toLocalDate();
    Instant anchor = settings.calendar().regularSession(day).map(RegularSession::open)
        .orElse(day.atStartOfDay(TradingCalendar.NEW_YORK).toInstant());
    long step = interval.toMillis();
    long steps = Math.floorDiv(at.toEpochMilli() - anchor.toEpochMilli(), step) + 1;
    return anchor.plusMillis(steps * step);
  }

  private void guarded(String what, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, what + " failed", e);
    }
  }

  private static String key(Job job, String underlying) {
    return job + "/" + underlying;
  }

  /** Used by {@link EngineSettings} to hand over an owned executor. */
  static ExecutorService defaultExecutor(int threads) {
    return java.util.concurrent.Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "zerogex-engine-job");
      thread.setDaemon(true);
      return thread;
    });
  }
}
