package io.zerogex.postgres;

import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

/**
 * Builds PostgreSQL {@code COPY ... FROM STDIN} text-format rows: columns separated by a tab,
 * rows ended by a newline, {@code \N} for null, and backslash, tab, newline and carriage return
 * escaped in text so every string is stored verbatim.
 *
 * <p>Doubles are written by {@link Double#toString(double)}, the shortest decimal that parses
 * back to the same double, so they round-trip exactly (negative zero included). Not thread-safe:
 * one instance per write.
 */
final class CopyText {

  private final StringBuilder text;
  private boolean rowStart = true;

  CopyText(int expectedRows) {
    text = new StringBuilder(Math.max(16, expectedRows) * 192);
  }

  /** Appends a text column, escaped. */
  CopyText text(String value) {
    separate();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    return this;
  }

  /** Appends a column whose text needs no escaping (numbers, dates, enum codes). */
  CopyText plain(Object value) {
    separate();
    text.append(value);
    return this;
  }

  /** Appends a double column. */
  CopyText number(double value) {
    separate();
    text.append(value);
    return this;
  }

  /** Appends a long column. */
  CopyText number(long value) {
    separate();
    text.append(value);
    return this;
  }

  /** Appends a nullable double column: {@code \N} when absent. */
  CopyText optional(OptionalDouble value) {
    separate();
    if (value.isPresent()) {
      text.append(value.getAsDouble());
    } else {
      text.append("\\N");
    }
    return this;
  }

  /** Ends the current row. */
  CopyText endRow() {
    text.append('\n');
    rowStart = true;
    return this;
  }

  /** The rows as UTF-8 bytes, the encoding pgjdbc's connections use. */
  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void separate() {
    if (!rowStart) {
      text.append('\t');
    }
    rowStart = false;
  }
}
