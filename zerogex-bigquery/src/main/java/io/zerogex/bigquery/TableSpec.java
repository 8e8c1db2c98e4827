package io.zerogex.bigquery;

import com.google.cloud.bigquery.Schema;
import com.google.cloud.bigquery.TableId;
import java.util.List;

/**
 * One store table: where it lives, its explicit schema (every field with a mode), the TIMESTAMP
 * column it is day-partitioned on, its clustering columns, whether queries must filter on the
 * partition column, and the key columns of its de-duplicating view (latest write per key wins).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param table the table
 * @param schema the explicit schema
 * @param partitionColumn TIMESTAMP column partitioned by day (UTC)
 * @param clustering clustering columns, in order
 * @param requirePartitionFilter whether BigQuery rejects queries without a partition-column filter
 * @param keyColumns the columns that identify a stored value, as the PostgreSQL primary key
 */
public record TableSpec(
    TableId table,
    Schema schema,
    String partitionColumn,
    List<String> clustering,
    boolean requirePartitionFilter,
    List<String> keyColumns) {

  /** Copies the lists. */
  public TableSpec {
    clustering = List.copyOf(clustering);
    keyColumns = List.copyOf(keyColumns);
  }

  /** The de-duplicating view next to the table: the table's name with {@code _latest} appended. */
  public TableId view() {
    return TableId.of(table.getProject(), table.getDataset(), table.getTable() + "_latest");
  }

  /**
   * The view's standard SQL: each key's row of the latest {@code written_at}, ties broken by
   * {@code write_id}, so that a value written twice (a retried or at-least-once write) reads once.
   * Identifiers come from this class, never from user input.
   */
  public String viewSql() {
    return "SELECT * EXCEPT (row_rank) FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY "
        + String.join(", ", keyColumns) + " ORDER BY written_at DESC, write_id DESC) AS row_rank FROM `"
        + table.getProject() + "." + table.getDataset() + "." + table.getTable() + "`) WHERE row_rank = 1";
  }
}
