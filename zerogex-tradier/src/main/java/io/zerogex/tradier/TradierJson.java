package io.zerogex.tradier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.zerogex.core.spi.MarketDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reading Tradier's JSON with its quirks: a single object where an array is expected, JSON
 * {@code null} or the string {@code "null"} for an empty container, missing fields, numbers sent
 * as strings, and timestamps as epoch milliseconds, epoch seconds, ISO strings with an offset or
 * zone-less America/New_York times.
 */
final class TradierJson {

  /** Tradier's exchange time zone: zone-less times and dates are Eastern. */
  static final ZoneId EASTERN = ZoneId.of("America/New_York");

  /** Shared factory; the fast double parser matters on the chain's hot path. */
  static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** Epoch values above this are milliseconds (this is 1973 in milliseconds, 5138 in seconds). */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private TradierJson() {
  }

  /** Parses a body, turning any JSON error into a {@link MarketDataException} for the endpoint. */
  static JsonNode read(byte[] body, String endpoint) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw malformed(body, endpoint, null);
      }
      return node;
    } catch (IOException e) {
      throw malformed(body, endpoint, e);
    }
  }

  /** The exception for a body that is not the JSON the endpoint documents. */
  static MarketDataException malformed(byte[] body, String endpoint, Throwable cause) {
    String text = new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
    return new MarketDataException("Tradier sent a malformed response", endpoint, 200, text, cause);
  }

  /** A child that is absent, JSON null or the string "null" becomes a missing node. */
  static JsonNode child(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return isAbsent(value) ? MissingNode.getInstance() : value;
  }

  /** The elements of {@code node.field}: an array's items, a single object or value, or none. */
  static List<JsonNode> elements(JsonNode node, String field) {
    JsonNode value = child(node, field);
    List<JsonNode> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> {
        if (!isAbsent(item)) {
          out.add(item);
        }
      });
    } else if (!value.isMissingNode()) {
      out.add(value);
    }
    return out;
  }

  /** A text field, or empty when absent, null or "null". */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = child(node, field);
    return value.isMissingNode() || value.isContainerNode() ? Optional.empty() : Optional.of(value.asText().strip());
  }

  /** A number (or numeric string) that is finite, or empty. */
  static OptionalDouble number(JsonNode node, String field) {
    JsonNode value = child(node, field);
    double v;
    if (value.isNumber()) {
      v = value.doubleValue();
    } else if (value.isTextual()) {
      v = parseNumber(value.textValue());
    } else {
      return OptionalDouble.empty();
    }
    return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /** A strictly positive finite number, or empty (Tradier sends 0 for "none"). */
  static OptionalDouble positive(JsonNode node, String field) {
    OptionalDouble v = number(node, field);
    return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
  }

  /** A count: the number rounded down, or 0 when absent or negative. */
  static long count(JsonNode node, String field) {
    OptionalDouble v = number(node, field);
    return v.isPresent() && v.getAsDouble() > 0 ? (long) v.getAsDouble() : 0;
  }

  /** Parses a numeric string; NaN for "null", empty or anything unreadable. */
  static double parseNumber(String text) {
    if (text == null) {
      return Double.NaN;
    }
    String s = text.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("null")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * An instant from a Tradier time field: epoch milliseconds or seconds (0 means none), an ISO
   * time with an offset, a zone-less {@code yyyy-MM-dd[T ]HH:mm[:ss]} Eastern time, or a date
   * (its Eastern midnight).
   */
  static Optional<Instant> instant(JsonNode node, String field) {
    JsonNode value = child(node, field);
    if (value.isNumber()) {
      return epoch(value.longValue());
    }
    if (!value.isTextual()) {
      return Optional.empty();
    }
    return instant(value.textValue());
  }

  /** See {@link #instant(JsonNode, String)}. */
  static Optional<Instant> instant(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("null")) {
      return Optional.empty();
    }
    if (s.chars().allMatch(Character::isDigit)) {
      return s.length() > 18 ? Optional.empty() : epoch(Long.parseLong(s));
    }
    try {
      if (s.length() == 10) {
        return Optional.of(LocalDate.parse(s).atStartOfDay(EASTERN).toInstant());
      }
      String iso = s.replace(' ', 'T');
      if (iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10) {
        return Optional.of(OffsetDateTime.parse(iso).toInstant());
      }
      return Optional.of(LocalDateTime.parse(iso).atZone(EASTERN).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> epoch(long value) {
    if (value <= 0) {
      return Optional.empty();
    }
    return Optional.of(value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value));
  }

  private static boolean isAbsent(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode()
        || (value.isTextual() && value.textValue().strip().equalsIgnoreCase("null"));
  }
}
