package io.zerogex.bigquery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.spi.StorageException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two stamps every written row carries, shared by both writers: {@code written_at}, which
 * orders writes of one key in the {@code _latest} views, and the content digest that write ids are
 * built from. Thread-safe.
 */
final class WriteStamps {

  private final Clock clock;
  private final ObjectMapper json;
  private final AtomicReference<Instant> lastWrittenAt = new AtomicReference<>(Instant.EPOCH);

  WriteStamps(Clock clock, ObjectMapper json) {
    this.clock = clock;
    this.json = json;
  }

  /**
   * The clock's instant in microseconds (BigQuery's TIMESTAMP precision), pushed past the previous
   * one so that two writes of one key from this store never tie in the views' latest-write order.
   */
  Instant nextWrittenAt() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return lastWrittenAt.accumulateAndGet(now, (last, next) -> next.isAfter(last) ? next : last.plus(1, ChronoUnit.MICROS));
  }

  /** The first 128 bits of the SHA-256 of the rows' JSON, one row per line, as 32 hex digits. */
  String digest(List<Map<String, Object>> rows) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map<String, Object> row : rows) {
        sha.update(json.writeValueAsBytes(row));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new StorageException("cannot hash rows for a write id", e);
    }
  }

  /** The instant as microseconds since the epoch, BigQuery's TIMESTAMP value. */
  static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }
}
