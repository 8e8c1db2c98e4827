package io.zerogex.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.bigquery.model.TableRow;
import com.google.api.services.bigquery.model.TableSchema;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import io.zerogex.bigquery.BigQueryStoreConfig;
import io.zerogex.bigquery.StoreRows;
import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.support.CboeQuoteTable;
import io.zerogex.core.volatility.IntradayRealizedVolatility;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO;
import org.apache.beam.sdk.io.gcp.bigquery.TableRowJsonCoder;
import org.apache.beam.sdk.io.gcp.bigquery.TableRowToStorageApiProto;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * The BigQuery wiring as far as it can be checked without a project: the reads and writes name the
 * store's tables, methods, restriction and columns; the rows written convert into Storage Write API
 * messages of the store's schemas with Beam's own converter; table rows in the form BigQueryIO
 * reads them parse back into the same chain and its snapshot, bad cells into dead letters. Nothing
 * here talks to BigQuery.
 */
class BigQueryTablesTest {

  private static final BigQueryTables TABLES = BigQueryTables.of(BigQueryStoreConfig.builder("research-project")
      .datasets("options", "market_data", "analytics").build());
  private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2024-02-01T00:00:00Z");

  @Test
  void readsUseTheStorageReadApiOnTheStoreTablesWithTheDateRange() {
    BigQueryIO.TypedRead<TableRow> chains = TABLES.readChains(FROM, TO);
    assertThat(chains.getMethod()).isEqualTo(BigQueryIO.TypedRead.Method.DIRECT_READ);
    assertThat(chains.getTable().getProjectId()).isEqualTo("research-project");
    assertThat(chains.getTable().getDatasetId()).isEqualTo("options");
    assertThat(chains.getTable().getTableId()).isEqualTo("option_chain_snapshot");
    assertThat(TABLES.readBars(FROM, TO).getTable().getTableId()).isEqualTo("index_price_snapshot");
    assertThat(BigQueryTables.restriction("as_of", FROM, TO)).isEqualTo(
        "as_of >= CAST('2024-01-01T00:00:00Z' AS TIMESTAMP) AND as_of < CAST('2024-02-01T00:00:00Z' AS TIMESTAMP)");
    assertThat(BigQueryTables.readColumns(TABLES.tables().chains())).startsWith("underlying", "as_of", "spot",
        "contract_symbol").doesNotContain("written_at", "write_id").hasSize(22);
  }

  @Test
  void writesUseTheStorageWriteApiAndTheirRowsFitTheStoreSchemas() throws Exception {
    BigQueryIO.Write<ExposureSnapshot> write = TABLES.writeExposures("backtest-1", Instant.EPOCH);
    assertThat(write.getMethod()).isEqualTo(BigQueryIO.Write.Method.STORAGE_WRITE_API);
    assertThat(write.getTable().get().getDatasetId()).isEqualTo("analytics");
    assertThat(write.getTable().get().getTableId()).isEqualTo("gamma_exposure");
    assertThat(TABLES.writeReadings("backtest-1", Instant.EPOCH).getTable().get().getTableId())
        .isEqualTo("realized_volatility");

    ExposureSnapshot snapshot = ExposureSnapshot.of(ExposureCalculator.of(ExposureConfig.defaults())
        .compute(CboeQuoteTable.read(Pipelines.resource("chains/spx-2024-01-05.csv"))));
    Instant writtenAt = Instant.parse("2026-11-22T06:00:00Z");
    TableRow row = BigQueryTables.tableRow(StoreRows.exposure(snapshot), "backtest-1", writtenAt);
    DynamicMessage message = message(BigQueryTables.schema(TABLES.tables().exposures().schema()), row);
    assertThat(message.getField(message.getDescriptorForType().findFieldByName("net_gamma")))
        .isEqualTo(snapshot.netGamma());
    assertThat(message.getRepeatedFieldCount(message.getDescriptorForType().findFieldByName("by_strike")))
        .isEqualTo(snapshot.byStrike().size());
    assertThat(message.getField(message.getDescriptorForType().findFieldByName("write_id"))).isEqualTo("backtest-1");

    List<PriceBar> bars = new ArrayList<>();
    for (int i = 0; i < 78; i++) {
      bars.add(new PriceBar("SPX", Instant.parse("2024-01-05T14:30:00Z").plus(Duration.ofMinutes(5L * i)),
          Duration.ofMinutes(5), 4700 + i, 4701 + i, 4699 + i, 4700.5 + i, 0));
    }
    RealizedVolatilityReading reading = IntradayRealizedVolatility.of(TradingCalendar.nyse()).reading("SPX",
        DailyRealizedVolatility.samples(bars), Instant.parse("2024-01-05T21:00:00Z"), RealizedVolatilityWindow.ONE_DAY);
    DynamicMessage readingMessage = message(BigQueryTables.schema(TABLES.tables().readings().schema()),
        BigQueryTables.tableRow(StoreRows.reading(reading), "backtest-1", writtenAt));
    assertThat(readingMessage.getField(readingMessage.getDescriptorForType().findFieldByName("annualized_volatility")))
        .isEqualTo(reading.annualizedVolatility().getAsDouble());
  }

  @Test
  void tableRowsParseIntoTheSameSnapshotAndBadCellsIntoDeadLetters() {
    OptionChain chain = CboeQuoteTable.read(Pipelines.resource("chains/ndx-2022-02-04.csv"));
    // The rows as BigQueryIO's Storage Read API path gives them: INT64 as text, TIMESTAMP as
    // "yyyy-MM-dd HH:mm:ss.ffffff UTC", FLOAT64 as Double.
    List<TableRow> rows = new ArrayList<>();
    for (Map<String, Object> stored : StoreRows.chain(chain)) {
      TableRow row = new TableRow();
      stored.forEach((column, value) -> row.set(column, value instanceof Long || value instanceof Integer
          ? value.toString() : value));
      row.set("as_of", "2022-02-06 01:26:00.000000 UTC");
      rows.add(row);
    }
    TableRow bad = rows.get(1).clone().set("strike", "11000,0");
    TableRow badTime = rows.get(2).clone().set("as_of", "yesterday");
    rows.add(bad);
    rows.add(badTime);
    ExposureSnapshot expected = ExposureSnapshot.of(ExposureCalculator.of(ExposureConfig.defaults())
        .compute(ChainsToExposure.canonical(chain)));

    Pipeline pipeline = Pipelines.direct();
    PCollectionTuple parsed = pipeline.apply(Create.of(rows).withCoder(TableRowJsonCoder.of()))
        .apply(TableRowsToQuoteRows.parse());
    PCollectionTuple exposure = parsed.get(TableRowsToQuoteRows.ROWS).apply(ChainsToExposure.of(ExposureConfig::defaults));
    PAssert.that(exposure.get(ChainsToExposure.SNAPSHOTS)).containsInAnyOrder(expected);
    PAssert.that(exposure.get(ChainsToExposure.DEAD_LETTERS)).empty();
    PAssert.that(parsed.get(TableRowsToQuoteRows.DEAD_LETTERS)).satisfies(letters -> {
      assertThat(letters).extracting(DeadLetter::reason).containsExactlyInAnyOrder(
          "column strike '11000,0' is not a number", "column as_of 'yesterday' is not a timestamp");
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  private static DynamicMessage message(TableSchema schema, TableRow row) throws Exception {
    Descriptor descriptor = TableRowToStorageApiProto.getDescriptorFromTableSchema(schema, true, false);
    return TableRowToStorageApiProto.messageFromTableRow(TableRowToStorageApiProto.SchemaInformation
            .fromTableSchema(TableRowToStorageApiProto.schemaToProtoTableSchema(schema)), descriptor, row, false, false,
        null, null, -1L);
  }
}
