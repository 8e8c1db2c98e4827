package io.zerogex.beam;

import io.zerogex.core.calendar.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The {@link Backtest} over the BigQuery tables of {@code zerogex-bigquery}: chains and bars read
 * with the Storage Read API, the same JSON lines out, and optionally the snapshots and readings
 * appended with the Storage Write API. Needs {@code beam-sdks-java-io-google-cloud-platform} on the
 * classpath (an optional dependency of this module; the Dataflow runner brings it). Stateless.
 */
public final class BigQueryBacktest {

  private BigQueryBacktest() {
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
  public static void add(Pipeline pipeline, BigQueryTables tables, LocalDate from, LocalDate to,
      String output, ExposureConfigSource config, String writeId, Instant writtenAt) {
    Backtest.checkRange(from, to);
    Instant start = from.atStartOfDay(TradingCalendar.NEW_YORK).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(TradingCalendar.NEW_YORK).toInstant();
    PCollectionTuple chains = pipeline.apply("ReadChains", tables.readChains(start, end))
        .apply(TableRowsToQuoteRows.parse());
    PCollectionTuple bars = pipeline.apply("ReadBars", tables.readBars(start, end)).apply(TableRowsToBars.parse());
    PCollectionTuple results = Backtest.run(chains.get(TableRowsToQuoteRows.ROWS), bars.get(TableRowsToBars.BARS),
        PCollectionList.of(chains.get(TableRowsToQuoteRows.DEAD_LETTERS)).and(bars.get(TableRowsToBars.DEAD_LETTERS)),
        from, to, output, config);
    if (writeId != null) {
      results.get(DailySeries.SNAPSHOTS).apply("WriteExposures", tables.writeExposures(writeId, writtenAt));
      results.get(DailySeries.READINGS).apply("WriteReadings", tables.writeReadings(writeId, writtenAt));
    }
  }
}
