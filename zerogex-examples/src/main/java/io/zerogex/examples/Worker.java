package io.zerogex.examples;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zerogex.core.engine.BackfillProgress;
import io.zerogex.core.engine.GexEngine;
import io.zerogex.core.engine.GexEngineBuilder;
import io.zerogex.core.engine.LoggingAlertSink;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.SnapshotStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A running worker: the engine over a source and a store, its metrics registry and its HTTP
 * endpoint. {@link #close()} stops the endpoint, closes the engine (in-flight jobs finish, bars
 * are flushed), then the store, the source and anything else the wiring opened, in that order.
 */
final class Worker implements AutoCloseable {

  private final GexEngine engine;
  private final WorkerHttpServer http;
  private final SnapshotStore store;
  private final MarketDataSource source;
  private final AutoCloseable extra;
  private java.util.concurrent.ScheduledExecutorService scheduler;

  /**
   * Wires and starts a worker.
   *
   * @param source the market data source, owned by the worker from now on
   * @param store the store, owned by the worker from now on
   * @param extra closed last (an embedded PostgreSQL server), or null
   * @param underlyings the underlyings
   * @param clock the engine's clock (a simulated one for replays)
   * @param http the HTTP endpoint's address and port (port 0 for any free one)
   * @param tick the scheduler's period, or null not to schedule (tests tick by hand)
   * @param jobExecutor the jobs' executor, or null for the engine's own pool
   * @param progress receives the backfill's progress
   * @param alerts receive level alerts besides the log
   */
  Worker(MarketDataSource source, SnapshotStore store, AutoCloseable extra, List<String> underlyings, Clock clock,
      InetSocketAddress http, Duration tick, Executor jobExecutor, BackfillProgress.Listener progress, List<io.zerogex.core.engine.AlertListener> alerts)
      throws IOException {
    this.source = source;
    this.store = store;
    this.extra = extra;
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    GexEngineBuilder builder = GexEngine.builder(source, store).clock(clock).underlyings(underlyings)
        .metrics(new MicrometerEngineMetrics(registry)).alertListener(new LoggingAlertSink())
        .backfillListener(progress);
    alerts.forEach(builder::alertListener);
    if (jobExecutor != null) {
      builder.jobExecutor(jobExecutor);
    }
    engine = builder.build();
    this.http = new WorkerHttpServer(http, engine, registry);
    if (tick != null) {
      scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
      engine.start(scheduler, tick);
    }
  }

  GexEngine engine() {
    return engine;
  }

  int port() {
    return http.address().getPort();
  }

  /** The address the HTTP endpoint listens on. */
  InetSocketAddress address() {
    return http.address();
  }

  @Override
  public void close() throws Exception {
    try (AutoCloseable last = extra; MarketDataSource s = source; SnapshotStore st = store) {
      http.close();
      engine.close();
      if (scheduler != null) {
        scheduler.shutdownNow();
      }
    }
  }
}
