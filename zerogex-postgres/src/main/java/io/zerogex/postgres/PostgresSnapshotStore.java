package io.zerogex.postgres;

import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.StorageException;
import io.zerogex.core.spi.StoredValues;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SnapshotStore} in PostgreSQL (TimescaleDB hypertables when the extension is there,
 * native time partitions otherwise), with the SPI's exact semantics.
 *
 * <p>Wiring is one line: {@code PostgresSnapshotStore.create(dataSource, PostgresStoreConfig.defaults())}
 * runs the Flyway migrations of the configured schema and returns a ready store. The data source
 * stays the caller's (a pool such as HikariCP in production): {@link #close()} does not close it.
 *
 * <p>A chain write is a {@code COPY} of every quote into a temporary staging table and one
 * {@code INSERT ... SELECT ... ON CONFLICT DO UPDATE} merge, in one transaction with the chain's
 * spot, so nothing partial is ever visible. Chain reads run in one repeatable-read transaction, so
 * spot and quotes come from one snapshot. Every operation that fails because the connection was
 * lost (SQLState class 08, or 57P01-57P03 when the server terminated the backend) is retried once
 * on a new connection: writes are idempotent and atomic, so a retry cannot duplicate or half-apply
 * anything. Other failures throw {@link StorageException} with the SQL error as cause.
 *
 * <p>This class is thread-safe; each call borrows its own connection from the data source.
 */
public final class PostgresSnapshotStore implements SnapshotStore {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresSnapshotStore.class);
  private static final int ATTEMPTS = 2;

  private final Jdbi jdbi;
  private final PostgresStoreConfig config;
  private final Partitions partitions;
  private final ChainWrites chainWrites;
  private final ChainReads chainReads;
  private final BarStatements barStatements;
  private final ReadingStatements readingStatements;
  private final ExposureStatements exposureStatements;

  private PostgresSnapshotStore(Jdbi jdbi, PostgresStoreConfig config) {
    this.jdbi = jdbi;
    this.config = config;
    this.partitions = new Partitions(jdbi, config);
    this.chainWrites = new ChainWrites(config);
    this.chainReads = new ChainReads(config);
    this.barStatements = new BarStatements(config);
    this.readingStatements = new ReadingStatements(config);
    this.exposureStatements = new ExposureStatements(config);
  }

  /**
   * Migrates the config's schema to the current version (creating it if absent) and returns a
   * store writing to it.
   *
   * @throws NullPointerException if an argument is null
   * @throws StorageException if the database cannot be reached or migrated
   */
  public static PostgresSnapshotStore create(DataSource dataSource, PostgresStoreConfig config) {
    Arguments.notNull(dataSource, "dataSource");
    Arguments.notNull(config, "config");
    Jdbi jdbi = Jdbi.create(dataSource);
    try {
      Migrations.migrate(dataSource, jdbi, config);
      return new PostgresSnapshotStore(jdbi, config);
    } catch (RuntimeException e) {
      throw new StorageException("cannot migrate PostgreSQL schema " + config.schema() + ": " + e.getMessage(), e);
    }
  }

  /** The configuration this store was created with. */
  public PostgresStoreConfig config() {
    return config;
  }

  /** True when the time-series tables are natively partitioned, false when they are TimescaleDB hypertables. */
  public boolean nativePartitions() {
    return partitions.isNative();
  }

  @Override
  public void writeChain(OptionChain chain) {
    OptionChain stored = StoredValues.chain(chain);
    String what = "write chain " + stored.underlying() + " at " + stored.asOf();
    run(what, () -> {
      partitions.ensure("option_quote", Partitions.Unit.DAY, List.of(stored.asOf()));
      return jdbi.inTransaction(handle -> {
        chainWrites.write(handle, stored);
        return null;
      });
    });
  }

  @Override
  public void writeBars(List<PriceBar> bars) {
    List<PriceBar> stored = StoredValues.bars(bars);
    if (stored.isEmpty()) {
      return;
    }
    run("write " + stored.size() + " bars of " + stored.get(0).symbol(), () -> {
      partitions.ensure("underlying_bar", Partitions.Unit.MONTH, stored.stream().map(PriceBar::start).toList());
      return jdbi.inTransaction(handle -> {
        barStatements.write(handle, stored);
        return null;
      });
    });
  }

  @Override
  public void writeExposure(ExposureReport report) {
    ExposureSnapshot stored = StoredValues.exposure(report);
    run("write exposure of " + stored.underlying() + " at " + stored.asOf(), () -> {
      partitions.ensure("exposure_by_strike", Partitions.Unit.MONTH, List.of(stored.asOf()));
      partitions.ensure("exposure_by_expiration", Partitions.Unit.MONTH, List.of(stored.asOf()));
      return jdbi.inTransaction(handle -> {
        exposureStatements.write(handle, stored);
        return null;
      });
    });
  }

  @Override
  public Optional<ExposureSnapshot> latestExposure(String underlying) {
    String key = StoredValues.underlying(underlying);
    return read("read latest exposure of " + key, handle -> exposureStatements.latest(handle, key));
  }

  @Override
  public List<ExposureSnapshot> exposures(String underlying, Instant fromInclusive, Instant toExclusive) {
    String key = StoredValues.underlying(underlying);
    StoredValues.range(fromInclusive, toExclusive);
    return read("read exposures of " + key, handle -> exposureStatements.range(handle, key,
        StoredValues.instant(fromInclusive), StoredValues.instant(toExclusive)));
  }

  @Override
  public void writeRealizedVolatility(RealizedVolatilityReading reading) {
    RealizedVolatilityReading stored = StoredValues.reading(reading);
    run("write realized volatility of " + stored.symbol() + " at " + stored.asOf(), () -> jdbi.inTransaction(handle -> {
      readingStatements.write(handle, stored);
      return null;
    }));
  }

  @Override
  public Optional<OptionChain> latestChain(String underlying) {
    String key = StoredValues.underlying(underlying);
    return read("read latest chain of " + key, handle ->
        chainReads.latestTime(handle, key).flatMap(asOf -> chainReads.chain(handle, key, asOf)));
  }

  @Override
  public Optional<OptionChain> chain(String underlying, Instant asOf) {
    String key = StoredValues.underlying(underlying);
    Instant at = StoredValues.instant(asOf);
    return read("read chain " + key + " at " + at, handle -> chainReads.chain(handle, key, at));
  }

  @Override
  public List<Instant> chainTimes(String underlying, Instant fromInclusive, Instant toExclusive) {
    String key = StoredValues.underlying(underlying);
    StoredValues.range(fromInclusive, toExclusive);
    return read("read chain times of " + key, handle -> chainReads.times(handle, key,
        StoredValues.instant(fromInclusive), StoredValues.instant(toExclusive)));
  }

  @Override
  public Optional<Instant> latestChainTime(String underlying) {
    String key = StoredValues.underlying(underlying);
    return read("read latest chain time of " + key, handle -> chainReads.latestTime(handle, key));
  }

  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant fromInclusive, Instant toExclusive) {
    StoredValues.symbol(symbol);
    StoredValues.interval(interval);
    StoredValues.range(fromInclusive, toExclusive);
    return read("read bars of " + symbol, handle -> barStatements.range(handle, symbol, interval,
        StoredValues.instant(fromInclusive), StoredValues.instant(toExclusive)));
  }

  @Override
  public Optional<Instant> latestBarStart(String symbol, Duration interval) {
    StoredValues.symbol(symbol);
    StoredValues.interval(interval);
    return read("read latest bar of " + symbol, handle -> barStatements.latest(handle, symbol, interval));
  }

  @Override
  public List<RealizedVolatilityReading> realizedVolatility(String symbol, Instant fromInclusive,
      Instant toExclusive) {
    StoredValues.symbol(symbol);
    StoredValues.range(fromInclusive, toExclusive);
    return read("read realized volatility of " + symbol, handle -> readingStatements.range(handle, symbol,
        StoredValues.instant(fromInclusive), StoredValues.instant(toExclusive)));
  }

  @Override
  public Set<String> underlyings() {
    return read("read underlyings", handle -> Set.copyOf(handle.createQuery(
        "SELECT underlying FROM " + config.quotedSchema() + ".option_chain UNION SELECT underlying FROM "
            + config.quotedSchema() + ".exposure_summary").mapTo(String.class).list()));
  }

  /** Does nothing: the data source belongs to the caller, who closes it. */
  @Override
  public void close() {
    // The store holds no connection between calls; each call returns its connection at its end.
  }

  private <T> T read(String what, HandleCallback<T, Exception> reads) {
    return run(what, () -> jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, reads));
  }

  /** One database operation, retried once on a lost connection. */
  private <T> T run(String what, Operation<T> operation) {
    for (int attempt = 1; ; attempt++) {
      try {
        return operation.run();
      } catch (Exception e) {
        if (attempt < ATTEMPTS && connectionLost(e)) {
          LOG.warn("{}: connection lost ({}), retrying on a new connection", what, e.getMessage());
          continue;
        }
        throw new StorageException(what + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** True when the failure is a lost connection rather than an error of the statement. */
  static boolean connectionLost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
          return true;
        }
      }
    }
    return false;
  }

  @FunctionalInterface
  private interface Operation<T> {
    T run() throws Exception;
  }
}
