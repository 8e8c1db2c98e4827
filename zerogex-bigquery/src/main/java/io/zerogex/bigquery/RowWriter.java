package io.zerogex.bigquery;

import java.util.List;
import java.util.Map;

/** How rows reach a table: {@link LoadJobWriter} or {@link StorageWriteApiWriter}. */
interface RowWriter extends AutoCloseable {

  /**
   * Stores the rows, each stamped with {@code written_at} and {@code write_id}, and returns the
   * write id.
   *
   * @param spec the table
   * @param rows the rows, each a column-to-value map without {@code written_at} and {@code write_id}
   * @throws io.zerogex.core.spi.StorageException when the rows cannot be stored
   */
  String write(TableSpec spec, List<Map<String, Object>> rows);

  /** Releases connections; the writer is unusable afterwards. */
  @Override
  void close();
}
