package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.engine.BackfillReport;
import io.zerogex.core.engine.GexEngine;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.support.InMemorySnapshotStore;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replay source's simulated spot and bar history, on the bundled SPX chain of 2024-01-05. The
 * expected volatility is the configured one (the walk's parameter), measured here with the plain
 * sample standard deviation of 1-minute log returns, written out in the test.
 */
class ReplayMarketDataSourceTest {

  // 2024-01-05 10:00 New York (EST, UTC-5), a Friday with a full regular session.
  private static final Instant TEN = Instant.parse("2024-01-05T15:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final OptionChain recorded = bundled();
  private final MovableClock clock = new MovableClock(TEN);

  private static OptionChain bundled() {
    try {
      return WorkerCommand.bundledChain();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSpotStartsAtTheRecordedOneAndMovesWithTheClock() {
    ReplayMarketDataSource source = new ReplayMarketDataSource(List.of(recorded), clock);
    assertThat(source.quote("SPX").last()).isEqualTo(recorded.spot());
    assertThat(source.chain("SPX").spot()).isEqualTo(recorded.spot());
    clock.now = TEN.plus(Duration.ofMinutes(37));
    double later = source.quote("SPX").last();
    assertThat(later).isNotEqualTo(recorded.spot()).isCloseTo(recorded.spot(), within(0.05 * recorded.spot()));
    OptionChain chain = source.chain("SPX");
    assertThat(chain.spot()).isEqualTo(later);
    assertThat(chain.asOf()).isEqualTo(clock.now);
    assertThat(chain.quotes()).isEqualTo(recorded.quotes());
  }

  @Test
  void barsAgreeWithQuotesAndEndNoLaterThanTheClock() {
    ReplayMarketDataSource source = new ReplayMarketDataSource(List.of(recorded), clock);
    Instant now = TEN.plus(Duration.ofMinutes(30)).plusSeconds(20);
    List<Double> quotes = new java.util.ArrayList<>();
    for (int minute = 0; minute <= 30; minute++) {
      clock.now = TEN.plus(MINUTE.multipliedBy(minute));
      quotes.add(source.quote("SPX").last());
    }
    clock.now = now;
    // Asked until 11:00, served the complete bars only: 10:00 ... 10:29 (10:30 is in progress).
    List<PriceBar> bars = source.bars("SPX", MINUTE, TEN, TEN.plus(Duration.ofHours(1)));
    assertThat(bars).hasSize(30);
    for (int i = 0; i < bars.size(); i++) {
      PriceBar bar = bars.get(i);
      assertThat(bar.start()).isEqualTo(TEN.plus(MINUTE.multipliedBy(i)));
      assertThat(bar.open()).isEqualTo(quotes.get(i));
      assertThat(bar.close()).isEqualTo(quotes.get(i + 1));
      assertThat(bar.high()).isEqualTo(Math.max(bar.open(), bar.close()));
      assertThat(bar.low()).isEqualTo(Math.min(bar.open(), bar.close()));
    }
    // A 5-minute bar spans five 1-minute bars: first open, last close, extremes of all.
    List<PriceBar> fives = source.bars("SPX", Duration.ofMinutes(5), TEN.minusSeconds(1), TEN.plus(Duration.ofMinutes(10)));
    assertThat(fives).extracting(PriceBar::start).containsExactly(TEN, TEN.plus(Duration.ofMinutes(5)));
    List<PriceBar> firstFive = bars.subList(0, 5);
    assertThat(fives.get(0).open()).isEqualTo(firstFive.get(0).open());
    assertThat(fives.get(0).close()).isEqualTo(firstFive.get(4).close());
    assertThat(fives.get(0).high()).isEqualTo(firstFive.stream().mapToDouble(PriceBar::high).max().orElseThrow());
    assertThat(fives.get(0).low()).isEqualTo(firstFive.stream().mapToDouble(PriceBar::low).min().orElseThrow());
    assertThatIllegalArgumentException().isThrownBy(() -> source.bars("SPX", Duration.ofSeconds(90), TEN, now))
        .withMessageContaining("PT1M30S");
  }

  @Test
  void oneSeedOnePathWhateverWasAskedBefore() {
    ReplayMarketDataSource first = new ReplayMarketDataSource(List.of(recorded), clock, 0.15, 7);
    ReplayMarketDataSource second = new ReplayMarketDataSource(List.of(recorded), clock, 0.15, 7);
    ReplayMarketDataSource other = new ReplayMarketDataSource(List.of(recorded), clock, 0.15, 8);
    Instant dayBefore = TEN.minus(Duration.ofDays(1));
    second.bars("SPX", MINUTE, dayBefore, TEN);
    assertThat(second.bars("SPX", MINUTE, dayBefore.plusSeconds(3600), TEN))
        .isEqualTo(first.bars("SPX", MINUTE, dayBefore.plusSeconds(3600), TEN));
    assertThat(other.bars("SPX", MINUTE, dayBefore, TEN)).isNotEqualTo(first.bars("SPX", MINUTE, dayBefore, TEN));
    ReplayMarketDataSource still = new ReplayMarketDataSource(List.of(recorded), clock, 0, 7);
    assertThat(still.bars("SPX", MINUTE, dayBefore, TEN)).allMatch(bar -> bar.open() == recorded.spot()
        && bar.close() == recorded.spot());
  }

  @Test
  void theRealizedVolatilityOfThePathIsTheConfiguredOne() {
    long seed = ReplayMarketDataSource.DEFAULT_SEED;
    System.out.println("seed " + seed);
    ReplayMarketDataSource source = new ReplayMarketDataSource(List.of(recorded), clock, 0.15, seed);
    List<PriceBar> bars = source.bars("SPX", MINUTE, TEN.minus(Duration.ofDays(5)), TEN);
    assertThat(bars).hasSize(5 * 1440);
    double sum = 0;
    double sumOfSquares = 0;
    for (PriceBar bar : bars) {
      double logReturn = Math.log(bar.close() / bar.open());
      sum += logReturn;
      sumOfSquares += logReturn * logReturn;
    }
    int n = bars.size();
    double variance = (sumOfSquares - sum * sum / n) / (n - 1);
    // Annualized with 252 sessions of 390 minutes; 7200 returns give a relative standard error of
    // about 1 / sqrt(2 * 7200) = 0.8%, so 5% is over 5 standard errors.
    assertThat(Math.sqrt(variance * 252 * 390)).isCloseTo(0.15, within(0.15 * 0.05));
  }

  @Test
  void theEngineBackfillsFromTheReplayAndMeasuresANonZeroRealizedVolatility() {
    clock.now = Instant.parse("2024-01-05T14:30:00Z");
    ReplayMarketDataSource source = new ReplayMarketDataSource(List.of(recorded), clock);
    InMemorySnapshotStore store = new InMemorySnapshotStore();
    try (GexEngine engine = GexEngine.builder(source, store).clock(clock).underlyings(List.of("SPX"))
        .jobExecutor(Runnable::run).build()) {
      // The 3-day lookback from Friday 09:30 starts Tuesday 09:30: the full sessions of Tuesday
      // 2024-01-02, Wednesday and Thursday, 390 minutes each.
      BackfillReport report = engine.backfill();
      assertThat(report.barsStored()).containsEntry("SPX", 3 * 390);
      while (clock.now.isBefore(Instant.parse("2024-01-05T21:00:00Z"))) {
        engine.runDueJobs();
        clock.now = clock.now.plus(MINUTE);
      }
    }
    List<RealizedVolatilityReading> readings = store.realizedVolatility("SPX", TEN.minus(Duration.ofHours(1)),
        Instant.parse("2024-01-05T21:00:00Z"));
    assertThat(readings).isNotEmpty();
    assertThat(readings).allMatch(r -> r.annualizedVolatility().isEmpty() || r.annualizedVolatility().getAsDouble() > 0);
    RealizedVolatilityReading lastDay = readings.stream().filter(r -> r.window() == RealizedVolatilityWindow.ONE_DAY)
        .reduce((a, b) -> b).orElseThrow();
    // 77 five-minute returns of a 15% walk: the estimate is within a third of it (4 standard errors).
    assertThat(lastDay.annualizedVolatility().getAsDouble()).isCloseTo(0.15, within(0.05));
  }
}
