package io.zerogex.beam;

import com.google.api.services.bigquery.model.TableFieldSchema;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableRow;
import com.google.api.services.bigquery.model.TableSchema;
import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.FieldList;
import com.google.cloud.bigquery.Schema;
import com.google.cloud.bigquery.TableId;
import io.zerogex.bigquery.BigQueryStoreConfig;
import io.zerogex.bigquery.StoreRows;
import io.zerogex.bigquery.StoreTables;
import io.zerogex.bigquery.TableSpec;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO.TypedRead;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO.Write;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * The pipeline's BigQuery I/O over the tables of {@code zerogex-bigquery} ({@link StoreTables}:
 * same projects, datasets, names and schemas): chains and bars read with the Storage Read API
 * ({@code DIRECT_READ}) restricted to an as-of range, exposure snapshots and realized volatility
 * readings written with the Storage Write API into the existing tables (created beforehand by
 * {@code zerogex-bigquery}'s provisioner; {@code CREATE_NEVER}). The Storage Read API reads tables,
 * not views, so a row written twice by a retried write is read twice: {@link ChainsToExposure}
 * counts identical rows once. This class is immutable and thread-safe.
 */
public final class BigQueryTables {

  /** The columns every writer adds: the write's clock and id, which the de-duplicating views use. */
  private static final List<String> WRITE_COLUMNS = List.of("written_at", "write_id");

  private final StoreTables tables;

  private BigQueryTables(StoreTables tables) {
    this.tables = tables;
  }

  /**
   * The tables of a store configuration (project and datasets; its credentials are not used: the
   * runner's credentials are).
   *
   * @param config the store configuration
   * @return the tables
   */
  public static BigQueryTables of(BigQueryStoreConfig config) {
    return new BigQueryTables(new StoreTables(Arguments.notNull(config, "config")));
  }

  /** {@return the store's table definitions} */
  public StoreTables tables() {
    return tables;
  }

  /**
   * The Storage Read API row restriction selecting {@code column} in {@code [from, to)}.
   *
   * @param column a TIMESTAMP column
   * @param from first instant, inclusive
   * @param to last instant, exclusive
   * @return the restriction, e.g. {@code as_of >= CAST('2024-01-01T00:00:00Z' AS TIMESTAMP) AND ...}
   */
  public static String restriction(String column, Instant from, Instant to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, got from " + from + " and to " + to);
    }
    return column + " >= CAST('" + from + "' AS TIMESTAMP) AND " + column + " < CAST('" + to + "' AS TIMESTAMP)";
  }

  /**
   * The columns read from a table: all but the writers' {@code written_at} and {@code write_id}.
   *
   * @param spec the table
   * @return the column names in schema order
   */
  public static List<String> readColumns(TableSpec spec) {
    List<String> columns = new ArrayList<>();
    for (Field field : spec.schema().getFields()) {
      if (!WRITE_COLUMNS.contains(field.getName())) {
        columns.add(field.getName());
      }
    }
    return columns;
  }

  /**
   * Reads the {@code option_chain_snapshot} rows with {@code as_of} in {@code [from, to)}; parse
   * them with {@link TableRowsToQuoteRows}.
   *
   * @param from first as-of, inclusive
   * @param to last as-of, exclusive
   * @return the read
   */
  public TypedRead<TableRow> readChains(Instant from, Instant to) {
    return read(tables.chains(), restriction(tables.chains().partitionColumn(), from, to));
  }

  /**
   * Reads the {@code index_price_snapshot} bars starting in {@code [from, to)}; parse them with
   * {@link TableRowsToBars}.
   *
   * @param from first bar start, inclusive
   * @param to last bar start, exclusive
   * @return the read
   */
  public TypedRead<TableRow> readBars(Instant from, Instant to) {
    return read(tables.bars(), restriction(tables.bars().partitionColumn(), from, to));
  }

  /**
   * Appends exposure snapshots to {@code gamma_exposure} with the Storage Write API.
   *
   * @param writeId the id stored in {@code write_id}, e.g. the job name
   * @param writtenAt the instant stored in {@code written_at} (the caller's clock)
   * @return the write
   */
  public Write<ExposureSnapshot> writeExposures(String writeId, Instant writtenAt) {
    return write(tables.exposures(), new ExposureRow(Arguments.notBlank(writeId, "writeId"),
        Arguments.notNull(writtenAt, "writtenAt")));
  }

  /**
   * Appends realized volatility readings to {@code realized_volatility} with the Storage Write API.
   *
   * @param writeId the id stored in {@code write_id}
   * @param writtenAt the instant stored in {@code written_at}
   * @return the write
   */
  public Write<RealizedVolatilityReading> writeReadings(String writeId, Instant writtenAt) {
    return write(tables.readings(), new ReadingRow(Arguments.notBlank(writeId, "writeId"),
        Arguments.notNull(writtenAt, "writtenAt")));
  }

  /**
   * The Beam (JSON API) form of a store schema: same names, legacy type names, modes and nested
   * fields.
   *
   * @param schema a schema of {@link StoreTables}
   * @return the table schema
   */
  public static TableSchema schema(Schema schema) {
    return new TableSchema().setFields(fields(schema.getFields()));
  }

  /**
   * The table reference of a table id.
   *
   * @param table the table id
   * @return the reference
   */
  public static TableReference reference(TableId table) {
    return new TableReference().setProjectId(table.getProject()).setDatasetId(table.getDataset())
        .setTableId(table.getTable());
  }

  /**
   * The Storage Write API row of a store row: the column map plus the write columns; nested
   * records become {@link TableRow}s.
   *
   * @param row a row of {@link StoreRows}
   * @param writeId the write id
   * @param writtenAt the write instant
   * @return the table row
   */
  public static TableRow tableRow(Map<String, Object> row, String writeId, Instant writtenAt) {
    TableRow out = toTableRow(row);
    out.set("written_at", writtenAt.toString());
    out.set("write_id", writeId);
    return out;
  }

  private static TypedRead<TableRow> read(TableSpec spec, String restriction) {
    return BigQueryIO.readTableRows()
        .from(reference(spec.table()))
        .withMethod(TypedRead.Method.DIRECT_READ)
        .withRowRestriction(restriction)
        .withSelectedFields(readColumns(spec));
  }

  private static <T> Write<T> write(TableSpec spec, SerializableFunction<T, TableRow> format) {
    return BigQueryIO.<T>write()
        .to(reference(spec.table()))
        .withSchema(schema(spec.schema()))
        .withFormatFunction(format)
        .withMethod(Write.Method.STORAGE_WRITE_API)
        .withCreateDisposition(Write.CreateDisposition.CREATE_NEVER)
        .withWriteDisposition(Write.WriteDisposition.WRITE_APPEND);
  }

  private static List<TableFieldSchema> fields(FieldList fields) {
    List<TableFieldSchema> out = new ArrayList<>(fields.size());
    for (Field field : fields) {
      TableFieldSchema f = new TableFieldSchema().setName(field.getName()).setType(field.getType().name())
          .setMode(field.getMode() == null ? "NULLABLE" : field.getMode().name());
      if (field.getSubFields() != null) {
        f.setFields(fields(field.getSubFields()));
      }
      out.add(f);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static TableRow toTableRow(Map<String, Object> row) {
    TableRow out = new TableRow();
    for (Map.Entry<String, Object> e : row.entrySet()) {
      Object value = e.getValue();
      if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
        List<TableRow> records = new ArrayList<>(list.size());
        for (Object item : list) {
          records.add(toTableRow((Map<String, Object>) item));
        }
        value = records;
      }
      out.set(e.getKey(), value);
    }
    return out;
  }

  /** The format function of exposure snapshots. */
  private record ExposureRow(String writeId, Instant writtenAt) implements SerializableFunction<ExposureSnapshot, TableRow> {
    @Override
    public TableRow apply(ExposureSnapshot snapshot) {
      return tableRow(StoreRows.exposure(snapshot), writeId, writtenAt);
    }
  }

  /** The format function of realized volatility readings. */
  private record ReadingRow(String writeId, Instant writtenAt)
      implements SerializableFunction<RealizedVolatilityReading, TableRow> {
    @Override
    public TableRow apply(RealizedVolatilityReading reading) {
      return tableRow(StoreRows.reading(reading), writeId, writtenAt);
    }
  }
}
