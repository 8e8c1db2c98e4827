package io.zerogex.bigquery;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link FakeBigQuery} checks an uploaded JSON row against a table schema as BigQuery's JSON
 * loader does: REQUIRED fields present and not null, no unknown field, each value of its type,
 * TIMESTAMPs at most microsecond precise (kept as microseconds since the epoch).
 */
final class FakeSchema {

  private FakeSchema() {
  }

  /** Decodes {@code row} into {@code out}; returns a problem description, or null if the row is valid. */
  static String decode(JsonNode row, JsonNode fields, Map<String, Object> out) {
    if (!row.isObject()) {
      return "not a JSON object: " + row;
    }
    for (Iterator<String> names = row.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (field(fields, name) == null) {
        return "no such field: " + name;
      }
    }
    for (JsonNode field : fields) {
      String name = field.path("name").asText();
      String mode = field.path("mode").asText("");
      if (mode.isEmpty()) {
        return "field " + name + " has no mode";
      }
      JsonNode value = row.get(name);
      if (value == null || value.isNull()) {
        if (mode.equals("REQUIRED")) {
          return "missing required field " + name;
        }
        out.put(name, mode.equals("REPEATED") ? List.of() : null);
        continue;
      }
      try {
        if (mode.equals("REPEATED")) {
          if (!value.isArray()) {
            return "field " + name + " is repeated but got " + value;
          }
          List<Object> items = new ArrayList<>();
          for (JsonNode item : value) {
            items.add(scalar(field, item));
          }
          out.put(name, items);
        } else {
          out.put(name, scalar(field, value));
        }
      } catch (IllegalArgumentException | DateTimeParseException e) {
        return "field " + name + ": " + e.getMessage();
      }
    }
    return null;
  }

  private static Object scalar(JsonNode field, JsonNode value) {
    String type = field.path("type").asText();
    switch (type) {
      case "STRING":
        require(value.isTextual(), type, value);
        return value.asText();
      case "FLOAT":
      case "FLOAT64":
        require(value.isNumber(), type, value);
        return value.doubleValue();
      case "INTEGER":
      case "INT64":
        require(value.isIntegralNumber() && value.canConvertToLong(), type, value);
        return value.longValue();
      case "BOOLEAN":
      case "BOOL":
        require(value.isBoolean(), type, value);
        return value.booleanValue();
      case "DATE":
        require(value.isTextual(), type, value);
        return LocalDate.parse(value.asText()).toString();
      case "TIMESTAMP":
        require(value.isTextual(), type, value);
        Instant instant = Instant.parse(value.asText());
        require(instant.truncatedTo(ChronoUnit.MICROS).equals(instant), "microsecond TIMESTAMP", value);
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
      case "RECORD":
      case "STRUCT":
        Map<String, Object> record = new LinkedHashMap<>();
        String problem = decode(value, field.path("fields"), record);
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
        return record;
      default:
        throw new IllegalArgumentException("unknown type " + type);
    }
  }

  private static void require(boolean condition, String type, JsonNode value) {
    if (!condition) {
      throw new IllegalArgumentException("not a " + type + ": " + value);
    }
  }

  /** The schema field of that name, or null. */
  static JsonNode field(JsonNode fields, String name) {
    for (JsonNode field : fields) {
      if (field.path("name").asText().equals(name)) {
        return field;
      }
    }
    return null;
  }
}
