package io.zerogex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.StoreFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapBackfillTest {

  // Wednesday 2026-11-25: open 09:30 New York = 14:30Z; "now" 10:30 = 15:30Z.
  private static final Instant OPEN = Instant.parse("2026-11-25T14:30:00Z");
  private static final Instant NOW = Instant.parse("2026-11-25T15:30:20Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void missingMinutesOfTheLookbackAreFetchedStoredAndReported() {
    FakeClock clock = new FakeClock(NOW);
    ScriptedSource source = new ScriptedSource(clock);
    FlakyStore store = new FlakyStore();
    List<PriceBar> have = new ArrayList<>();
    // 09:30-09:59 and 10:10-10:29 stored: the gap is 10:00-10:09 (10 bars); 10:30 is in progress.
    for (int minute = 0; minute < 60; minute++) {
      if (minute < 30 || minute >= 40) {
        have.add(StoreFixtures.bar("SPX", OPEN.plus(MINUTE.multipliedBy(minute)), MINUTE, 4000));
      }
    }
    store.writeBars(have);
    List<BackfillProgress> progress = new ArrayList<>();
    GexEngine engine = GexEngine.builder(source, store).clock(clock).underlyings(List.of("SPX", "SPY"))
        .backfillLookback(Duration.ofHours(2)).backfillListener(progress::add).jobExecutor(Runnable::run).build();
    source.failing.add("SPY");

    BackfillReport report = engine.backfill();

    // SPY has nothing stored: 09:30-10:29 is one 60-minute gap, whose fetch fails.
    assertThat(report.missingMinutes()).containsEntry("SPX", 10).containsEntry("SPY", 60);
    assertThat(report.barsStored()).containsOnlyKeys("SPX").containsEntry("SPX", 10);
    assertThat(report.failures()).singleElement().asString().startsWith("SPY:");
    assertThat(store.bars("SPX", MINUTE, OPEN, NOW)).hasSize(60);
    assertThat(store.bars("SPX", MINUTE, OPEN.plus(MINUTE.multipliedBy(30)), OPEN.plus(MINUTE.multipliedBy(40))))
        .allMatch(bar -> bar.open() == ScriptedSource.priceAt(bar.start()));
    assertThat(progress).extracting(BackfillProgress::gapsDone).containsExactly(1, 2);
    assertThat(progress).allMatch(p -> p.gapsTotal() == 2);
    assertThat(progress.get(1).barsStored()).isEqualTo(10);

    source.failing.clear();
    BackfillReport second = engine.backfill();
    assertThat(second.missingMinutes()).containsEntry("SPX", 0).containsEntry("SPY", 60);
    assertThat(store.bars("SPY", MINUTE, OPEN, NOW)).hasSize(60);
    engine.close();
  }
}
