/**
 * The PostgreSQL {@link io.zerogex.core.spi.SnapshotStore}:
 * {@link io.zerogex.postgres.PostgresSnapshotStore#create(javax.sql.DataSource, PostgresStoreConfig)}
 * migrates the configured schema with Flyway (time-partitioned tables, TimescaleDB hypertables
 * when the extension is available) and writes chains with {@code COPY}. Only slf4j-api is used
 * for logging.
 */
package io.zerogex.postgres;
