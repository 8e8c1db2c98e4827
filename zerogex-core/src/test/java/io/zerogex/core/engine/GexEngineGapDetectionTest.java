package io.zerogex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The periodic {@link Job#GAP_BACKFILL} job on a fake clock on Wednesday 2026-11-25 (a full NYSE
 * session): a gap left by a source outage is found and filled by the next run, progress is
 * reported per run, and a gap backfill is never run twice at once. Expected run times and counts
 * are written out by hand from the default schedule (gap backfill every 30 minutes from 09:30,
 * price every 5, retries after 30 s doubling) with a 3-hour lookback, so only the day itself is
 * looked at.
 */
class GexEngineGapDetectionTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private record Report(Instant at, BackfillProgress progress) {
  }

  private final FakeClock clock = new FakeClock(at(9, 30));
  private final ScriptedSource source = new ScriptedSource(clock);
  private final FlakyStore store = new FlakyStore();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final List<Report> reports = new CopyOnWriteArrayList<>();

  private static Instant at(int hour, int minute) {
    return ZonedDateTime.of(DAY, LocalTime.of(hour, minute), TradingCalendar.NEW_YORK).toInstant();
  }

  private GexEngineBuilder builder(List<String> underlyings) {
    return GexEngine.builder(source, store).clock(clock).underlyings(underlyings).metrics(metrics)
        .backfillLookback(Duration.ofHours(3)).backfillListener(p -> reports.add(new Report(clock.instant(), p)));
  }

  @Test
  void aGapLeftByASourceOutageIsFilledByTheNextRunWithItsProgressReported() {
    GexEngine engine = builder(List.of("SPX", "SPY")).jobExecutor(Runnable::run).build();
    // SPX's quotes and bar history fail from 10:40 to 11:20; SPY's never do.
    while (clock.instant().isBefore(at(12, 1))) {
      Instant now = clock.instant();
      if (!now.isBefore(at(10, 40)) && now.isBefore(at(11, 20))) {
        source.failing.add("SPX");
      } else {
        source.failing.remove("SPX");
      }
      engine.runDueJobs();
      clock.advance(MINUTE);
    }
    engine.close();

    List<PriceBar> bars = store.bars("SPX", MINUTE, at(9, 30), at(12, 0));
    assertThat(bars).extracting(PriceBar::start).hasSize(150).doesNotHaveDuplicates();
    // The outage minutes come from the source's history (volume 12345 in ScriptedSource).
    assertThat(store.bars("SPX", MINUTE, at(10, 40), at(11, 20))).hasSize(40)
        .allMatch(bar -> bar.volume() == 12_345 && bar.open() == ScriptedSource.priceAt(bar.start()));
    // SPX's 11:00 run fails, as do its retries at 11:01, 11:02, 11:04, 11:08 and 11:16 (30 s
    // doubling, each caught by the next minute's tick); the retry at 11:26 succeeds. It stores the
    // 56 minutes 10:30-11:25 but the two polled ones, 10:30 and 10:35 (the price job failed from
    // 10:40 and recovered at its 11:26 retry). Every other run stores the 24 minutes between the
    // 6 polls of its half hour, but 11:30, which finds 11:27-11:29 missing (11:26 was polled).
    assertThat(metrics.failures).filteredOn(f -> f.startsWith("GAP_BACKFILL/SPX")).hasSize(6);
    assertThat(reports).filteredOn(r -> r.progress().underlying().equals("SPX") && r.progress().barsStored() > 0)
        .extracting(Report::at, r -> r.progress().barsStored())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(at(10, 0), 24L),
            org.assertj.core.groups.Tuple.tuple(at(10, 30), 24L),
            org.assertj.core.groups.Tuple.tuple(at(11, 26), 54L),
            org.assertj.core.groups.Tuple.tuple(at(11, 30), 3L),
            org.assertj.core.groups.Tuple.tuple(at(12, 0), 24L));
    assertThat(reports).allMatch(r -> r.progress().gapsDone() == 1 && r.progress().gapsTotal() == 1);
    // 09:30 (nothing to look at yet), 10:00, 10:30, 11:26, 11:30, 12:00.
    assertThat(metrics.successes(Job.GAP_BACKFILL, "SPX")).isEqualTo(6);
    assertThat(metrics.successes(Job.GAP_BACKFILL, "SPY")).isEqualTo(6);
    assertThat(store.bars("SPY", MINUTE, at(9, 30), at(12, 0))).hasSize(150);
  }

  @Test
  void anOnDemandBackfillCountsAsTheJobsRunAndItsFailureIsRetried() {
    clock.set(at(10, 5));
    GexEngine engine = builder(List.of("SPX")).jobExecutor(Runnable::run).build();
    // Nothing stored yet: 09:30-10:04 is missing, 35 minutes.
    assertThat(engine.backfill().barsStored()).containsEntry("SPX", 35);
    // Heartbeat, chain, price, exposure and realized volatility; the gap backfill is next due at 10:30.
    assertThat(engine.runDueJobs()).isEqualTo(5);

    clock.set(at(10, 40));
    source.failing.add("SPX");
    assertThat(engine.backfill().failures()).singleElement().asString().startsWith("SPX:");
    JobStatus gap = engine.status().jobs().stream().filter(j -> j.job() == Job.GAP_BACKFILL).findFirst().orElseThrow();
    assertThat(gap.consecutiveFailures()).isEqualTo(1);
    // Retried 30 s later by the schedule, and recovered.
    source.failing.clear();
    clock.set(at(10, 40).plusSeconds(30));
    engine.runDueJobs();
    assertThat(metrics.successes(Job.GAP_BACKFILL, "SPX")).isEqualTo(2);
    engine.close();
  }

  @Test
  void aGapBackfillStillRunningIsNeitherStartedAgainNorRunByBackfill() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch gate = new CountDownLatch(1);
      source.barsGate = gate;
      clock.set(at(10, 0));
      GexEngine engine = builder(List.of("SPX")).jobExecutor(pool).build();
      engine.runDueJobs();
      clock.set(at(10, 30));
      engine.runDueJobs();
      assertThat(metrics.skipped).containsKey("GAP_BACKFILL/SPX");
      BackfillReport onDemand = engine.backfill();
      assertThat(onDemand.missingMinutes()).isEmpty();
      gate.countDown();
      engine.close();
      assertThat(metrics.successes(Job.GAP_BACKFILL, "SPX")).isEqualTo(1);
      assertThat(source.barRequests).containsEntry("SPX", 1);
      assertThat(metrics.failures).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
