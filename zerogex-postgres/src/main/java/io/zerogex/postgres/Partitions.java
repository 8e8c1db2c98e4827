package io.zerogex.postgres;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Creates the native partitions a write needs before the write's transaction starts, so the
 * partition's advisory lock is held only for its creation, not for the whole write. Remembers
 * the partitions it has ensured; does nothing when the tables are TimescaleDB hypertables, which
 * create their chunks themselves.
 */
final class Partitions {

  /** The partitioning unit of a table: a UTC day or a UTC month. */
  enum Unit {
    DAY, MONTH;

    Instant start(Instant instant) {
      Instant day = instant.truncatedTo(ChronoUnit.DAYS);
      return this == DAY ? day : day.atOffset(ZoneOffset.UTC).withDayOfMonth(1).toInstant();
    }
  }

  private final Jdbi jdbi;
  private final String ensureCall;
  private final boolean nativePartitions;
  private final Set<String> ensured = ConcurrentHashMap.newKeySet();

  Partitions(Jdbi jdbi, PostgresStoreConfig config) {
    this.jdbi = jdbi;
    this.ensureCall = "SELECT " + config.quotedSchema() + ".zerogex_ensure_partition(:parent, :unit, :t)";
    this.nativePartitions = jdbi.withHandle(handle -> handle.createQuery(
            "SELECT c.relkind = 'p' FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = :schema AND c.relname = 'option_quote'")
        .bind("schema", config.schema()).mapTo(Boolean.class).one());
  }

  /** True when the tables are natively partitioned (not hypertables). */
  boolean isNative() {
    return nativePartitions;
  }

  /** Makes sure the partitions of {@code parent} holding every instant exist. */
  void ensure(String parent, Unit unit, Collection<Instant> instants) {
    if (!nativePartitions) {
      return;
    }
    for (Instant instant : instants) {
      Instant start = unit.start(instant);
      String key = parent + '|' + start;
      if (!ensured.contains(key)) {
        jdbi.useHandle(handle -> handle.createQuery(ensureCall).bind("parent", parent)
            .bind("unit", unit.name().toLowerCase(Locale.ROOT))
            .bind("t", start.atOffset(ZoneOffset.UTC)).mapTo(String.class).list());
        ensured.add(key);
      }
    }
  }
}
