package io.zerogex.postgres;

import io.zerogex.core.model.Arguments;
import java.util.regex.Pattern;

/**
 * Settings of a {@link PostgresSnapshotStore}.
 *
 * <p>The schema name must match {@code [a-z_][a-z0-9_]{0,62}} and must not start with
 * {@code pg_}: it is checked here and then always written quoted into SQL, so no SQL is ever built
 * from an unchecked identifier. This class is immutable and thread-safe.
 *
 * @param schema the schema holding the store's tables, created by the migrations if absent
 * @param timescaleWhenAvailable whether to create TimescaleDB hypertables when the
 *     {@code timescaledb} extension is available on the server (native partitions otherwise);
 *     read only when the schema is first created
 */
public record PostgresStoreConfig(String schema, boolean timescaleWhenAvailable) {

  /** The default schema name. */
  public static final String DEFAULT_SCHEMA = "zerogex";

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /**
   * Validates the schema name.
   *
   * @throws IllegalArgumentException naming the schema if it is not a plain lower-case identifier
   */
  public PostgresStoreConfig {
    Arguments.notNull(schema, "schema");
    if (!IDENTIFIER.matcher(schema).matches() || schema.startsWith("pg_")) {
      throw new IllegalArgumentException("schema must match [a-z_][a-z0-9_]{0,62} and not start with pg_, got '"
          + schema + "'");
    }
  }

  /** Schema {@value #DEFAULT_SCHEMA}, TimescaleDB when available. */
  public static PostgresStoreConfig defaults() {
    return new PostgresStoreConfig(DEFAULT_SCHEMA, true);
  }

  /** A copy with another schema. */
  public PostgresStoreConfig withSchema(String newSchema) {
    return new PostgresStoreConfig(newSchema, timescaleWhenAvailable);
  }

  /** A copy with TimescaleDB wanted or not. */
  public PostgresStoreConfig withTimescaleWhenAvailable(boolean wanted) {
    return new PostgresStoreConfig(schema, wanted);
  }

  /** The schema name double-quoted for SQL, e.g. {@code "zerogex"}. */
  String quotedSchema() {
    return '"' + schema + '"';
  }
}
