package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.bigquery.BigQuerySnapshotStore;
import io.zerogex.bigquery.LoopbackBigQuery;
import io.zerogex.core.engine.BackfillProgress;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.SnapshotStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worker with {@code --store bigquery}: the store opened by {@link StoreKind#BIGQUERY} from
 * its environment variables ({@link BigQuerySnapshotStore} and the real Google client) on
 * zerogex-bigquery's loopback REST fake, given as {@code ZEROGEX_BQ_EMULATOR_HOST}; the replay
 * source of the bundled SPX chain, the engine ticked by hand on a clock the test moves, the HTTP
 * endpoint on loopback.
 */
class WorkerBigQueryTest {

  // 2024-01-05 10:00 New York (EST, UTC-5): inside the regular session of the recorded day.
  private static final Instant TEN = Instant.parse("2024-01-05T15:00:00Z");

  @Test
  void replayIntoBigQuery() throws Exception {
    OptionChain recorded = WorkerCommand.bundledChain();
    MovableClock clock = new MovableClock(TEN);
    try (LoopbackBigQuery bigQuery = LoopbackBigQuery.start()) {
      StoreKind.Opened opened = StoreKind.BIGQUERY.open(Map.of("ZEROGEX_BQ_PROJECT", "zerogex-test",
          "ZEROGEX_BQ_EMULATOR_HOST", bigQuery.hostAndPort()));
      assertThat(opened.store()).isInstanceOf(BigQuerySnapshotStore.class);
      SnapshotStore store = opened.store();
      try (Worker worker = new Worker(new ReplayMarketDataSource(List.of(recorded), clock), store, null,
          List.of("SPX"), clock, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null, Runnable::run,
          BackfillProgress.Listener.NONE, List.of())) {
        // Heartbeat, chain, price, exposure, realized volatility and gap backfill of SPX.
        assertThat(worker.engine().runDueJobs()).isEqualTo(6);
        HttpResponse<String> answer = LoopbackHttp.send(worker.port(), "GET", "/health");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("failed");

        // Read back through the store's queries.
        assertThat(store.latestChain("SPX")).get().satisfies(chain -> {
          assertThat(chain.size()).isEqualTo(recorded.size());
          assertThat(chain.asOf()).isEqualTo(TEN);
          assertThat(chain.spot()).isEqualTo(recorded.spot());
        });
        assertThat(store.latestExposure("SPX")).isPresent();
        // The gap backfill fetched 09:30-09:59 from the replay's bar history: 30 bars.
        assertThat(store.bars("SPX", Duration.ofMinutes(1), TEN.minusSeconds(1800), TEN)).hasSize(30);
        clock.now = TEN.plusSeconds(60);
        worker.engine().close();
        // Closing flushed the polled 10:00 bar.
        assertThat(store.bars("SPX", Duration.ofMinutes(1), TEN, TEN.plusSeconds(60))).hasSize(1);
      }
      // One row per quote and one spot row (the documented layout of option_chain_snapshot).
      assertThat(bigQuery.rowCount("options", "option_chain_snapshot")).isEqualTo(recorded.size() + 1);
      // Backfilled over the 3-day lookback from Tuesday 2024-01-02 10:00: 10:00-15:59 of Tuesday
      // (360 minutes), Wednesday and Thursday (390 each), Friday 09:30-09:59 (30); and the polled 10:00.
      assertThat(bigQuery.rowCount("market_data", "index_price_snapshot")).isEqualTo(360 + 390 + 390 + 30 + 1);
      assertThat(bigQuery.rowCount("analytics", "gamma_exposure")).isPositive();
      assertThat(bigQuery.unexpected()).isEmpty();
    }
  }
}
