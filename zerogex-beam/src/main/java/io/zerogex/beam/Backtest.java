package io.zerogex.beam;

import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.LocalDate;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The backtest pipeline: stored chain snapshots and bars of a date range -> exposure snapshots,
 * daily realized volatility and the daily series (total GEX, zero gamma, walls, realized
 * volatility per underlying and session), written as JSON lines under an output prefix:
 * {@code daily-series*.jsonl}, {@code exposure*.jsonl}, {@code realized-volatility*.jsonl} and
 * {@code dead-letters*.jsonl}. Input here is Cboe CSV files and bar CSV files;
 * {@link BigQueryBacktest} reads the BigQuery tables instead. Snapshots are kept when their session date
 * ({@link DailySeries#sessionDate(Instant)}) lies in {@code [from, to]}. Stateless.
 */
public final class Backtest {

  private Backtest() {
  }

  /**
   * Adds the backtest over Cboe CSV files to {@code pipeline}.
   *
   * @param pipeline the pipeline (its options choose the runner)
   * @param from first session date, inclusive
   * @param to last session date, inclusive
   * @param chainFiles pattern of the Cboe CSV files, one snapshot per file
   * @param barFiles pattern of bar CSV files ({@link BarCsvLines#HEADER}), or null for none
   * @param output output prefix, a directory ending in a separator or a file name prefix
   * @param config supplies the exposure config
   */
  public static void fromFiles(Pipeline pipeline, LocalDate from, LocalDate to, String chainFiles, String barFiles,
      String output, ExposureConfigSource config) {
    checkRange(from, to);
    PCollectionTuple files = pipeline.apply("ReadChains", ReadCboeFiles.from(chainFiles));
    PCollectionTuple bars = barFiles == null
        ? PCollectionTuple.of(BarCsvLines.BARS, pipeline.apply("NoBars", Create.empty(PriceBarCoder.of())))
            .and(BarCsvLines.DEAD_LETTERS, pipeline.apply("NoBarLetters", Create.empty(DeadLetterCoder.of())))
        : pipeline.apply("ReadBars", TextIO.read().from(barFiles)).apply(BarCsvLines.parse());
    run(files.get(ReadCboeFiles.ROWS), bars.get(BarCsvLines.BARS),
        PCollectionList.of(files.get(ReadCboeFiles.DEAD_LETTERS)).and(bars.get(BarCsvLines.DEAD_LETTERS)),
        from, to, output, config);
  }

  static PCollectionTuple run(PCollection<OptionQuoteRow> rows, PCollection<PriceBar> bars,
      PCollectionList<DeadLetter> inputLetters, LocalDate from, LocalDate to, String output,
      ExposureConfigSource config) {
    PCollectionTuple exposure = rows.apply(ChainsToExposure.of(config));
    PCollection<ExposureSnapshot> snapshots = exposure.get(ChainsToExposure.SNAPSHOTS)
        .apply("InRange", Filter.by(s -> inRange(DailySeries.sessionDate(s.asOf()), from, to)))
        .setCoder(ExposureSnapshotCoder.of());
    PCollectionTuple volatility = bars.apply(DailyRealizedVolatility.perDay());
    PCollection<RealizedVolatilityReading> readings = volatility.get(DailyRealizedVolatility.READINGS)
        .apply("ReadingsInRange", Filter.by(r -> inRange(r.session().date(), from, to)))
        .setCoder(RealizedVolatilityReadingCoder.of());
    PCollectionTuple joined = PCollectionTuple.of(DailySeries.SNAPSHOTS, snapshots).and(DailySeries.READINGS, readings);
    joined.apply(DailySeries.of()).apply("SeriesJson", JsonLines.format((DailyExposure p) -> JsonLines.of(p)))
        .apply("WriteSeries", TextIO.write().to(output + "daily-series").withSuffix(".jsonl").withoutSharding());
    snapshots.apply("ExposureJson", JsonLines.format((ExposureSnapshot s) -> JsonLines.of(s)))
        .apply("WriteExposure", TextIO.write().to(output + "exposure").withSuffix(".jsonl"));
    readings.apply("ReadingJson", JsonLines.format((RealizedVolatilityReading r) ->
            JsonLines.of(r)))
        .apply("WriteReadings", TextIO.write().to(output + "realized-volatility").withSuffix(".jsonl"));
    inputLetters.and(exposure.get(ChainsToExposure.DEAD_LETTERS))
        .and(volatility.get(DailyRealizedVolatility.DEAD_LETTERS))
        .apply("DeadLetters", Flatten.pCollections())
        .apply("DeadLetterJson", JsonLines.format((DeadLetter d) -> JsonLines.of(d)))
        .apply("WriteDeadLetters", TextIO.write().to(output + "dead-letters").withSuffix(".jsonl").withoutSharding());
    return joined;
  }

  private static boolean inRange(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  static void checkRange(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from, got from " + from + " and to " + to);
    }
  }
}
