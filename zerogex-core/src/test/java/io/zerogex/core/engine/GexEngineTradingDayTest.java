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

/**
 * The engine on a fake clock stepped minute by minute through Wednesday 2026-11-25 (a full
 * session), Thanksgiving 2026-11-26 (NYSE holiday) and Friday 2026-11-27 (NYSE early close at
 * 13:00), per the NYSE's published 2026 holiday and early-close schedule. The expected run times
 * are written out by hand from the intervals: a job every {@code n} minutes runs at
 * {@code 09:30 + k * n} while that is before the close.
 */
class GexEngineTradingDayTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

  private final FakeClock clock = new FakeClock(at(WEDNESDAY, LocalTime.MIDNIGHT));
  private final ScriptedSource source = new ScriptedSource(clock);
  private final FlakyStore store = new FlakyStore();
  private final RecordingMetrics metrics = new RecordingMetrics();

  private static Instant at(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(day, time, TradingCalendar.NEW_YORK).toInstant();
  }

  /** {@code 09:30 + k * everyMinutes} on {@code day}, for every k with the time before {@code close}. */
  private static List<Instant> grid(LocalDate day, int everyMinutes, LocalTime close) {
    List<Instant> times = new ArrayList<>();
    for (LocalTime t = LocalTime.of(9, 30); t.isBefore(close); t = t.plusMinutes(everyMinutes)) {
      times.add(at(day, t));
    }
    return times;
  }

  private GexEngine engine(EngineSchedule schedule) {
    return GexEngine.builder(source, store).clock(clock).underlyings(List.of("SPX", "SPY"))
        .schedule(schedule).metrics(metrics).jobExecutor(Runnable::run).build();
  }

  private void runThreeDays(GexEngine engine) {
    Instant end = at(FRIDAY.plusDays(1), LocalTime.MIDNIGHT);
    while (clock.instant().isBefore(end)) {
      engine.runDueJobs();
      clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  void jobsFireWhenAndOnlyWhenTheSessionIsOpen() {
    try (GexEngine engine = engine(EngineSchedule.defaults())) {
      runThreeDays(engine);
    }
    // Wednesday 09:30 ... 15:50 every 10 minutes is 39 runs, Friday 09:30 ... 12:50 is 21;
    // quotes every 5 minutes: 09:30 ... 15:55 is 78, 09:30 ... 12:55 is 42.
    List<Instant> chains = new ArrayList<>(grid(WEDNESDAY, 10, LocalTime.of(16, 0)));
    chains.addAll(grid(FRIDAY, 10, LocalTime.of(13, 0)));
    List<Instant> quotes = new ArrayList<>(grid(WEDNESDAY, 5, LocalTime.of(16, 0)));
    quotes.addAll(grid(FRIDAY, 5, LocalTime.of(13, 0)));
    for (String underlying : List.of("SPX", "SPY")) {
      assertThat(source.times("chain", underlying)).containsExactlyElementsOf(chains);
      assertThat(source.times("quote", underlying)).containsExactlyElementsOf(quotes);
      // Exposure and realized volatility every 7 minutes: 09:30 + 7k < 16:00 gives k = 0..55
      // (56 runs), 09:30 + 7k < 13:00 gives k = 0..29 (30 runs).
      assertThat(metrics.successes(Job.EXPOSURE, underlying)).isEqualTo(56 + 30);
      assertThat(metrics.successes(Job.REALIZED_VOLATILITY, underlying)).isEqualTo(56 + 30);
      // Gap backfill every 30 minutes: 09:30 ... 15:30 is 13 runs, 09:30 ... 12:30 is 7.
      assertThat(metrics.successes(Job.GAP_BACKFILL, underlying)).isEqualTo(13 + 7);
    }
    assertThat(chains).hasSize(39 + 21);
    assertThat(quotes).hasSize(78 + 42);
    // The heartbeat runs every minute of the three days, holiday and nights included.
    assertThat(metrics.successes(Job.HEARTBEAT, "*")).isEqualTo(3 * 1440);
    assertThat(metrics.failures).isEmpty();
  }

  @Test
  void everyPolledQuoteEndsUpAsAStoredMinuteBarAndFeedsRealizedVolatility() {
    // Without gap backfill, so that the stored bars are the polled ones only.
    try (GexEngine engine = engine(EngineSchedule.defaults().withoutJob(Job.GAP_BACKFILL))) {
      runThreeDays(engine);
    }
    var bars = store.bars("SPX", Duration.ofMinutes(1), at(WEDNESDAY, LocalTime.MIDNIGHT),
        at(FRIDAY.plusDays(1), LocalTime.MIDNIGHT));
    assertThat(bars).hasSize(78 + 42);
    assertThat(bars.get(0).start()).isEqualTo(at(WEDNESDAY, LocalTime.of(9, 30)));
    assertThat(bars.get(0).close()).isEqualTo(ScriptedSource.priceAt(at(WEDNESDAY, LocalTime.of(9, 30))));
    var readings = store.realizedVolatility("SPX", at(FRIDAY, LocalTime.MIDNIGHT), at(FRIDAY.plusDays(1),
        LocalTime.MIDNIGHT));
    // Two readings (1H, 1D) per realized volatility run with samples: all 30 runs of Friday.
    assertThat(readings).hasSize(2 * 30);
    assertThat(store.exposures("SPX", at(WEDNESDAY, LocalTime.MIDNIGHT), at(FRIDAY.plusDays(1),
        LocalTime.MIDNIGHT))).isNotEmpty();
  }

  @Test
  void gapBackfillEveryThirtyMinutesFillsTheMinutesBetweenPolls() {
    try (GexEngine engine = engine(EngineSchedule.defaults())) {
      runThreeDays(engine);
    }
    var bars = store.bars("SPX", Duration.ofMinutes(1), at(WEDNESDAY, LocalTime.MIDNIGHT),
        at(FRIDAY.plusDays(1), LocalTime.MIDNIGHT));
    // Wednesday: the runs up to 15:30 fill 09:30-15:29; Friday's 09:30 run (3-day lookback) fills
    // Wednesday's 15:30-15:59, so all 390 minutes. Friday: the 12:30 run fills 09:30-12:29 (180
    // minutes); of 12:30-12:59 only the 6 polled minutes (12:30, 12:35, ... 12:55) are stored.
    assertThat(bars).hasSize(390 + 180 + 6);
    assertThat(bars).allMatch(bar -> bar.open() == ScriptedSource.priceAt(bar.start()));
    // The polled minutes (on the 5-minute grid, volume 0) are kept; the source's history bars
    // (volume 12345 in ScriptedSource) fill only the minutes between them.
    assertThat(bars).allMatch(bar -> bar.volume() == (bar.start().getEpochSecond() / 60 % 5 == 0 ? 0 : 12_345));
    // One request per session with missing minutes: Wednesday's 09:30 run fetches Monday and
    // Tuesday (the 3-day lookback, nothing stored), its 12 later runs one each; Friday's 7 runs
    // one each, the first one fetching Wednesday's last half hour.
    assertThat(source.barRequests).containsEntry("SPX", 2 + 12 + 7);
  }

  @Test
  void extendedHoursPollSlowerOutsideTheRegularSession() {
    try (GexEngine engine = engine(EngineSchedule.defaults().withExtendedHours())) {
      runThreeDays(engine);
    }
    // Wednesday: pre-market 04:00-09:30 every 30 minutes on the grid anchored at 09:30 (04:00 ...
    // 09:00, 11 runs), regular 09:30-16:00 every 10 (39), after-hours 16:00-20:00 every 30
    // (16:00 ... 19:30, 8). Friday: 11 + 21 + after-hours 13:00-17:00 (13:00 ... 16:30, 8).
    assertThat(source.times("chain", "SPX")).hasSize(11 + 39 + 8 + 11 + 21 + 8);
    assertThat(source.times("chain", "SPX")).contains(at(WEDNESDAY, LocalTime.of(4, 0)),
        at(WEDNESDAY, LocalTime.of(19, 30)), at(FRIDAY, LocalTime.of(16, 30)));
  }
}
