package io.zerogex.core.spi;

import static io.zerogex.core.spi.StoreFixtures.ODD_UNDERLYING;
import static io.zerogex.core.spi.StoreFixtures.bar;
import static io.zerogex.core.spi.StoreFixtures.bareQuote;
import static io.zerogex.core.spi.StoreFixtures.chain;
import static io.zerogex.core.spi.StoreFixtures.contract;
import static io.zerogex.core.spi.StoreFixtures.fullQuote;
import static io.zerogex.core.spi.StoreFixtures.reading;
import static io.zerogex.core.spi.StoreFixtures.sorted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage compatibility kit: every {@link SnapshotStore} extends this class (through core's
 * test-jar) and must pass it unchanged. Expected values are the written values themselves, sorted
 * or merged as the SPI documents; nothing is computed by the store under test.
 *
 * <p>Each test gets a fresh, empty store from {@link #newStore()}.
 */
public abstract class SnapshotStoreContractTest {

  protected static final Instant T0 = Instant.parse("2024-01-05T15:00:00Z");
  protected static final Duration MINUTE = Duration.ofMinutes(1);

  protected SnapshotStore store;

  /** A new store holding nothing (for a database store: a fresh schema or emptied tables). */
  protected abstract SnapshotStore newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void fullSizeRealChainRoundTripsExactly() {
    OptionChain spx = StoreFixtures.spxChain();
    assertThat(spx.size()).isEqualTo(21_038);
    store.writeChain(spx);
    assertThat(store.chain("SPX", spx.asOf())).contains(sorted(spx));
    assertThat(store.latestChain("SPX")).contains(sorted(spx));
  }

  @Test
  void oddTextAndAbsentValuesRoundTripVerbatim() {
    List<OptionQuote> quotes = List.of(
        fullQuote(contract(ODD_UNDERLYING, "SYM'\"\\\t\n\r,|\\N€😀", 1.5, OptionRight.CALL), 3),
        bareQuote(contract(ODD_UNDERLYING, "  leading and trailing spaces  ", 2.5, OptionRight.PUT)),
        bareQuote(contract(ODD_UNDERLYING, "\\.", 1e-9, OptionRight.PUT)));
    OptionChain odd = new OptionChain(ODD_UNDERLYING, 0.000123, T0.plusNanos(123_456_000), quotes);
    store.writeChain(odd);
    assertThat(store.chain(ODD_UNDERLYING, odd.asOf())).contains(sorted(odd));
    assertThat(store.underlyings()).containsExactly(ODD_UNDERLYING);
  }

  @Test
  void emptyChainIsStoredWithItsSpot() {
    OptionChain empty = new OptionChain("SPY", 470.25, T0, List.of());
    store.writeChain(empty);
    assertThat(store.latestChain("SPY")).contains(empty);
    assertThat(store.chainTimes("SPY", T0, T0.plusSeconds(1))).containsExactly(T0);
  }

  @Test
  void rewritingTheSameChainIsIdempotent() {
    OptionChain chain = chain("SPX", T0, 4700.5, 5);
    store.writeChain(chain);
    store.writeChain(chain);
    assertThat(store.chain("SPX", T0)).contains(sorted(chain));
    assertThat(store.chainTimes("SPX", T0.minusSeconds(60), T0.plusSeconds(60))).containsExactly(T0);
  }

  @Test
  void aSecondWriteOfOneAsOfUpsertsPerContractAndKeepsTheOthers() {
    OptionChain first = chain("SPX", T0, 4700.5, 3);
    OptionQuote changed = fullQuote(first.quotes().get(1).contract(), 99);
    OptionQuote added = bareQuote(contract("SPX", "SPX-new", 5000, OptionRight.CALL));
    store.writeChain(first);
    store.writeChain(new OptionChain("SPX", 4701.25, T0, List.of(changed, added)));
    OptionChain expected = new OptionChain("SPX", 4701.25, T0,
        List.of(first.quotes().get(0), changed, first.quotes().get(2), added));
    assertThat(store.chain("SPX", T0)).contains(sorted(expected));
  }

  @Test
  void latestIsTheNewestAsOfNotTheLastWritten() {
    store.writeChain(chain("SPX", T0.plusSeconds(120), 4702, 2));
    store.writeChain(chain("SPX", T0, 4700, 2));
    store.writeChain(chain("NDX", T0.plusSeconds(600), 16000, 1));
    assertThat(store.latestChainTime("SPX")).contains(T0.plusSeconds(120));
    assertThat(store.latestChain("SPX").orElseThrow().spot()).isEqualTo(4702);
    assertThat(store.latestChain(" spx ").orElseThrow().asOf()).isEqualTo(T0.plusSeconds(120));
    assertThat(store.underlyings()).containsExactlyInAnyOrder("SPX", "NDX");
  }

  @Test
  void chainTimesAreAscendingAndHalfOpen() {
    for (int minute : new int[] {3, 0, 2, 1, 4}) {
      store.writeChain(chain("SPX", T0.plus(MINUTE.multipliedBy(minute)), 4700 + minute, 1));
    }
    store.writeChain(chain("NDX", T0.plus(MINUTE), 16000, 1));
    assertThat(store.chainTimes("SPX", T0.plus(MINUTE), T0.plus(MINUTE.multipliedBy(4))))
        .containsExactly(T0.plus(MINUTE), T0.plus(MINUTE.multipliedBy(2)), T0.plus(MINUTE.multipliedBy(3)));
    assertThat(store.chainTimes("SPX", T0.plus(MINUTE), T0.plus(MINUTE))).isEmpty();
    assertThat(store.chainTimes("RUT", T0, T0.plusSeconds(3600))).isEmpty();
  }

  @Test
  void instantsAreKeptToTheMicrosecond() {
    Instant precise = T0.plusNanos(123_456_789);
    store.writeChain(chain("SPX", precise, 4700, 1));
    Instant micros = T0.plusNanos(123_456_000);
    assertThat(store.latestChainTime("SPX")).contains(micros);
    assertThat(store.chain("SPX", precise)).isPresent();
    assertThat(store.chain("SPX", micros).orElseThrow().asOf()).isEqualTo(micros);
  }

  @Test
  void nothingStoredGivesEmptyResults() {
    assertThat(store.latestChain("SPX")).isEmpty();
    assertThat(store.chain("SPX", T0)).isEmpty();
    assertThat(store.latestChainTime("SPX")).isEmpty();
    assertThat(store.chainTimes("SPX", T0, T0.plusSeconds(60))).isEmpty();
    assertThat(store.bars("SPX", MINUTE, T0, T0.plusSeconds(60))).isEmpty();
    assertThat(store.latestBarStart("SPX", MINUTE)).isEmpty();
    assertThat(store.realizedVolatility("SPX", T0, T0.plusSeconds(60))).isEmpty();
    assertThat(store.latestExposure("SPX")).isEmpty();
    assertThat(store.exposures("SPX", T0, T0.plusSeconds(60))).isEmpty();
    assertThat(store.underlyings()).isEmpty();
  }

  @Test
  void badChainsAreRejectedBeforeAnythingIsWritten() {
    OptionQuote quote = bareQuote(contract("SPX", "SPX-1", 100, OptionRight.CALL));
    OptionChain duplicated = new OptionChain("SPX", 4700, T0, List.of(quote, fullQuote(quote.contract(), 1)));
    assertThatThrownBy(() -> store.writeChain(duplicated))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPX-1");
    OptionChain nul = new OptionChain("SPX", 4700, T0, List.of(quote, bareQuote(contract("SPX", "a\0b", 1, OptionRight.PUT))));
    assertThatThrownBy(() -> store.writeChain(nul)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symbol");
    OptionChain surrogate = new OptionChain("SPX", 4700, T0, List.of(bareQuote(contract("SPX", "x\uD800", 1, OptionRight.PUT))));
    assertThatThrownBy(() -> store.writeChain(surrogate)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.writeChain(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("chain");
    assertThat(store.latestChain("SPX")).isEmpty();
    assertThat(store.underlyings()).isEmpty();
  }

  @Test
  void badReadArgumentsAreRejected() {
    assertThatThrownBy(() -> store.chainTimes("SPX", T0.plusSeconds(1), T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fromInclusive");
    assertThatThrownBy(() -> store.bars("SPX", MINUTE, T0, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("toExclusive");
    assertThatThrownBy(() -> store.bars("SPX", Duration.ZERO, T0, T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
    assertThatThrownBy(() -> store.latestChain(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("underlying");
    assertThatThrownBy(() -> store.chain("SPX", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.realizedVolatility(null, T0, T0)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("symbol");
  }

  @Test
  void barsRoundTripAscendingPerSymbolAndInterval() {
    List<PriceBar> written = new ArrayList<>();
    for (int i = 4; i >= 0; i--) {
      written.add(bar("SPX", T0.plus(MINUTE.multipliedBy(i)), MINUTE, 4700 + i * 0.25));
    }
    written.add(bar("SPX", T0, Duration.ofMinutes(5), 4800));
    written.add(bar("spx", T0, MINUTE, 10));
    written.add(bar(ODD_UNDERLYING, T0.plusNanos(1_000), MINUTE, 1e-3));
    store.writeBars(written);
    assertThat(store.bars("SPX", MINUTE, T0.plus(MINUTE), T0.plus(MINUTE.multipliedBy(4))))
        .containsExactly(written.get(3), written.get(2), written.get(1));
    assertThat(store.bars("SPX", Duration.ofMinutes(5), T0, T0.plusSeconds(3600))).containsExactly(written.get(5));
    assertThat(store.bars("spx", MINUTE, T0, T0.plusSeconds(3600))).containsExactly(written.get(6));
    assertThat(store.bars(ODD_UNDERLYING, MINUTE, T0, T0.plusSeconds(1))).containsExactly(written.get(7));
    assertThat(store.latestBarStart("SPX", MINUTE)).contains(T0.plus(MINUTE.multipliedBy(4)));
    assertThat(store.latestBarStart("SPX", Duration.ofMinutes(5))).contains(T0);
    assertThat(store.latestBarStart("SPX", Duration.ofHours(1))).isEmpty();
    assertThat(store.underlyings()).isEmpty();
  }

  @Test
  void rewrittenBarsReplaceTheStoredOnesIdempotently() {
    store.writeBars(List.of(bar("SPX", T0, MINUTE, 4700), bar("SPX", T0.plus(MINUTE), MINUTE, 4701)));
    PriceBar corrected = bar("SPX", T0, MINUTE, 4699.5);
    store.writeBars(List.of(corrected));
    store.writeBars(List.of(corrected));
    store.writeBars(List.of());
    assertThat(store.bars("SPX", MINUTE, T0, T0.plusSeconds(3600)))
        .containsExactly(corrected, bar("SPX", T0.plus(MINUTE), MINUTE, 4701));
  }

  @Test
  void badBarsAreRejectedBeforeAnythingIsWritten() {
    List<PriceBar> duplicated = List.of(bar("SPX", T0.plus(MINUTE), MINUTE, 1), bar("SPX", T0, MINUTE, 2),
        bar("SPX", T0, MINUTE, 3));
    assertThatThrownBy(() -> store.writeBars(duplicated)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SPX");
    List<PriceBar> withNull = new ArrayList<>();
    withNull.add(bar("SPX", T0, MINUTE, 1));
    withNull.add(null);
    assertThatThrownBy(() -> store.writeBars(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.writeBars(List.of(bar("a\0", T0, MINUTE, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.latestBarStart("SPX", MINUTE)).isEmpty();
  }

  @Test
  void readingsRoundTripWithTheirIssuesInOrder() {
    RealizedVolatilityReading day = reading("SPX", T0, RealizedVolatilityWindow.ONE_DAY, 0.1523456789);
    RealizedVolatilityReading hour = reading("SPX", T0, RealizedVolatilityWindow.ONE_HOUR, 0.0987654321);
    RealizedVolatilityReading earlier = reading("SPX", T0.minus(MINUTE), RealizedVolatilityWindow.ONE_DAY, 0.2);
    RealizedVolatilityReading none = StoreFixtures.emptyReading("SPX", T0.plus(MINUTE));
    RealizedVolatilityReading odd = reading(ODD_UNDERLYING, T0, RealizedVolatilityWindow.ONE_HOUR, 0.3);
    for (RealizedVolatilityReading r : List.of(none, day, hour, earlier, odd, day)) {
      store.writeRealizedVolatility(r);
    }
    assertThat(store.realizedVolatility("SPX", T0.minus(MINUTE), T0.plus(MINUTE.multipliedBy(2))))
        .containsExactly(earlier, hour, day, none);
    assertThat(store.realizedVolatility("SPX", T0, T0.plus(MINUTE))).containsExactly(hour, day);
    assertThat(store.realizedVolatility(ODD_UNDERLYING, T0, T0.plus(MINUTE))).containsExactly(odd);
    assertThat(store.realizedVolatility("SPX", T0, T0)).isEmpty();
  }

  @Test
  void aRewrittenReadingReplacesTheStoredOne() {
    store.writeRealizedVolatility(reading("SPX", T0, RealizedVolatilityWindow.ONE_DAY, 0.15));
    RealizedVolatilityReading revised = StoreFixtures.emptyReading("SPX", T0);
    store.writeRealizedVolatility(revised);
    assertThat(store.realizedVolatility("SPX", T0, T0.plus(MINUTE))).containsExactly(revised);
    assertThatThrownBy(() -> store.writeRealizedVolatility(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reading");
  }

  @Test
  void exposureOfTheFullRealChainRoundTrips() {
    ExposureReport report = ExposureCalculator.of(ExposureConfig.defaults()).compute(StoreFixtures.spxChain());
    ExposureSnapshot expected = ExposureSnapshot.of(report);
    assertThat(expected.byStrike()).isNotEmpty();
    assertThat(expected.byExpiration()).isNotEmpty();
    store.writeExposure(report);
    store.writeExposure(report);
    assertThat(store.latestExposure("spx")).contains(expected);
    assertThat(store.exposures("SPX", report.asOf(), report.asOf().plusNanos(1_000))).containsExactly(expected);
    assertThat(store.underlyings()).containsExactly("SPX");
    assertThat(store.latestChain("SPX")).isEmpty();
  }

  @Test
  void aRewrittenExposureReplacesTheWholeSnapshotAndHistoryIsAscending() {
    ExposureCalculator calculator = ExposureCalculator.of(ExposureConfig.defaults());
    ExposureReport wide = calculator.compute(chain("SPX", T0, 120, 40));
    ExposureReport narrow = calculator.compute(chain("SPX", T0, 110, 4));
    ExposureReport later = calculator.compute(chain("SPX", T0.plus(MINUTE), 111, 6));
    ExposureReport odd = calculator.compute(chain(ODD_UNDERLYING, T0, 101, 6));
    store.writeExposure(later);
    store.writeExposure(wide);
    store.writeExposure(narrow);
    store.writeExposure(odd);
    assertThat(store.exposures("SPX", T0, T0.plus(MINUTE.multipliedBy(2))))
        .containsExactly(ExposureSnapshot.of(narrow), ExposureSnapshot.of(later));
    assertThat(store.exposures("SPX", T0, T0.plus(MINUTE))).containsExactly(ExposureSnapshot.of(narrow));
    assertThat(store.latestExposure("SPX")).contains(ExposureSnapshot.of(later));
    assertThat(store.latestExposure(ODD_UNDERLYING)).contains(ExposureSnapshot.of(odd));
    assertThat(store.underlyings()).containsExactlyInAnyOrder("SPX", ODD_UNDERLYING);
    assertThatThrownBy(() -> store.writeExposure(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void concurrentWritersLoseNothingAndReadersNeverSeeAPartialChain() throws Exception {
    int writers = 4;
    int chainsPerWriter = 10;
    int size = 300;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        writes.add(pool.submit(() -> {
          for (int i = 0; i < chainsPerWriter; i++) {
            store.writeChain(chain("SPX", T0.plusSeconds(writer * 1000L + i), 4700, size));
            store.writeBars(List.of(bar("SPX", T0.plus(MINUTE.multipliedBy(writer * 100L + i)), MINUTE, 4700)));
          }
          return null;
        }));
      }
      Future<Integer> reader = pool.submit(() -> {
        int reads = 0;
        while (writes.stream().anyMatch(f -> !f.isDone()) || reads == 0) {
          store.latestChain("SPX").ifPresent(c -> assertThat(c.size()).isEqualTo(size));
          reads++;
        }
        return reads;
      });
      for (Future<?> write : writes) {
        write.get(120, TimeUnit.SECONDS);
      }
      assertThat(reader.get(120, TimeUnit.SECONDS)).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.chainTimes("SPX", T0, T0.plusSeconds(10_000))).hasSize(writers * chainsPerWriter);
    assertThat(store.bars("SPX", MINUTE, T0, T0.plus(Duration.ofDays(1)))).hasSize(writers * chainsPerWriter);
    assertThat(store.latestChain("SPX").orElseThrow().asOf()).isEqualTo(T0.plusSeconds(3009));
  }
}
