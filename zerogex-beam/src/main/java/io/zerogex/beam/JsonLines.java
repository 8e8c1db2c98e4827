package io.zerogex.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.bigquery.StoreRows;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * One JSON object per line, for runs without a cloud project. Exposure snapshots and readings use
 * the column names and value forms of the {@code gamma_exposure} and {@code realized_volatility}
 * tables ({@link StoreRows}), so a file loads into those tables unchanged
 * ({@code bq load --source_format=NEWLINE_DELIMITED_JSON}); doubles are written in Java's shortest
 * round-trip form, so they read back bit for bit. Stateless.
 */
public final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {
  }

  /**
   * The JSON line of an exposure snapshot.
   *
   * @param snapshot the snapshot
   * @return one line of JSON, without a line break
   */
  public static String of(ExposureSnapshot snapshot) {
    return write(StoreRows.exposure(snapshot));
  }

  /**
   * The JSON line of a realized volatility reading.
   *
   * @param reading the reading
   * @return one line of JSON
   */
  public static String of(RealizedVolatilityReading reading) {
    return write(StoreRows.reading(reading));
  }

  /**
   * The JSON line of a backtest point.
   *
   * @param point the point
   * @return one line of JSON
   */
  public static String of(DailyExposure point) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("underlying", point.underlying());
    row.put("date", point.date().toString());
    row.put("as_of", point.asOf().toString());
    row.put("spot", point.spot());
    row.put("net_gamma", point.netGamma());
    row.put("zero_gamma", orNull(point.zeroGamma()));
    row.put("call_wall", orNull(point.callWall()));
    row.put("put_wall", orNull(point.putWall()));
    row.put("realized_volatility", orNull(point.realizedVolatility()));
    return write(row);
  }

  /**
   * The JSON line of a dead letter.
   *
   * @param letter the dead letter
   * @return one line of JSON
   */
  public static String of(DeadLetter letter) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("stage", letter.stage());
    row.put("input", letter.input());
    row.put("reason", letter.reason());
    return write(row);
  }

  /**
   * A transform formatting each element as a JSON line.
   *
   * @param format one of the {@code of} methods, e.g. {@code JsonLines::of}
   * @param <T> the element type
   * @return the transform
   */
  public static <T> MapElements<T, String> format(SerializableFunction<T, String> format) {
    return MapElements.into(TypeDescriptors.strings()).via(format);
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static String write(Map<String, Object> row) {
    try {
      return MAPPER.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot format " + row.keySet() + " as JSON", e);
    }
  }
}
