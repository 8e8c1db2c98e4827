package io.zerogex.bigquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the store's labelled queries over the rows {@link FakeBigQuery} holds, the way BigQuery
 * would run their SQL: reads from a {@code _latest} view keep each key's row of the latest
 * {@code written_at} (the key columns taken from the view definition the store created), filters
 * use only the named parameters, and a table created with a required partition filter refuses a
 * query without a condition on its partition column.
 */
final class FakeQueryEngine {

  private static final Pattern FROM = Pattern.compile("FROM `([^.`]+)\\.([^.`]+)\\.([^.`]+)`");
  private static final Pattern ORDER_BY = Pattern.compile("ORDER BY ([a-z_]+)$");
  private static final Pattern PARTITION_BY = Pattern.compile("PARTITION BY (.+?) ORDER BY");

  private final FakeBigQuery fake;

  FakeQueryEngine(FakeBigQuery fake) {
    this.fake = fake;
  }

  /** A result: its schema fields and rows (values as the fake stores them). */
  record Result(JsonNode schema, List<Map<String, Object>> rows, boolean int64Timestamps) {
    Result withInt64Timestamps(boolean flag) {
      return new Result(schema, rows, flag);
    }

    ObjectNode rowNode(ObjectMapper json, int index) {
      return record(json, schema.path("fields"), rows.get(index));
    }

    private ObjectNode record(ObjectMapper json, JsonNode fields, Map<String, Object> row) {
      ObjectNode node = json.createObjectNode();
      ArrayNode cells = node.putArray("f");
      for (JsonNode field : fields) {
        Object value = row.get(field.path("name").asText());
        ObjectNode cell = cells.addObject();
        if (value == null) {
          cell.putNull("v");
        } else if (value instanceof List) {
          ArrayNode items = cell.putArray("v");
          for (Object item : (List<?>) value) {
            items.addObject().set("v", scalar(json, field, item));
          }
        } else {
          cell.set("v", scalar(json, field, value));
        }
      }
      return node;
    }

    @SuppressWarnings("unchecked")
    private JsonNode scalar(ObjectMapper json, JsonNode field, Object value) {
      String type = field.path("type").asText();
      if (type.equals("RECORD") || type.equals("STRUCT")) {
        return record(json, field.path("fields"), (Map<String, Object>) value);
      }
      if (type.equals("TIMESTAMP")) {
        long micros = (Long) value;
        return json.getNodeFactory().textNode(int64Timestamps ? Long.toString(micros)
            : new java.math.BigDecimal(micros).movePointLeft(6).toPlainString());
      }
      return json.getNodeFactory().textNode(String.valueOf(value));
    }
  }

  /** Runs the query of that label, or returns null for an unknown query. */
  Result run(String name, String sql, Map<String, String> parameters) {
    Result result = evaluate(name, sql, parameters);
    return result == null ? null : ordered(sql, result);
  }

  private Result evaluate(String name, String sql, Map<String, String> parameters) {
    Matcher from = FROM.matcher(sql);
    if (!from.find()) {
      return null;
    }
    String dataset = from.group(2);
    String table = from.group(3);
    boolean view = table.endsWith("_latest");
    String base = view ? table.substring(0, table.length() - "_latest".length()) : table;
    ObjectNode baseTable = fake.table(dataset, base);
    if (baseTable == null || (view && fake.table(dataset, table) == null)) {
      throw new IllegalStateException("query of a missing table: " + sql);
    }
    String partition = baseTable.path("timePartitioning").path("field").asText();
    if (baseTable.path("requirePartitionFilter").asBoolean(false) && !sql.contains(" " + partition + " ")) {
      throw new IllegalStateException("query without a filter on partition column " + partition + ": " + sql);
    }
    List<Map<String, Object>> rows = new ArrayList<>(fake.rows(dataset, base));
    if (view) {
      rows = latestPerKey(rows, keyColumns(fake.table(dataset, table)));
    }
    JsonNode fields = baseTable.path("schema");
    switch (name) {
      case "chain_at":
        return select(fields, rows, eq("underlying", parameters) .and(at("as_of", parameters, "as_of")));
      case "chain_times":
        return distinct("as_of", "TIMESTAMP", rows, eq("underlying", parameters).and(range("as_of", parameters)));
      case "latest_chain_time":
        return max("as_of", rows, eq("underlying", parameters).and(since("as_of", parameters)));
      case "latest_exposure_time":
        return max("as_of", rows, eq("underlying", parameters).and(since("as_of", parameters)));
      case "exposures":
        return select(fields, rows, eq("underlying", parameters).and(range("as_of", parameters)));
      case "underlyings":
        return distinct("underlying", "STRING", rows, since("as_of", parameters));
      case "bars":
        return select(fields, rows, eq("symbol", parameters).and(longEq("interval_nanos", parameters))
            .and(range("bar_start", parameters)));
      case "latest_bar_start":
        return max("bar_start", rows, eq("symbol", parameters).and(longEq("interval_nanos", parameters))
            .and(since("bar_start", parameters)));
      case "current_rows":
        return count("current", rows, eq("write_id", parameters).and(range(partition, parameters)));
      case "readings":
        return select(fields, rows, eq("symbol", parameters).and(range("as_of", parameters)));
      default:
        return null;
    }
  }

  private static List<String> keyColumns(JsonNode view) {
    Matcher m = PARTITION_BY.matcher(view.path("view").path("query").asText());
    if (!m.find()) {
      throw new IllegalStateException("view without PARTITION BY: " + view);
    }
    return Arrays.asList(m.group(1).split(",\\s*"));
  }

  private static List<Map<String, Object>> latestPerKey(List<Map<String, Object>> rows, List<String> keys) {
    Map<List<Object>, Map<String, Object>> latest = new LinkedHashMap<>();
    Comparator<Map<String, Object>> order = Comparator.<Map<String, Object>, Long>comparing(r -> (Long) r.get("written_at"))
        .thenComparing(r -> (String) r.get("write_id"));
    for (Map<String, Object> row : rows) {
      List<Object> key = new ArrayList<>();
      keys.forEach(k -> key.add(row.get(k)));
      latest.merge(key, row, (a, b) -> order.compare(a, b) >= 0 ? a : b);
    }
    return new ArrayList<>(latest.values());
  }

  private static Predicate<Map<String, Object>> eq(String column, Map<String, String> parameters) {
    return row -> Objects.equals(row.get(column), parameters.get(column));
  }

  private static Predicate<Map<String, Object>> longEq(String column, Map<String, String> parameters) {
    long value = Long.parseLong(parameters.get(column));
    return row -> Objects.equals(row.get(column), value);
  }

  private static Predicate<Map<String, Object>> at(String column, Map<String, String> parameters, String parameter) {
    long value = micros(parameters.get(parameter));
    return row -> Objects.equals(row.get(column), value);
  }

  private static Predicate<Map<String, Object>> since(String column, Map<String, String> parameters) {
    long from = micros(parameters.get("from"));
    return row -> (Long) row.get(column) >= from;
  }

  private static Predicate<Map<String, Object>> range(String column, Map<String, String> parameters) {
    long to = micros(parameters.get("to"));
    return since(column, parameters).and(row -> (Long) row.get(column) < to);
  }

  /** A TIMESTAMP parameter as the client sends it ({@code 2024-01-05 15:00:00.123456+00:00}). */
  static long micros(String timestamp) {
    OffsetDateTime time = OffsetDateTime.parse(timestamp.replace(' ', 'T'));
    return Math.addExact(Math.multiplyExact(time.toEpochSecond(), 1_000_000L), time.getNano() / 1000);
  }

  private Result select(JsonNode schema, List<Map<String, Object>> rows, Predicate<Map<String, Object>> where) {
    return new Result(schema, rows.stream().filter(where).toList(), false);
  }

  /** Applies {@code ORDER BY <column>} (ascending) if the query has one; else keeps storage order. */
  private static Result ordered(String sql, Result result) {
    Matcher m = ORDER_BY.matcher(sql);
    if (!m.find()) {
      return result;
    }
    String column = m.group(1);
    List<Map<String, Object>> rows = new ArrayList<>(result.rows());
    rows.sort(Comparator.comparing(r -> (Long) r.get(column)));
    return new Result(result.schema(), rows, false);
  }

  private Result distinct(String column, String type, List<Map<String, Object>> rows, Predicate<Map<String, Object>> where) {
    TreeSet<Object> values = new TreeSet<>();
    rows.stream().filter(where).forEach(r -> values.add(r.get(column)));
    List<Map<String, Object>> out = new ArrayList<>();
    values.forEach(v -> out.add(Map.of(column, v)));
    return new Result(schemaOf(column, type), out, false);
  }

  private Result max(String column, List<Map<String, Object>> rows, Predicate<Map<String, Object>> where) {
    Long max = rows.stream().filter(where).map(r -> (Long) r.get(column)).max(Long::compare).orElse(null);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("latest", max);
    return new Result(schemaOf("latest", "TIMESTAMP"), List.of(row), false);
  }

  private Result count(String column, List<Map<String, Object>> rows, Predicate<Map<String, Object>> where) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(column, rows.stream().filter(where).count());
    return new Result(schemaOf(column, "INTEGER"), List.of(row), false);
  }

  private JsonNode schemaOf(String column, String type) {
    ObjectNode schema = fake.json.createObjectNode();
    schema.putArray("fields").addObject().put("name", column).put("type", type).put("mode", "NULLABLE");
    return schema;
  }
}
