package io.zerogex.postgres;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a schema to the current version with Flyway; idempotent, safe to run concurrently. */
final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {
  }

  /**
   * Migrates the config's schema, creating it if absent; Flyway serializes concurrent runs with
   * an advisory lock and applies each version once.
   *
   * @return Flyway's account of what it applied
   */
  static MigrateResult migrate(DataSource dataSource, Jdbi jdbi, PostgresStoreConfig config) {
    return migrate(dataSource, jdbi, config, config.timescaleWhenAvailable() && timescaleAvailable(jdbi));
  }

  /** Migrates with hypertables when {@code timescale} (which needs the extension), native partitions otherwise. */
  static MigrateResult migrate(DataSource dataSource, Jdbi jdbi, PostgresStoreConfig config, boolean timescale) {
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .schemas(config.schema())
        .createSchemas(true)
        .locations("classpath:io/zerogex/postgres/migration")
        .placeholders(Map.of("schema", config.schema(), "timescale", Boolean.toString(timescale)))
        .load()
        .migrate();
    LOG.info("schema {} at version {} ({} migrations applied, TimescaleDB wanted and available: {})",
        config.schema(), result.targetSchemaVersion, result.migrationsExecuted, timescale);
    return result;
  }

  /** True when the server offers the {@code timescaledb} extension (installed or installable). */
  static boolean timescaleAvailable(Jdbi jdbi) {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb')")
        .mapTo(Boolean.class).one());
  }
}
