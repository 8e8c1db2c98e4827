package io.zerogex.bigquery;

/**
 * How {@link BigQuerySnapshotStore} writes rows.
 *
 * <p>Either way every row carries {@code written_at} and {@code write_id}, and reads go through the
 * {@code _latest} views, which keep one row per key (the PostgreSQL primary key): the row of the
 * latest {@code written_at}, ties broken by {@code write_id}.
 */
public enum WriteMode {

  /**
   * One load job per write, with a deterministic job id: free, atomic (all rows of a write or none),
   * a retried write never stores twice; rows become visible when the job is done (seconds), and a
   * table takes at most 1,500 load jobs a day.
   */
  LOAD_JOB,

  /**
   * The Storage Write API's {@code _default} stream through {@code JsonStreamWriter}: rows visible
   * within a second, no daily job quota, at-least-once (a retried append may store rows twice; the
   * views show them once), billed per GiB ingested. A write of more rows than one append holds is
   * not atomic.
   */
  STORAGE_WRITE_API
}
