package io.zerogex.bigquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.cloud.bigquery.storage.v1.TableFieldSchema;
import com.google.cloud.bigquery.storage.v1.TableSchema;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link FakeBigQueryWrite} reads the Storage Write API's wire form against a table schema as
 * the REST fake holds it (REST type names): the write stream's {@link TableSchema}, the writer
 * schema's descriptor, and rows decoded into the REST fake's row model (TIMESTAMP as microseconds,
 * DATE as ISO text, records as maps, repeated fields as lists). The wire type of each column is
 * BigQuery's documented mapping: TIMESTAMP int64 microseconds, DATE int32 days, FLOAT64 double,
 * INT64 int64, BOOL bool, STRING string, STRUCT a nested message.
 */
final class FakeWriteSchema {

  private static final Map<String, TableFieldSchema.Type> TYPES = Map.of("STRING", TableFieldSchema.Type.STRING,
      "TIMESTAMP", TableFieldSchema.Type.TIMESTAMP, "FLOAT", TableFieldSchema.Type.DOUBLE,
      "INTEGER", TableFieldSchema.Type.INT64, "BOOLEAN", TableFieldSchema.Type.BOOL,
      "DATE", TableFieldSchema.Type.DATE, "RECORD", TableFieldSchema.Type.STRUCT);
  private static final Map<String, FieldDescriptor.Type> WIRE = Map.of("STRING", FieldDescriptor.Type.STRING,
      "TIMESTAMP", FieldDescriptor.Type.INT64, "FLOAT", FieldDescriptor.Type.DOUBLE,
      "INTEGER", FieldDescriptor.Type.INT64, "BOOLEAN", FieldDescriptor.Type.BOOL,
      "DATE", FieldDescriptor.Type.INT32, "RECORD", FieldDescriptor.Type.MESSAGE);

  private FakeWriteSchema() {
  }

  /** The Storage API form of REST schema fields. */
  static TableSchema tableSchema(JsonNode fields) {
    TableSchema.Builder schema = TableSchema.newBuilder();
    fields.forEach(field -> schema.addFields(field(field)));
    return schema.build();
  }

  private static TableFieldSchema field(JsonNode field) {
    TableFieldSchema.Builder out = TableFieldSchema.newBuilder().setName(field.path("name").asText())
        .setType(TYPES.get(field.path("type").asText()))
        .setMode(TableFieldSchema.Mode.valueOf(field.path("mode").asText()));
    field.path("fields").forEach(sub -> out.addFields(field(sub)));
    return out.build();
  }

  /** The message descriptor of a writer schema (nested types inside it, as the client sends them). */
  static Descriptors.Descriptor descriptor(DescriptorProto writerSchema) {
    try {
      FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("writer_schema.proto")
          .addMessageType(writerSchema).build();
      return Descriptors.FileDescriptor.buildFrom(file, new Descriptors.FileDescriptor[0])
          .findMessageTypeByName(writerSchema.getName());
    } catch (Descriptors.DescriptorValidationException e) {
      throw new IllegalArgumentException("invalid writer schema: " + e.getMessage(), e);
    }
  }

  /** Decodes one row into a new map appended to {@code out}; returns a problem, or null if the row is valid. */
  static String decode(DynamicMessage row, JsonNode fields, List<Map<String, Object>> out) {
    try {
      out.add(record(row, fields));
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static Map<String, Object> record(DynamicMessage row, JsonNode fields) {
    for (FieldDescriptor wire : row.getDescriptorForType().getFields()) {
      JsonNode column = FakeSchema.field(fields, wire.getName());
      if (column == null) {
        throw new IllegalArgumentException("no such field: " + wire.getName());
      }
      if (wire.getType() != WIRE.get(column.path("type").asText())) {
        throw new IllegalArgumentException("field " + wire.getName() + " is " + wire.getType()
            + " on the wire, not the wire type of " + column.path("type").asText());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (JsonNode column : fields) {
      String name = column.path("name").asText();
      String mode = column.path("mode").asText();
      FieldDescriptor wire = row.getDescriptorForType().findFieldByName(name);
      if (mode.equals("REPEATED")) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; wire != null && i < row.getRepeatedFieldCount(wire); i++) {
          items.add(value(column, row.getRepeatedField(wire, i)));
        }
        out.put(name, items);
      } else if (wire == null || !row.hasField(wire)) {
        if (mode.equals("REQUIRED")) {
          throw new IllegalArgumentException("missing required field " + name);
        }
        out.put(name, null);
      } else {
        out.put(name, value(column, row.getField(wire)));
      }
    }
    return out;
  }

  private static Object value(JsonNode column, Object wire) {
    switch (column.path("type").asText()) {
      case "DATE":
        return LocalDate.ofEpochDay((Integer) wire).toString();
      case "RECORD":
        try {
          return record((DynamicMessage) wire, column.path("fields"));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(column.path("name").asText() + "." + e.getMessage(), e);
        }
      default:
        return wire;
    }
  }
}
