package io.zerogex.bigquery;

import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.FieldList;
import com.google.cloud.bigquery.StandardSQLTypeName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Converts store rows to the JSON that {@code JsonStreamWriter} turns into protocol buffers:
 * TIMESTAMPs (RFC 3339 text in the rows) become microseconds since the epoch, BigQuery's wire value,
 * so no text is parsed by the client; nulls are left out (NULL); numbers, booleans, DATE text and
 * strings pass unchanged; records and repeated fields recurse. Stateless.
 */
final class StorageWriteRows {

  private StorageWriteRows() {
  }

  /**
   * The rows, stamped with {@code written_at} and {@code write_id}, in batches of at most
   * {@code rowsPerBatch} rows, each batch one append request.
   */
  static List<JSONArray> batches(FieldList fields, List<Map<String, Object>> rows, Instant writtenAt, String writeId,
      int rowsPerBatch) {
    List<JSONArray> batches = new ArrayList<>();
    JSONArray batch = new JSONArray();
    for (Map<String, Object> row : rows) {
      JSONObject converted = record(fields, row);
      converted.put("written_at", WriteStamps.micros(writtenAt));
      converted.put("write_id", writeId);
      batch.put(converted);
      if (batch.length() == rowsPerBatch) {
        batches.add(batch);
        batch = new JSONArray();
      }
    }
    if (batch.length() > 0) {
      batches.add(batch);
    }
    return batches;
  }

  private static JSONObject record(FieldList fields, Map<String, Object> row) {
    JSONObject out = new JSONObject();
    for (Field field : fields) {
      Object value = row.get(field.getName());
      if (value == null) {
        continue;
      }
      if (field.getMode() == Field.Mode.REPEATED) {
        JSONArray items = new JSONArray();
        for (Object item : (List<?>) value) {
          items.put(scalar(field, item));
        }
        out.put(field.getName(), items);
      } else {
        out.put(field.getName(), scalar(field, value));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object scalar(Field field, Object value) {
    StandardSQLTypeName type = field.getType().getStandardType();
    if (type == StandardSQLTypeName.TIMESTAMP) {
      return WriteStamps.micros(Instant.parse((String) value));
    }
    if (type == StandardSQLTypeName.STRUCT) {
      return record(field.getSubFields(), (Map<String, Object>) value);
    }
    return value;
  }
}
