package io.zerogex.bigquery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryOptions;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.QueryParameterValue;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteClient;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.StoredValues;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link SnapshotStore} on BigQuery, keeping the original system's tables
 * ({@code options.option_chain_snapshot}, {@code market_data.index_price_snapshot},
 * {@code analytics.realized_volatility}, {@code analytics.gamma_exposure}; see {@link StoreTables}).
 *
 * <p>Writes follow the configuration's {@link WriteMode}: by default each write is one load job with
 * a deterministic id ({@link LoadJobWriter}): free, atomic, and a retried write never duplicates;
 * with {@link WriteMode#STORAGE_WRITE_API} rows are appended to each table's default stream
 * ({@link StorageWriteApiWriter}): visible at once, at least once. Tables are append-only; the
 * upsert semantics of the SPI come from a de-duplicating view per table that keeps the latest write
 * per key, which also hides rows an at-least-once append stored twice. Reads are parameterized
 * standard SQL against those views. Thread-safe.
 *
 * <p>Known differences from the SPI, all from BigQuery's semantics: with the Storage Write API a
 * write of more than 5,000 rows (one append) becomes visible append by
 * append; the {@code latest*} reads and {@link #underlyings()} scan every partition of their table.
 */
public final class BigQuerySnapshotStore implements SnapshotStore {

  private static final Instant ALL_TIME = Instant.parse("0001-01-01T00:00:00Z");
  private static final Comparator<RealizedVolatilityReading> READING_ORDER =
      Comparator.comparing(RealizedVolatilityReading::asOf).thenComparing(RealizedVolatilityReading::window);

  private final StoreTables tables;
  private final RowWriter writer;
  private final QueryRunner queries;

  private BigQuerySnapshotStore(BigQuery bigQuery, RowWriter writer, BigQueryStoreConfig config) {
    this.tables = new StoreTables(config);
    this.writer = writer;
    this.queries = new QueryRunner(bigQuery);
  }

  /**
   * Opens the store: builds the clients from the configuration (the Storage Write API client only
   * in that mode; the store closes it), then creates missing datasets, tables and views and adds
   * missing nullable columns to existing tables.
   *
   * @param clock the clock of the {@code written_at} column, which orders writes of one key
   * @throws io.zerogex.core.spi.StorageException if credentials cannot be loaded or a table cannot be created
   */
  public static BigQuerySnapshotStore open(BigQueryStoreConfig config, Clock clock) {
    Arguments.notNull(config, "config");
    Arguments.notNull(clock, "clock");
    BigQueryOptions.Builder options = BigQueryOptions.newBuilder()
        .setProjectId(config.projectId())
        .setLocation(config.location())
        .setCredentials(config.credentials().load());
    config.host().ifPresent(options::setHost);
    return open(options.build().getService(), config, clock);
  }

  /**
   * Opens the store on a BigQuery client built elsewhere; in {@link WriteMode#STORAGE_WRITE_API}
   * mode the store builds and owns its Storage Write API client from the configuration.
   * Provisioning as {@link #open(BigQueryStoreConfig, Clock)}.
   */
  public static BigQuerySnapshotStore open(BigQuery bigQuery, BigQueryStoreConfig config, Clock clock) {
    Arguments.notNull(bigQuery, "bigQuery");
    Arguments.notNull(config, "config");
    Arguments.notNull(clock, "clock");
    WriteStamps stamps = new WriteStamps(clock, new ObjectMapper());
    RowWriter writer = config.writeMode() == WriteMode.LOAD_JOB
        ? new LoadJobWriter(bigQuery, new ObjectMapper(), stamps, new QueryRunner(bigQuery), config)
        : new StorageWriteApiWriter(StorageWriteApiWriter.client(config), true, stamps, config);
    return provisioned(bigQuery, writer, config);
  }

  /**
   * Opens a {@link WriteMode#STORAGE_WRITE_API} store on clients built elsewhere, e.g. pointed at
   * a test server; {@link #close()} leaves {@code writeClient} open. Provisioning as
   * {@link #open(BigQueryStoreConfig, Clock)}.
   *
   * @throws IllegalArgumentException if the configuration's write mode is not STORAGE_WRITE_API
   */
  public static BigQuerySnapshotStore open(BigQuery bigQuery, BigQueryWriteClient writeClient, BigQueryStoreConfig config,
      Clock clock) {
    Arguments.notNull(bigQuery, "bigQuery");
    Arguments.notNull(writeClient, "writeClient");
    Arguments.notNull(config, "config");
    Arguments.notNull(clock, "clock");
    if (config.writeMode() != WriteMode.STORAGE_WRITE_API) {
      throw new IllegalArgumentException("writeClient needs config.writeMode STORAGE_WRITE_API, got " + config.writeMode());
    }
    WriteStamps stamps = new WriteStamps(clock, new ObjectMapper());
    return provisioned(bigQuery, new StorageWriteApiWriter(writeClient, false, stamps, config), config);
  }

  private static BigQuerySnapshotStore provisioned(BigQuery bigQuery, RowWriter writer, BigQueryStoreConfig config) {
    BigQuerySnapshotStore store = new BigQuerySnapshotStore(bigQuery, writer, config);
    try {
      new TableProvisioner(bigQuery, config.location()).provision(store.tables.all());
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
    return store;
  }

  /** The tables this store writes. */
  public StoreTables tables() {
    return tables;
  }

  @Override
  public void writeChain(OptionChain chain) {
    writer.write(tables.chains(), Rows.chain(StoredValues.chain(chain)));
  }

  @Override
  public void writeBars(List<PriceBar> bars) {
    List<PriceBar> stored = StoredValues.bars(bars);
    if (!stored.isEmpty()) {
      writer.write(tables.bars(), Rows.bars(stored));
    }
  }

  @Override
  public void writeExposure(ExposureReport report) {
    writer.write(tables.exposures(), List.of(ExposureRows.row(StoredValues.exposure(report))));
  }

  @Override
  public Optional<ExposureSnapshot> latestExposure(String underlying) {
    String name = StoredValues.underlying(underlying);
    Optional<Instant> latest = latest("latest_exposure_time", "SELECT MAX(as_of) AS latest FROM "
        + table(tables.exposures()) + " WHERE underlying = @underlying AND as_of >= @from",
        Map.of("underlying", QueryRunner.string(name), "from", QueryRunner.timestamp(ALL_TIME)));
    return latest.flatMap(asOf -> exposures(name, asOf, asOf.plus(1, ChronoUnit.MICROS)).stream().findFirst());
  }

  @Override
  public List<ExposureSnapshot> exposures(String underlying, Instant fromInclusive, Instant toExclusive) {
    String name = StoredValues.underlying(underlying);
    StoredValues.range(fromInclusive, toExclusive);
    List<ExposureSnapshot> snapshots = new ArrayList<>();
    for (FieldValueList row : queries.rows("exposures", "SELECT * FROM "
        + quoted(tables.exposures().view().getTable(), tables.exposures())
        + " WHERE underlying = @underlying AND as_of >= @from AND as_of < @to ORDER BY as_of",
        Map.of("underlying", QueryRunner.string(name), "from", QueryRunner.timestamp(StoredValues.instant(fromInclusive)),
            "to", QueryRunner.timestamp(StoredValues.instant(toExclusive))))) {
      snapshots.add(ExposureRows.snapshot(row));
    }
    return List.copyOf(snapshots);
  }

  @Override
  public void writeRealizedVolatility(RealizedVolatilityReading reading) {
    writer.write(tables.readings(), List.of(Rows.reading(StoredValues.reading(reading))));
  }

  @Override
  public Optional<OptionChain> latestChain(String underlying) {
    String name = StoredValues.underlying(underlying);
    return latestChainTime(name).flatMap(asOf -> chain(name, asOf));
  }

  @Override
  public Optional<OptionChain> chain(String underlying, Instant asOf) {
    String name = StoredValues.underlying(underlying);
    Instant at = StoredValues.instant(asOf);
    List<FieldValueList> rows = queries.rows("chain_at", "SELECT * FROM " + quoted(tables.chains().view().getTable(), tables.chains())
        + " WHERE underlying = @underlying AND as_of = @as_of",
        Map.of("underlying", QueryRunner.string(name), "as_of", QueryRunner.timestamp(at)));
    Double spot = null;
    List<OptionQuote> quotes = new ArrayList<>(rows.size());
    for (FieldValueList row : rows) {
      OptionQuote quote = Rows.quote(row);
      if (quote == null) {
        spot = row.get("spot").getDoubleValue();
      } else {
        quotes.add(quote);
      }
    }
    if (spot == null) {
      return Optional.empty();
    }
    quotes.sort(Comparator.comparing(q -> q.contract().symbol()));
    return Optional.of(new OptionChain(name, spot, at, quotes));
  }

  @Override
  public List<Instant> chainTimes(String underlying, Instant fromInclusive, Instant toExclusive) {
    String name = StoredValues.underlying(underlying);
    StoredValues.range(fromInclusive, toExclusive);
    List<Instant> times = new ArrayList<>();
    for (FieldValueList row : queries.rows("chain_times", "SELECT DISTINCT as_of FROM " + table(tables.chains())
        + " WHERE underlying = @underlying AND as_of >= @from AND as_of < @to ORDER BY as_of",
        Map.of("underlying", QueryRunner.string(name), "from", QueryRunner.timestamp(StoredValues.instant(fromInclusive)),
            "to", QueryRunner.timestamp(StoredValues.instant(toExclusive))))) {
      times.add(Rows.instant(row.get("as_of")));
    }
    return List.copyOf(times);
  }

  @Override
  public Optional<Instant> latestChainTime(String underlying) {
    String name = StoredValues.underlying(underlying);
    return latest("latest_chain_time", "SELECT MAX(as_of) AS latest FROM " + table(tables.chains())
        + " WHERE underlying = @underlying AND as_of >= @from",
        Map.of("underlying", QueryRunner.string(name), "from", QueryRunner.timestamp(ALL_TIME)));
  }

  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant fromInclusive, Instant toExclusive) {
    String name = StoredValues.symbol(symbol);
    StoredValues.interval(interval);
    StoredValues.range(fromInclusive, toExclusive);
    List<PriceBar> bars = new ArrayList<>();
    for (FieldValueList row : queries.rows("bars", "SELECT * FROM " + quoted(tables.bars().view().getTable(), tables.bars())
        + " WHERE symbol = @symbol AND interval_nanos = @interval_nanos AND bar_start >= @from AND bar_start < @to"
        + " ORDER BY bar_start",
        Map.of("symbol", QueryRunner.string(name), "interval_nanos", QueryRunner.int64(interval.toNanos()),
            "from", QueryRunner.timestamp(StoredValues.instant(fromInclusive)),
            "to", QueryRunner.timestamp(StoredValues.instant(toExclusive))))) {
      bars.add(Rows.bar(row));
    }
    return List.copyOf(bars);
  }

  @Override
  public Optional<Instant> latestBarStart(String symbol, Duration interval) {
    String name = StoredValues.symbol(symbol);
    StoredValues.interval(interval);
    return latest("latest_bar_start", "SELECT MAX(bar_start) AS latest FROM " + table(tables.bars())
        + " WHERE symbol = @symbol AND interval_nanos = @interval_nanos AND bar_start >= @from",
        Map.of("symbol", QueryRunner.string(name), "interval_nanos", QueryRunner.int64(interval.toNanos()),
            "from", QueryRunner.timestamp(ALL_TIME)));
  }

  @Override
  public List<RealizedVolatilityReading> realizedVolatility(String symbol, Instant fromInclusive, Instant toExclusive) {
    String name = StoredValues.symbol(symbol);
    StoredValues.range(fromInclusive, toExclusive);
    List<RealizedVolatilityReading> readings = new ArrayList<>();
    for (FieldValueList row : queries.rows("readings", "SELECT * FROM "
        + quoted(tables.readings().view().getTable(), tables.readings())
        + " WHERE symbol = @symbol AND as_of >= @from AND as_of < @to",
        Map.of("symbol", QueryRunner.string(name), "from", QueryRunner.timestamp(StoredValues.instant(fromInclusive)),
            "to", QueryRunner.timestamp(StoredValues.instant(toExclusive))))) {
      readings.add(Rows.reading(row));
    }
    readings.sort(READING_ORDER);
    return List.copyOf(readings);
  }

  @Override
  public Set<String> underlyings() {
    Set<String> names = new HashSet<>();
    for (TableSpec spec : List.of(tables.chains(), tables.exposures())) {
      for (FieldValueList row : queries.rows("underlyings", "SELECT DISTINCT underlying FROM " + table(spec)
          + " WHERE as_of >= @from", Map.of("from", QueryRunner.timestamp(ALL_TIME)))) {
        names.add(row.get("underlying").getStringValue());
      }
    }
    return Set.copyOf(names);
  }

  /**
   * Closes the Storage Write API streams and the Storage Write API client the store built; the
   * BigQuery HTTP client holds no connection between calls.
   */
  @Override
  public void close() {
    writer.close();
  }

  private Optional<Instant> latest(String name, String sql, Map<String, QueryParameterValue> parameters) {
    List<FieldValueList> rows = queries.rows(name, sql, parameters);
    if (rows.isEmpty() || rows.get(0).get("latest").isNull()) {
      return Optional.empty();
    }
    return Optional.of(Rows.instant(rows.get(0).get("latest")));
  }

  private static String table(TableSpec spec) {
    return quoted(spec.table().getTable(), spec);
  }

  private static String quoted(String table, TableSpec spec) {
    return "`" + spec.table().getProject() + "." + spec.table().getDataset() + "." + table + "`";
  }
}
