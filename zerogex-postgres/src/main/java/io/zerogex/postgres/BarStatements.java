package io.zerogex.postgres;

import static io.zerogex.postgres.ChainReads.instant;
import static io.zerogex.postgres.ChainReads.utc;

import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes and reads {@code underlying_bar}; the interval is stored in nanoseconds. */
final class BarStatements {

  private final String upsert;
  private final String range;
  private final String latest;

  BarStatements(PostgresStoreConfig config) {
    String table = config.quotedSchema() + ".underlying_bar";
    upsert = "INSERT INTO " + table + " (symbol, interval_nanos, bar_start, open, high, low, close, volume)"
        + " VALUES (:symbol, :interval, :start, :open, :high, :low, :close, :volume)"
        + " ON CONFLICT (symbol, interval_nanos, bar_start) DO UPDATE SET open = EXCLUDED.open,"
        + " high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close, volume = EXCLUDED.volume";
    range = "SELECT symbol, interval_nanos, bar_start, open, high, low, close, volume FROM " + table
        + " WHERE symbol = :symbol AND interval_nanos = :interval AND bar_start >= :from AND bar_start < :to"
        + " ORDER BY bar_start";
    latest = "SELECT bar_start FROM " + table + " WHERE symbol = :symbol AND interval_nanos = :interval"
        + " ORDER BY bar_start DESC LIMIT 1";
  }

  /** Upserts the bars (already validated, keys distinct) in one batch of the caller's transaction. */
  void write(Handle handle, List<PriceBar> bars) {
    PreparedBatch batch = handle.prepareBatch(upsert);
    for (PriceBar bar : bars) {
      batch.bind("symbol", bar.symbol()).bind("interval", bar.interval().toNanos()).bind("start", utc(bar.start()))
          .bind("open", bar.open()).bind("high", bar.high()).bind("low", bar.low()).bind("close", bar.close())
          .bind("volume", bar.volume()).add();
    }
    batch.execute();
  }

  /** The bars in {@code [from, to)}, ascending by start. */
  List<PriceBar> range(Handle handle, String symbol, Duration interval, Instant from, Instant to) {
    return handle.createQuery(range).bind("symbol", symbol).bind("interval", interval.toNanos())
        .bind("from", utc(from)).bind("to", utc(to))
        .map((rs, ctx) -> new PriceBar(rs.getString(1), instant(rs, 3), Duration.ofNanos(rs.getLong(2)),
            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getLong(8)))
        .list();
  }

  /** The latest bar start of the series, if any. */
  Optional<Instant> latest(Handle handle, String symbol, Duration interval) {
    return handle.createQuery(latest).bind("symbol", symbol).bind("interval", interval.toNanos())
        .map((rs, ctx) -> instant(rs, 1)).findFirst();
  }
}
