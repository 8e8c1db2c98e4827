package io.zerogex.postgres;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.Settlement;
import io.zerogex.core.model.VendorGreeks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Handle;

/** Reads chains back: the spot from {@code option_chain}, the quotes from {@code option_quote}. */
final class ChainReads {

  private final String spotAt;
  private final String latestTime;
  private final String times;
  private final String quotes;

  ChainReads(PostgresStoreConfig config) {
    String schema = config.quotedSchema();
    spotAt = "SELECT spot FROM " + schema + ".option_chain WHERE underlying = :underlying AND as_of = :asOf";
    latestTime = "SELECT as_of FROM " + schema + ".option_chain WHERE underlying = :underlying"
        + " ORDER BY as_of DESC LIMIT 1";
    times = "SELECT as_of FROM " + schema + ".option_chain WHERE underlying = :underlying"
        + " AND as_of >= :from AND as_of < :to ORDER BY as_of";
    quotes = "SELECT underlying, " + ChainWrites.QUOTE_COLUMNS + " FROM " + schema + ".option_quote"
        + " WHERE underlying = :underlying AND as_of = :asOf";
  }

  /** The chain at exactly {@code asOf}, quotes sorted by symbol; the caller's handle should be in a transaction. */
  Optional<OptionChain> chain(Handle handle, String underlying, Instant asOf) {
    Optional<Double> spot = handle.createQuery(spotAt).bind("underlying", underlying).bind("asOf", utc(asOf))
        .mapTo(Double.class).findOne();
    if (spot.isEmpty()) {
      return Optional.empty();
    }
    List<OptionQuote> rows = handle.createQuery(quotes).bind("underlying", underlying).bind("asOf", utc(asOf))
        .map((rs, ctx) -> quote(rs)).list();
    rows.sort(Comparator.comparing(q -> q.contract().symbol()));
    return Optional.of(new OptionChain(underlying, spot.get(), asOf, rows));
  }

  /** The underlying's latest chain time, if any. */
  Optional<Instant> latestTime(Handle handle, String underlying) {
    return handle.createQuery(latestTime).bind("underlying", underlying)
        .map((rs, ctx) -> instant(rs, 1)).findFirst();
  }

  /** The underlying's chain times in {@code [from, to)}, ascending. */
  List<Instant> times(Handle handle, String underlying, Instant from, Instant to) {
    return handle.createQuery(times).bind("underlying", underlying).bind("from", utc(from)).bind("to", utc(to))
        .map((rs, ctx) -> instant(rs, 1)).list();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The instant in a timestamptz column, or null when it is SQL null. */
  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OptionQuote quote(ResultSet rs) throws SQLException {
    OptionContract contract = new OptionContract(rs.getString("symbol"), rs.getString("underlying"),
        rs.getString("root"), rs.getObject("expiration", LocalDate.class), rs.getDouble("strike"),
        OptionRight.ofCode(rs.getString("option_right").charAt(0)), rs.getInt("multiplier"),
        Settlement.valueOf(rs.getString("settlement")));
    VendorGreeks greeks = new VendorGreeks(optional(rs, "delta"), optional(rs, "gamma"), optional(rs, "vega"),
        optional(rs, "theta"), optional(rs, "rho"));
    return new OptionQuote(contract, optional(rs, "bid"), optional(rs, "ask"), optional(rs, "last"),
        rs.getLong("volume"), rs.getLong("open_interest"), optional(rs, "implied_volatility"),
        greeks.equals(VendorGreeks.NONE) ? VendorGreeks.NONE : greeks);
  }

  static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
