package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.support.CboeQuoteTable;
import io.zerogex.core.volatility.IntradayRealizedVolatility;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * Bar CSV lines -> daily realized volatility -> the daily series joined with the SPX snapshot, on
 * the direct runner. The bars are a seeded random walk (seed printed): no real intraday SPX bars of
 * 2024-01-05 are bundled.
 */
class DailyRealizedVolatilityTest {

  private static final long SEED = 20240105L;
  private static final Instant OPEN = Instant.parse("2024-01-05T14:30:00Z");

  @Test
  void readingsEqualTheCoreAndTheFormulaAndJoinTheSnapshotOfTheirSession() {
    System.out.println("DailyRealizedVolatilityTest seed " + SEED);
    Random random = new Random(SEED);
    List<String> lines = new ArrayList<>(List.of(BarCsvLines.HEADER));
    List<PriceBar> bars = new ArrayList<>();
    double price = 4697.24;
    for (int i = 0; i < 78; i++) {
      double close = price * Math.exp(0.0008 * random.nextGaussian());
      PriceBar bar = new PriceBar("SPX", OPEN.plus(Duration.ofMinutes(5L * i)), Duration.ofMinutes(5), price,
          Math.max(price, close) + 0.5, Math.min(price, close) - 0.5, close, 0);
      bars.add(bar);
      lines.add(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s,%d", bar.symbol(), bar.start(),
          bar.interval().toNanos(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()));
      price = close;
    }
    // Independent of the core: zero-mean realized variance of the 78 log returns from the first
    // open through every close, annualized with 252 x 78 five-minute slots over 78 covered slots.
    double sumOfSquares = 0;
    double previous = bars.get(0).open();
    for (PriceBar bar : bars) {
      double r = Math.log(bar.close() / previous);
      sumOfSquares += r * r;
      previous = bar.close();
    }
    double expectedVolatility = Math.sqrt(sumOfSquares * 252 * 78 / 78);
    RealizedVolatilityReading expected = IntradayRealizedVolatility.of(TradingCalendar.nyse()).reading("SPX",
        DailyRealizedVolatility.samples(bars), Instant.parse("2024-01-05T21:00:00Z"), RealizedVolatilityWindow.ONE_DAY);
    assertThat(expected.annualizedVolatility().getAsDouble()).isCloseTo(expectedVolatility,
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(expected.returnsUsed()).isEqualTo(78);
    lines.add("SPX,2024-01-05T14:30:00Z,300000000000,abc,4700,4690,4695,0");
    lines.add("SPX,2024-01-06T15:00:00Z,300000000000,4700,4701,4699,4700,0");

    ExposureSnapshot snapshot = ExposureSnapshot.of(ExposureCalculator.of(ExposureConfig.defaults())
        .compute(CboeQuoteTable.read(Pipelines.resource("chains/spx-2024-01-05.csv"))));
    DailyExposure point = new DailyExposure("SPX", LocalDate.of(2024, 1, 5), snapshot.asOf(), snapshot.spot(),
        snapshot.netGamma(), snapshot.zeroGamma(), snapshot.callWall(), snapshot.putWall(),
        OptionalDouble.of(expected.annualizedVolatility().getAsDouble()));

    Pipeline pipeline = Pipelines.direct();
    PCollectionTuple parsed = pipeline.apply(Create.of(lines)).apply(BarCsvLines.parse());
    PCollectionTuple readings = parsed.get(BarCsvLines.BARS).apply(DailyRealizedVolatility.perDay());
    PCollection<ExposureSnapshot> snapshots = pipeline.apply("Snapshots",
        Create.of(snapshot).withCoder(ExposureSnapshotCoder.of()));
    PCollection<DailyExposure> series = PCollectionTuple.of(DailySeries.SNAPSHOTS, snapshots)
        .and(DailySeries.READINGS, readings.get(DailyRealizedVolatility.READINGS)).apply(DailySeries.of());

    PAssert.that(readings.get(DailyRealizedVolatility.READINGS)).containsInAnyOrder(expected);
    PAssert.that(parsed.get(BarCsvLines.DEAD_LETTERS)).containsInAnyOrder(new DeadLetter("bar-line",
        "SPX,2024-01-05T14:30:00Z,300000000000,abc,4700,4690,4695,0", "open 'abc' is not a number"));
    PAssert.that(readings.get(DailyRealizedVolatility.DEAD_LETTERS)).containsInAnyOrder(new DeadLetter("bar-day",
        "DayKey[symbol=SPX, date=2024-01-06]", "2024-01-06 is not an NYSE trading day"));
    PAssert.that(series).containsInAnyOrder(point);
    Pipelines.assertNoJavaSerialization(pipeline);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aSnapshotBelongsToTheLatestSessionThatOpenedAtOrBeforeIt() {
    // Sunday download of Friday's quotes; Friday before the open; Friday after the open.
    assertThat(DailySeries.sessionDate(Instant.parse("2024-01-07T15:52:00Z"))).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(DailySeries.sessionDate(Instant.parse("2024-01-05T14:29:59Z"))).isEqualTo(LocalDate.of(2024, 1, 4));
    assertThat(DailySeries.sessionDate(Instant.parse("2024-01-05T14:30:00Z"))).isEqualTo(LocalDate.of(2024, 1, 5));
  }
}
