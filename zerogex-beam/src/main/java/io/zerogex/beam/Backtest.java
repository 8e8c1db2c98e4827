package io.zerogex.beam;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.Instant;
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
 * {@code dead-letters*.jsonl}. Input is either Cboe CSV files and bar CSV files, or the BigQuery
 * tables of {@code zerogex-bigquery}; with BigQuery the snapshots and readings can also be written
 * back with the Storage Write API. Snapshots are kept when their session date
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

  /**
   * Adds the backtest over the BigQuery tables to {@code pipeline}: Storage Read API in, JSON lines
   * out, and, when {@code writeId} is not null, snapshots and readings appended with the Storage
   * Write API.
   *
   * @param pipeline the pipeline
   * @param tables the store's tables
   * @param from first session date, inclusive
   * @param to last session date, inclusive
   * @param output output prefix of the JSON lines
   * @param config supplies the exposure config
   * @param writeId the {@code write_id} of rows written back, or null to write nothing to BigQuery
   * @param writtenAt the {@code written_at} of rows written back
   */
  public static void fromBigQuery(Pipeline pipeline, BigQueryTables tables, LocalDate from, LocalDate to,
      String output, ExposureConfigSource config, String writeId, Instant writtenAt) {
    checkRange(from, to);
    Instant start = from.atStartOfDay(TradingCalendar.NEW_YORK).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(TradingCalendar.NEW_YORK).toInstant();
    PCollectionTuple chains = pipeline.apply("ReadChains", tables.readChains(start, end))
        .apply(TableRowsToQuoteRows.parse());
    PCollectionTuple bars = pipeline.apply("ReadBars", tables.readBars(start, end)).apply(TableRowsToBars.parse());
    PCollectionTuple results = run(chains.get(TableRowsToQuoteRows.ROWS), bars.get(TableRowsToBars.BARS),
        PCollectionList.of(chains.get(TableRowsToQuoteRows.DEAD_LETTERS)).and(bars.get(TableRowsToBars.DEAD_LETTERS)),
        from, to, output, config);
    if (writeId != null) {
      results.get(DailySeries.SNAPSHOTS).apply("WriteExposures", tables.writeExposures(writeId, writtenAt));
      results.get(DailySeries.READINGS).apply("WriteReadings", tables.writeReadings(writeId, writtenAt));
    }
  }

  private static PCollectionTuple run(PCollection<OptionQuoteRow> rows, PCollection<PriceBar> bars,
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

  private static void checkRange(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from, got from " + from + " and to " + to);
    }
  }
}
