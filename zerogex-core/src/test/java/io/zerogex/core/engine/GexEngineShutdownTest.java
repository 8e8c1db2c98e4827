package io.zerogex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shutdown with jobs in flight on real threads: nothing accepted is lost. */
class GexEngineShutdownTest {

  // Wednesday 2026-11-25 10:00 New York (EST, UTC-5).
  private static final Instant TEN = Instant.parse("2026-11-25T15:00:00Z");
  private static final List<String> UNDERLYINGS = List.of("SPX", "SPY", "QQQ", "NDX", "IWM", "RUT", "DIA", "VIX");

  private final FakeClock clock = new FakeClock(TEN);
  private final ScriptedSource source = new ScriptedSource(clock);
  private final FlakyStore store = new FlakyStore();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final ExecutorService closer = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
    closer.shutdownNow();
  }

  private GexEngine engine(Duration shutdownTimeout) {
    // Bars wait in the aggregator (batch of 1000, an hour): only the shutdown flush can store them.
    return GexEngine.builder(source, store).clock(clock).underlyings(UNDERLYINGS).metrics(metrics)
        .jobExecutor(pool).barFlush(1000, Duration.ofHours(1)).shutdownTimeout(shutdownTimeout).build();
  }

  @Test
  void closeWaitsForJobsInFlightAndFlushesEveryAggregatedBar() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    source.quoteGate = gate;
    GexEngine engine = engine(Duration.ofSeconds(10));
    // The heartbeat, and chain, price, exposure, realized volatility and gap backfill per underlying.
    assertThat(engine.runDueJobs()).isEqualTo(1 + 5 * UNDERLYINGS.size());
    Future<?> closing = closer.submit(engine::close);
    // close() is now waiting on the blocked quotes; the engine takes no new work.
    assertThat(closing.isDone()).isFalse();
    assertThat(engine.runDueJobs()).isZero();
    gate.countDown();
    closing.get(10, TimeUnit.SECONDS);
    for (String underlying : UNDERLYINGS) {
      var bars = store.bars(underlying, Duration.ofMinutes(1), TEN, TEN.plusSeconds(60));
      assertThat(bars).as(underlying).hasSize(1);
      assertThat(bars.get(0).close()).isEqualTo(ScriptedSource.priceAt(TEN));
    }
    assertThat(metrics.failures).isEmpty();
    assertThat(engine.status().closed()).isTrue();
  }

  @Test
  void jobsOutlastingTheShutdownTimeoutAreRecordedAsFailed() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    source.quoteGate = gate;
    GexEngine engine = engine(Duration.ofMillis(50));
    engine.runDueJobs();
    engine.close();
    // Four threads hold blocked quotes; every job started or queued but unfinished is failed.
    List<String> atShutdown = new ArrayList<>(metrics.failures);
    assertThat(atShutdown).allMatch(f -> f.contains("still running at shutdown"));
    assertThat(atShutdown.stream().filter(f -> f.startsWith("PRICE_SNAPSHOT/"))).hasSize(UNDERLYINGS.size());
    assertThat(engine.status().jobs()).filteredOn(j -> j.job() == Job.PRICE_SNAPSHOT)
        .allMatch(j -> j.consecutiveFailures() == 1);
    // The late quotes are refused, not silently dropped into a flushed buffer.
    gate.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(store.bars("SPX", Duration.ofMinutes(1), TEN, TEN.plusSeconds(60))).isEmpty();
    // Finishing late records nothing twice.
    assertThat(metrics.failures).containsExactlyElementsOf(atShutdown);
  }
}
