package io.zerogex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * Writes a {@link ReportDocument} as indented JSON: instants as ISO-8601 strings, empty
 * {@code OptionalDouble}s as {@code null}, present ones as plain numbers.
 */
final class ReportJson {

  /** The configured mapper; thread-safe once built. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private ReportJson() {
  }

  /** The document as JSON text. */
  static String write(ReportDocument document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the report as JSON", e);
    }
  }
}
