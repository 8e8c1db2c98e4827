package io.zerogex.examples;

import io.zerogex.bigquery.BigQuerySnapshotStore;
import io.zerogex.bigquery.BigQueryStoreConfig;
import io.zerogex.bigquery.CredentialsSource;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.support.InMemorySnapshotStore;
import io.zerogex.postgres.PostgresSnapshotStore;
import io.zerogex.postgres.PostgresStoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

/**
 * Where snapshots are kept, as chosen by the {@code --store} option of {@code zerogex worker} and
 * {@code zerogex dashboard}, and how each store is opened from environment variables.
 */
enum StoreKind {
  /** {@link InMemorySnapshotStore}: nothing survives the process. */
  MEMORY,
  /** PostgreSQL at {@code ZEROGEX_PG_URL}. */
  POSTGRES,
  /** A PostgreSQL server started in-process (empty at every start). */
  EMBEDDED_POSTGRES,
  /**
   * BigQuery in project {@code ZEROGEX_BQ_PROJECT} (optional {@code ZEROGEX_BQ_LOCATION}); on a
   * BigQuery emulator at {@code ZEROGEX_BQ_EMULATOR_HOST} (host:port, plain HTTP, no credentials)
   * when that is set.
   */
  BIGQUERY;

  /**
   * An opened store and what must be closed after it (the embedded server), or null.
   *
   * @param store the store
   * @param extra closed after the store, or null
   */
  record Opened(SnapshotStore store, AutoCloseable extra) {
  }

  /**
   * Opens this kind of store from the process environment.
   *
   * @throws IllegalArgumentException when a required environment variable is not set
   * @throws IOException when the embedded PostgreSQL server cannot start
   */
  Opened open() throws IOException {
    return open(System.getenv());
  }

  /**
   * Opens this kind of store from {@code environment} (tests pass their own).
   *
   * @throws IllegalArgumentException when a required environment variable is not set
   * @throws IOException when the embedded PostgreSQL server cannot start
   */
  Opened open(Map<String, String> environment) throws IOException {
    switch (this) {
      case MEMORY:
        return new Opened(new InMemorySnapshotStore(), null);
      case POSTGRES: {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(required(environment, "ZEROGEX_PG_URL"));
        return new Opened(PostgresSnapshotStore.create(dataSource, PostgresStoreConfig.defaults()), null);
      }
      case EMBEDDED_POSTGRES: {
        EmbeddedPostgres embedded = EmbeddedPostgres.start();
        return new Opened(PostgresSnapshotStore.create(embedded.getPostgresDatabase(), PostgresStoreConfig.defaults()),
            embedded);
      }
      default: {
        // Credentials from GOOGLE_SERVICE_ACCOUNT_JSON, GOOGLE_APPLICATION_CREDENTIALS or the
        // application default, as the BigQuery section says; none on an emulator.
        BigQueryStoreConfig.Builder config = BigQueryStoreConfig.builder(required(environment, "ZEROGEX_BQ_PROJECT"));
        String location = environment.get("ZEROGEX_BQ_LOCATION");
        if (location != null && !location.isBlank()) {
          config.location(location);
        }
        String emulator = environment.get("ZEROGEX_BQ_EMULATOR_HOST");
        if (emulator != null && !emulator.isBlank()) {
          config.host("http://" + emulator.trim()).credentials(CredentialsSource.none());
        }
        return new Opened(BigQuerySnapshotStore.open(config.build(), Clock.systemUTC()), null);
      }
    }
  }

  private static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + name + " is not set");
    }
    return value;
  }

  /** Accepts {@code embedded-postgres} for {@link #EMBEDDED_POSTGRES}, in any case. */
  static final class Converter implements CommandLine.ITypeConverter<StoreKind> {
    @Override
    public StoreKind convert(String value) {
      return StoreKind.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
