/**
 * BigQuery snapshot store: {@link io.zerogex.bigquery.BigQuerySnapshotStore} keeps option-chain
 * snapshots, price bars and realized volatility readings in partitioned, clustered BigQuery
 * tables, written by load jobs with deterministic job ids and read by parameterized queries.
 */
package io.zerogex.bigquery;
