package io.zerogex.bigquery;

import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.FieldList;
import com.google.cloud.bigquery.Schema;
import com.google.cloud.bigquery.StandardSQLTypeName;
import com.google.cloud.bigquery.TableId;
import io.zerogex.core.model.Arguments;
import java.util.List;

/**
 * The explicit schemas of the store's tables, named as in the original system.
 *
 * <p>Every table carries {@code written_at} (the writer's clock) and {@code write_id} (the load
 * job id) so that its view keeps only the latest write per key. A chain write stores one row per
 * quote plus one row with a null {@code contract_symbol} carrying the chain's spot, so a chain
 * without quotes is still stored and one load job holds the whole chain. This class is immutable
 * and thread-safe.
 */
public final class StoreTables {

  private final TableSpec chains;
  private final TableSpec bars;
  private final TableSpec readings;
  private final TableSpec exposures;

  /** The tables of the configuration's project and datasets. */
  public StoreTables(BigQueryStoreConfig config) {
    Arguments.notNull(config, "config");
    String project = config.projectId();
    chains = new TableSpec(TableId.of(project, config.optionsDataset(), "option_chain_snapshot"), chainSchema(),
        "as_of", List.of("underlying", "expiration"), true, List.of("underlying", "as_of", "contract_symbol"));
    bars = new TableSpec(TableId.of(project, config.marketDataDataset(), "index_price_snapshot"), barSchema(),
        "bar_start", List.of("symbol", "interval_nanos"), true, List.of("symbol", "bar_start", "interval_nanos"));
    readings = new TableSpec(TableId.of(project, config.analyticsDataset(), "realized_volatility"), readingSchema(),
        "as_of", List.of("symbol", "time_window"), false, List.of("symbol", "as_of", "time_window"));
    exposures = new TableSpec(TableId.of(project, config.analyticsDataset(), "gamma_exposure"), ExposureRows.schema(),
        "as_of", List.of("underlying"), false, List.of("underlying", "as_of"));
  }

  /** {@code options.option_chain_snapshot}: one row per quote and one spot row per chain write. */
  public TableSpec chains() {
    return chains;
  }

  /** {@code market_data.index_price_snapshot}: one row per price bar. */
  public TableSpec bars() {
    return bars;
  }

  /** {@code analytics.realized_volatility}: one row per reading, data issues as a repeated record. */
  public TableSpec readings() {
    return readings;
  }

  /** {@code analytics.gamma_exposure}: one row per exposure snapshot, its tables as repeated records. */
  public TableSpec exposures() {
    return exposures;
  }

  /** All tables, in creation order. */
  public List<TableSpec> all() {
    return List.of(chains, bars, readings, exposures);
  }

  static Field required(String name, StandardSQLTypeName type) {
    return Field.newBuilder(name, type).setMode(Field.Mode.REQUIRED).build();
  }

  static Field nullable(String name, StandardSQLTypeName type) {
    return Field.newBuilder(name, type).setMode(Field.Mode.NULLABLE).build();
  }

  private static Schema chainSchema() {
    return Schema.of(
        required("underlying", StandardSQLTypeName.STRING),
        required("as_of", StandardSQLTypeName.TIMESTAMP),
        required("spot", StandardSQLTypeName.FLOAT64),
        nullable("contract_symbol", StandardSQLTypeName.STRING),
        nullable("contract_underlying", StandardSQLTypeName.STRING),
        nullable("root", StandardSQLTypeName.STRING),
        nullable("expiration", StandardSQLTypeName.DATE),
        nullable("strike", StandardSQLTypeName.FLOAT64),
        nullable("option_right", StandardSQLTypeName.STRING),
        nullable("multiplier", StandardSQLTypeName.INT64),
        nullable("settlement", StandardSQLTypeName.STRING),
        nullable("bid", StandardSQLTypeName.FLOAT64),
        nullable("ask", StandardSQLTypeName.FLOAT64),
        nullable("last", StandardSQLTypeName.FLOAT64),
        nullable("volume", StandardSQLTypeName.INT64),
        nullable("open_interest", StandardSQLTypeName.INT64),
        nullable("implied_volatility", StandardSQLTypeName.FLOAT64),
        nullable("delta", StandardSQLTypeName.FLOAT64),
        nullable("gamma", StandardSQLTypeName.FLOAT64),
        nullable("vega", StandardSQLTypeName.FLOAT64),
        nullable("theta", StandardSQLTypeName.FLOAT64),
        nullable("rho", StandardSQLTypeName.FLOAT64),
        required("written_at", StandardSQLTypeName.TIMESTAMP),
        required("write_id", StandardSQLTypeName.STRING));
  }

  private static Schema barSchema() {
    return Schema.of(
        required("symbol", StandardSQLTypeName.STRING),
        required("bar_start", StandardSQLTypeName.TIMESTAMP),
        required("interval_nanos", StandardSQLTypeName.INT64),
        required("open", StandardSQLTypeName.FLOAT64),
        required("high", StandardSQLTypeName.FLOAT64),
        required("low", StandardSQLTypeName.FLOAT64),
        required("close", StandardSQLTypeName.FLOAT64),
        required("volume", StandardSQLTypeName.INT64),
        required("written_at", StandardSQLTypeName.TIMESTAMP),
        required("write_id", StandardSQLTypeName.STRING));
  }

  private static Schema readingSchema() {
    Field issues = Field.newBuilder("issues", StandardSQLTypeName.STRUCT, FieldList.of(
            required("kind", StandardSQLTypeName.STRING),
            required("at", StandardSQLTypeName.TIMESTAMP),
            required("count", StandardSQLTypeName.INT64),
            required("detail", StandardSQLTypeName.STRING)))
        .setMode(Field.Mode.REPEATED).build();
    return Schema.of(
        required("symbol", StandardSQLTypeName.STRING),
        required("as_of", StandardSQLTypeName.TIMESTAMP),
        required("time_window", StandardSQLTypeName.STRING),
        required("session_date", StandardSQLTypeName.DATE),
        required("session_open", StandardSQLTypeName.TIMESTAMP),
        required("session_close", StandardSQLTypeName.TIMESTAMP),
        required("early_close", StandardSQLTypeName.BOOL),
        required("window_start", StandardSQLTypeName.TIMESTAMP),
        required("window_end", StandardSQLTypeName.TIMESTAMP),
        nullable("annualized_volatility", StandardSQLTypeName.FLOAT64),
        required("returns_used", StandardSQLTypeName.INT64),
        required("slots_covered", StandardSQLTypeName.INT64),
        required("expected_returns", StandardSQLTypeName.INT64),
        issues,
        required("written_at", StandardSQLTypeName.TIMESTAMP),
        required("write_id", StandardSQLTypeName.STRING));
  }
}
