package io.zerogex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.calendar.TradingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failure isolation, retry back-off, recovery and no overlapping runs, on a fake clock. */
class GexEngineResilienceTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  private final FakeClock clock = new FakeClock(at(9, 30, 0));
  private final ScriptedSource source = new ScriptedSource(clock);
  private final FlakyStore store = new FlakyStore();
  private final RecordingMetrics metrics = new RecordingMetrics();

  private static Instant at(int hour, int minute, int second) {
    return ZonedDateTime.of(DAY, LocalTime.of(hour, minute, second), TradingCalendar.NEW_YORK).toInstant();
  }

  private void runUntil(GexEngine engine, Instant end, Duration step, Runnable atEachStep) {
    while (clock.instant().isBefore(end)) {
      atEachStep.run();
      engine.runDueJobs();
      clock.advance(step);
    }
  }

  @Test
  void oneUnderlyingsOutageBacksOffRecoversAndNeverDelaysTheOther() {
    GexEngine engine = GexEngine.builder(source, store).clock(clock).underlyings(List.of("SPX", "SPY"))
        .metrics(metrics).jobExecutor(Runnable::run).build();
    source.failing.add("SPX");
    runUntil(engine, at(10, 20, 0), Duration.ofSeconds(30), () -> {
      if (!clock.instant().isBefore(at(10, 0, 0))) {
        source.failing.remove("SPX");
      }
    });
    // Retries after 30 s doubling to the 10-minute cap, from each failure: 09:30:00 fails,
    // +30 s 09:30:30, +60 s 09:31:30, +120 s 09:33:30, +240 s 09:37:30, +480 s 09:45:30,
    // +600 s (cap) 09:55:30, +600 s 10:05:30 succeeds (the outage ended at 10:00), then the
    // 10-minute grid resumes at 10:10.
    assertThat(source.times("chain", "SPX")).containsExactly(at(9, 30, 0), at(9, 30, 30), at(9, 31, 30),
        at(9, 33, 30), at(9, 37, 30), at(9, 45, 30), at(9, 55, 30), at(10, 5, 30), at(10, 10, 0));
    assertThat(source.times("chain", "SPY")).containsExactly(at(9, 30, 0), at(9, 40, 0), at(9, 50, 0),
        at(10, 0, 0), at(10, 10, 0));
    JobStatus spx = engine.status().jobs().stream()
        .filter(j -> j.job() == Job.CHAIN_SNAPSHOT && j.underlying().equals("SPX")).findFirst().orElseThrow();
    assertThat(spx.consecutiveFailures()).isZero();
    assertThat(spx.lastSuccess()).contains(at(10, 10, 0));
    assertThat(metrics.failures).filteredOn(f -> f.startsWith("CHAIN_SNAPSHOT/SPX")).hasSize(7);
    assertThat(metrics.failures).noneMatch(f -> f.contains("SPY"));
    engine.close();
  }

  @Test
  void barsSurviveAStoreOutage() {
    // Without gap backfill, which would refill the minutes from the source's history anyway.
    GexEngine engine = GexEngine.builder(source, store).clock(clock).underlyings(List.of("SPX"))
        .schedule(EngineSchedule.defaults().withoutJob(Job.GAP_BACKFILL))
        .metrics(metrics).jobExecutor(Runnable::run).barFlush(1, Duration.ZERO).build();
    store.down = true;
    runUntil(engine, at(9, 50, 0), Duration.ofMinutes(1), () -> { });
    assertThat(store.delegate.bars("SPX", Duration.ofMinutes(1), at(9, 0, 0), at(11, 0, 0))).isEmpty();
    store.down = false;
    // The 10:00 bar is complete, and stored, at the 10:01 tick.
    runUntil(engine, at(10, 2, 0), Duration.ofMinutes(1), () -> { });
    List<Instant> expected = new ArrayList<>();
    for (int minute = 30; minute < 60; minute += 5) {
      expected.add(at(9, minute, 0));
    }
    expected.add(at(10, 0, 0));
    assertThat(store.bars("SPX", Duration.ofMinutes(1), at(9, 0, 0), at(11, 0, 0)))
        .extracting(bar -> bar.start()).containsExactlyElementsOf(expected);
    engine.close();
  }

  @Test
  void aJobStillRunningWhenDueAgainIsSkippedNotRunTwice() {
    List<Runnable> queued = new ArrayList<>();
    GexEngine engine = GexEngine.builder(source, store).clock(clock).underlyings(List.of("SPX"))
        .metrics(metrics).jobExecutor(queued::add).shutdownTimeout(Duration.ZERO).build();
    // Heartbeat, chain, price, exposure, realized volatility and gap backfill.
    assertThat(engine.runDueJobs()).isEqualTo(6);
    clock.set(at(9, 45, 0));
    assertThat(engine.runDueJobs()).isZero();
    assertThat(metrics.skipped).containsKeys("CHAIN_SNAPSHOT/SPX", "PRICE_SNAPSHOT/SPX");
    assertThat(queued).hasSize(6);
    List.copyOf(queued).forEach(Runnable::run);
    // The skipped slots are caught up once, not once per missed slot: the five jobs due by 09:45
    // (the gap backfill is next due at 10:00).
    assertThat(engine.runDueJobs()).isEqualTo(5);
    List.copyOf(queued.subList(6, queued.size())).forEach(Runnable::run);
    assertThat(source.times("chain", "SPX")).containsExactly(at(9, 45, 0), at(9, 45, 0));
    engine.close();
  }

  @Test
  void theScheduleBacksOffByDoublingUpToItsCap() {
    EngineSchedule schedule = EngineSchedule.defaults();
    assertThat(schedule.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(schedule.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(schedule.retryDelay(5)).isEqualTo(Duration.ofSeconds(480));
    assertThat(schedule.retryDelay(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(schedule.retryDelay(1000)).isEqualTo(Duration.ofMinutes(10));
    assertThat(schedule.interval(Job.CHAIN_SNAPSHOT, io.zerogex.core.calendar.MarketSession.AFTER_HOURS))
        .isEqualTo(Duration.ofMinutes(30));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> schedule.withInterval(Job.EXPOSURE, Duration.ZERO))
        .withMessageContaining("regularIntervals[EXPOSURE]").withMessageContaining("PT0S");
    assertThat(schedule.interval(Job.GAP_BACKFILL, io.zerogex.core.calendar.MarketSession.REGULAR))
        .isEqualTo(Duration.ofMinutes(30));
    EngineSchedule withoutGaps = schedule.withoutJob(Job.GAP_BACKFILL);
    assertThat(withoutGaps.runs(Job.GAP_BACKFILL)).isFalse();
    assertThat(withoutGaps.runs(Job.CHAIN_SNAPSHOT)).isTrue();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> withoutGaps.interval(Job.GAP_BACKFILL, io.zerogex.core.calendar.MarketSession.REGULAR))
        .withMessageContaining("GAP_BACKFILL");
    assertThat(withoutGaps.withInterval(Job.GAP_BACKFILL, Duration.ofMinutes(15))
        .interval(Job.GAP_BACKFILL, io.zerogex.core.calendar.MarketSession.AFTER_HOURS)).isEqualTo(Duration.ofMinutes(15));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> schedule.withoutJob(Job.HEARTBEAT)).withMessageContaining("HEARTBEAT");
  }
}
