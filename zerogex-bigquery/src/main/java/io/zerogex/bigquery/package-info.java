/**
 * BigQuery snapshot store: {@link io.zerogex.bigquery.BigQuerySnapshotStore} keeps option-chain
 * snapshots, price bars, gamma exposure and realized volatility readings in partitioned, clustered
 * BigQuery tables, written by load jobs with deterministic job ids or, for low latency, through the
 * Storage Write API's default streams ({@link io.zerogex.bigquery.WriteMode}), and read by
 * parameterized queries through de-duplicating views.
 */
package io.zerogex.bigquery;
