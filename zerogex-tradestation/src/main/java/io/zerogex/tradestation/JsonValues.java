package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import io.zerogex.core.spi.MarketDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;

/**
 * Reads TradeStation's JSON fields. Prices and most counts arrive as JSON strings
 * ({@code "Last": "212.85"}), some counts as numbers; both are accepted. A value that is not a
 * number fails with a {@link MarketDataException} naming the endpoint, the object and the field,
 * never with a raw {@link NumberFormatException}.
 */
final class JsonValues {

  private JsonValues() {
  }

  /** A required finite number. */
  static double number(JsonNode object, String field, String what, String endpoint) {
    OptionalDouble v = optionalNumber(object, field, what, endpoint);
    if (v.isEmpty()) {
      throw new MarketDataException(what + " has no " + field, endpoint, null);
    }
    return v.getAsDouble();
  }

  /** A finite number, or empty when the field is absent, null or an empty string. */
  static OptionalDouble optionalNumber(JsonNode object, String field, String what, String endpoint) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      return OptionalDouble.empty();
    }
    double value;
    if (node.isNumber()) {
      value = node.doubleValue();
    } else if (node.isTextual()) {
      String text = node.textValue().strip();
      if (text.isEmpty()) {
        return OptionalDouble.empty();
      }
      try {
        value = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new MarketDataException(what + ": field " + field + " is not a number: '" + shorten(text) + "'",
            endpoint, e);
      }
    } else {
      throw new MarketDataException(what + ": field " + field + " is not a number: " + shorten(node.toString()),
          endpoint, null);
    }
    if (!Double.isFinite(value)) {
      throw new MarketDataException(what + ": field " + field + " is not finite: " + value, endpoint, null);
    }
    return OptionalDouble.of(value);
  }

  /** A whole count &gt;= 0 (volume, open interest); 0 when absent. */
  static long count(JsonNode object, String field, String what, String endpoint) {
    OptionalDouble v = optionalNumber(object, field, what, endpoint);
    if (v.isEmpty()) {
      return 0;
    }
    double d = v.getAsDouble();
    if (d < 0 || d != Math.rint(d) || d > Long.MAX_VALUE) {
      throw new MarketDataException(what + ": field " + field + " is not a whole count >= 0: " + d, endpoint, null);
    }
    return (long) d;
  }

  /** A required non-empty string. */
  static String text(JsonNode object, String field, String what, String endpoint) {
    JsonNode node = object.get(field);
    if (node == null || !node.isTextual() || node.textValue().isBlank()) {
      throw new MarketDataException(what + " has no text field " + field, endpoint, null);
    }
    return node.textValue().strip();
  }

  /** An RFC 3339 instant such as {@code 2020-11-18T15:19:14Z}. */
  static Instant instant(JsonNode object, String field, String what, String endpoint) {
    String text = text(object, field, what, endpoint);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new MarketDataException(what + ": field " + field + " is not an instant: '" + shorten(text) + "'",
          endpoint, e);
    }
  }

  /** The date of an RFC 3339 timestamp that stands for a date, e.g. {@code 2021-12-17T00:00:00Z}. */
  static LocalDate date(JsonNode object, String field, String what, String endpoint) {
    return instant(object, field, what, endpoint).atZone(ZoneOffset.UTC).toLocalDate();
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
