package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.engine.BackfillProgress;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.support.InMemorySnapshotStore;
import io.zerogex.postgres.PostgresSnapshotStore;
import io.zerogex.postgres.PostgresStoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worker end to end with no credentials: the replay source (the bundled SPX chain of
 * 2024-01-05), a store, the engine ticked by hand on a clock the test moves, and the HTTP endpoint
 * on loopback.
 */
class WorkerEndToEndTest {

  // 2024-01-05 10:00 New York (EST, UTC-5): inside the regular session of the recorded day.
  private static final Instant TEN = Instant.parse("2024-01-05T15:00:00Z");


  @Test
  void replayIntoMemory() throws Exception {
    runPipeline(new InMemorySnapshotStore(), null);
  }

  @Test
  void replayIntoEmbeddedPostgres() throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.start();
    runPipeline(PostgresSnapshotStore.create(postgres.getPostgresDatabase(), PostgresStoreConfig.defaults()), postgres);
  }

  private void runPipeline(SnapshotStore store, AutoCloseable extra) throws Exception {
    OptionChain recorded = WorkerCommand.bundledChain();
    MovableClock clock = new MovableClock(TEN);
    Worker worker = new Worker(new ReplayMarketDataSource(List.of(recorded), clock), store, extra, List.of("SPX"),
        clock, new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), null, Runnable::run,
        BackfillProgress.Listener.NONE, List.of());
    try {
      int port = worker.port();
      HttpResponse<String> before = LoopbackHttp.send(port, "GET", "/health");
      assertThat(before.statusCode()).as(before.body()).isEqualTo(503);
      assertThat(before.body()).contains("heartbeat stale");

      // Heartbeat, chain, price, exposure, realized volatility and gap backfill of SPX.
      assertThat(worker.engine().runDueJobs()).isEqualTo(6);
      HttpResponse<String> health = LoopbackHttp.send(port, "GET", "/health");
      assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"job\":\"CHAIN_SNAPSHOT\"")
          .contains("\"underlying\":\"SPX\"").contains("\"lastSuccess\":\"2024-01-05T15:00:00Z\"");
      assertThat(store.latestChain("SPX")).get().extracting(OptionChain::size).isEqualTo(recorded.size());
      assertThat(store.latestExposure("SPX")).isPresent();

      clock.now = TEN.plusSeconds(60);
      HttpResponse<String> fetch = LoopbackHttp.send(port, "POST", "/fetch?underlying=SPX");
      assertThat(fetch.statusCode()).isEqualTo(202);
      assertThat(fetch.body()).isEqualTo("{\"started\":2}");
      assertThat(store.latestChainTime("SPX")).contains(TEN.plusSeconds(60));
      assertThat(LoopbackHttp.send(port, "POST", "/fetch?underlying=XYZ").statusCode()).isEqualTo(400);
      assertThat(LoopbackHttp.send(port, "GET", "/fetch").statusCode()).isEqualTo(405);

      String metrics = LoopbackHttp.send(port, "GET", "/metrics").body();
      assertThat(metrics).contains("zerogex_snapshots_stored_total{underlying=\"SPX\"} 2.0")
          .contains("zerogex_snapshot_contracts_sum{underlying=\"SPX\"} " + (2.0 * recorded.size()))
          .contains("zerogex_job_latency_seconds_count{job=\"EXPOSURE\",underlying=\"SPX\"} 1");

      // Closing the engine stores the two polled minutes (10:00 and 10:01) still in the aggregator:
      // the replay's spot is the recorded one at its start (10:00), and has moved a minute later.
      worker.engine().close();
      var bars = store.bars("SPX", Duration.ofMinutes(1), TEN, TEN.plusSeconds(120));
      assertThat(bars).hasSize(2);
      assertThat(bars.get(0).close()).isEqualTo(recorded.spot());
      assertThat(bars.get(1).close()).isNotEqualTo(recorded.spot()).isCloseTo(recorded.spot(), within(0.01 * recorded.spot()));
    } finally {
      worker.close();
    }
  }
}
