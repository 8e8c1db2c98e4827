package io.zerogex.beam;

import com.google.api.services.bigquery.model.TableRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads the cells of a {@link TableRow} as BigQueryIO gives them (numbers as numbers or text,
 * INT64 as text, TIMESTAMP as {@code 2024-01-05 20:00:00.000000 UTC} or RFC 3339 text, DATE as ISO
 * text). A cell that cannot be read throws {@link IllegalArgumentException} naming the column and
 * the text. Stateless.
 */
final class Cells {

  /** BigQuery's TIMESTAMP text: {@code 2024-01-05 20:00:00[.ffffff] UTC}. */
  private static final DateTimeFormatter BIGQUERY_TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .appendLiteral(" UTC").toFormatter();

  private Cells() {
  }

  static String text(TableRow row, String column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }

  static Double number(TableRow row, String column) {
    Object value = row.get(column);
    if (value == null || value instanceof Number) {
      return value == null ? null : ((Number) value).doubleValue();
    }
    try {
      return Double.parseDouble(value.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column " + column + " '" + value + "' is not a number", e);
    }
  }

  static double requiredNumber(TableRow row, String column) {
    return required(number(row, column), column);
  }

  static Long whole(TableRow row, String column) {
    Object value = row.get(column);
    if (value == null || value instanceof Long || value instanceof Integer) {
      return value == null ? null : ((Number) value).longValue();
    }
    try {
      return Long.parseLong(value.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column " + column + " '" + value + "' is not a whole number", e);
    }
  }

  static long requiredWhole(TableRow row, String column) {
    return required(whole(row, column), column);
  }

  static Instant instant(TableRow row, String column) {
    String text = required(text(row, column), column);
    try {
      return text.endsWith(" UTC")
          ? LocalDateTime.parse(text, BIGQUERY_TIMESTAMP).toInstant(ZoneOffset.UTC)
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("column " + column + " '" + text + "' is not a timestamp", e);
    }
  }

  static LocalDate date(TableRow row, String column) {
    String text = text(row, column);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("column " + column + " '" + text + "' is not a date", e);
    }
  }

  private static <T> T required(T value, String column) {
    if (value == null) {
      throw new IllegalArgumentException("column " + column + " is null");
    }
    return value;
  }
}
