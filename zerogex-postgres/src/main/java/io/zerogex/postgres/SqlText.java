package io.zerogex.postgres;

import java.util.List;

/** Pieces of the store's SQL built from its own fixed column lists (never from user input). */
final class SqlText {

  private SqlText() {
  }

  /** {@code a = EXCLUDED.a, b = EXCLUDED.b} for every column of the comma-separated list not in {@code keys}. */
  static String updateFromExcluded(String columns, String... keys) {
    StringBuilder updates = new StringBuilder();
    for (String column : columns.split(",\\s*")) {
      if (!List.of(keys).contains(column)) {
        updates.append(updates.length() == 0 ? "" : ", ").append(column).append(" = EXCLUDED.").append(column);
      }
    }
    return updates.toString();
  }

  /** {@code :a, :b} named parameters for the comma-separated columns. */
  static String parameters(String columns) {
    return ":" + String.join(", :", columns.split(",\\s*"));
  }
}
