package io.zerogex.postgres;

import static io.zerogex.postgres.ChainReads.instant;
import static io.zerogex.postgres.ChainReads.optional;
import static io.zerogex.postgres.ChainReads.utc;

import io.zerogex.core.exposure.ExpirationExposure;
import io.zerogex.core.exposure.ExpiryBucket;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.exposure.ExposureUnit;
import io.zerogex.core.exposure.ProfileStatus;
import io.zerogex.core.exposure.StrikeExposure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes and reads exposure snapshots: one {@code exposure_summary} row with the totals and
 * levels, and the by-strike and by-expiration tables as rows numbered in list order. A rewrite of
 * a key replaces the summary and deletes the old table rows before inserting the new ones, in the
 * caller's transaction.
 */
final class ExposureStatements {

  private static final String SUMMARY_COLUMNS = "underlying, as_of, spot, unit, config_label, call_gamma, put_gamma,"
      + " net_gamma, absolute_gamma, zero_gamma, call_wall, put_wall, abs_gamma_strike, max_pain, profile_status,"
      + " zero_dte_share, delta_dollars, vanna_dollars_per_vol_point, charm_dollars_per_day";
  private static final String STRIKE_COLUMNS = "underlying, as_of, ordinal, strike, call_gamma, put_gamma, net_gamma,"
      + " absolute_gamma, call_open_interest, put_open_interest";
  private static final String EXPIRATION_COLUMNS = "underlying, as_of, ordinal, expiration, days_to_expiration, bucket,"
      + " call_gamma, put_gamma, net_gamma, absolute_gamma, contracts";

  private final String summaryUpsert;
  private final String strikeDelete;
  private final String expirationDelete;
  private final String strikeInsert;
  private final String expirationInsert;
  private final String summaries;
  private final String strikes;
  private final String expirations;
  private final String latest;

  ExposureStatements(PostgresStoreConfig config) {
    String schema = config.quotedSchema();
    summaryUpsert = "INSERT INTO " + schema + ".exposure_summary (" + SUMMARY_COLUMNS + ") VALUES (" + SqlText.parameters(SUMMARY_COLUMNS)
        + ") ON CONFLICT (underlying, as_of) DO UPDATE SET "
        + SqlText.updateFromExcluded(SUMMARY_COLUMNS, "underlying", "as_of");
    strikeDelete = "DELETE FROM " + schema + ".exposure_by_strike WHERE underlying = :underlying AND as_of = :as_of";
    expirationDelete = "DELETE FROM " + schema + ".exposure_by_expiration WHERE underlying = :underlying AND as_of = :as_of";
    strikeInsert = "INSERT INTO " + schema + ".exposure_by_strike (" + STRIKE_COLUMNS + ") VALUES ("
        + SqlText.parameters(STRIKE_COLUMNS) + ")";
    expirationInsert = "INSERT INTO " + schema + ".exposure_by_expiration (" + EXPIRATION_COLUMNS + ") VALUES ("
        + SqlText.parameters(EXPIRATION_COLUMNS) + ")";
    String range = " WHERE underlying = :underlying AND as_of >= :from AND as_of < :to ORDER BY as_of";
    summaries = "SELECT " + SUMMARY_COLUMNS + " FROM " + schema + ".exposure_summary" + range;
    strikes = "SELECT " + STRIKE_COLUMNS + " FROM " + schema + ".exposure_by_strike" + range + ", ordinal";
    expirations = "SELECT " + EXPIRATION_COLUMNS + " FROM " + schema + ".exposure_by_expiration" + range + ", ordinal";
    latest = "SELECT as_of FROM " + schema + ".exposure_summary WHERE underlying = :underlying"
        + " ORDER BY as_of DESC LIMIT 1";
  }

  /** Replaces the snapshot's key with the snapshot (already validated and truncated). */
  void write(Handle handle, ExposureSnapshot s) {
    handle.createUpdate(summaryUpsert).bind("underlying", s.underlying()).bind("as_of", utc(s.asOf()))
        .bind("spot", s.spot()).bind("unit", s.unit().name()).bind("config_label", s.configLabel())
        .bind("call_gamma", s.callGamma()).bind("put_gamma", s.putGamma()).bind("net_gamma", s.netGamma())
        .bind("absolute_gamma", s.absoluteGamma()).bind("zero_gamma", nullable(s.zeroGamma()))
        .bind("call_wall", nullable(s.callWall())).bind("put_wall", nullable(s.putWall()))
        .bind("abs_gamma_strike", nullable(s.absGammaStrike())).bind("max_pain", nullable(s.maxPain()))
        .bind("profile_status", s.profileStatus().name()).bind("zero_dte_share", s.zeroDteShare())
        .bind("delta_dollars", s.deltaDollars()).bind("vanna_dollars_per_vol_point", s.vannaDollarsPerVolPoint())
        .bind("charm_dollars_per_day", s.charmDollarsPerDay()).execute();
    handle.createUpdate(strikeDelete).bind("underlying", s.underlying()).bind("as_of", utc(s.asOf())).execute();
    handle.createUpdate(expirationDelete).bind("underlying", s.underlying()).bind("as_of", utc(s.asOf())).execute();
    if (!s.byStrike().isEmpty()) {
      PreparedBatch batch = handle.prepareBatch(strikeInsert);
      for (int i = 0; i < s.byStrike().size(); i++) {
        StrikeExposure row = s.byStrike().get(i);
        batch.bind("underlying", s.underlying()).bind("as_of", utc(s.asOf())).bind("ordinal", i)
            .bind("strike", row.strike()).bind("call_gamma", row.callGamma()).bind("put_gamma", row.putGamma())
            .bind("net_gamma", row.netGamma()).bind("absolute_gamma", row.absoluteGamma())
            .bind("call_open_interest", row.callOpenInterest()).bind("put_open_interest", row.putOpenInterest()).add();
      }
      batch.execute();
    }
    if (!s.byExpiration().isEmpty()) {
      PreparedBatch batch = handle.prepareBatch(expirationInsert);
      for (int i = 0; i < s.byExpiration().size(); i++) {
        ExpirationExposure row = s.byExpiration().get(i);
        batch.bind("underlying", s.underlying()).bind("as_of", utc(s.asOf())).bind("ordinal", i)
            .bind("expiration", row.expiration()).bind("days_to_expiration", row.daysToExpiration())
            .bind("bucket", row.bucket().name()).bind("call_gamma", row.callGamma()).bind("put_gamma", row.putGamma())
            .bind("net_gamma", row.netGamma()).bind("absolute_gamma", row.absoluteGamma())
            .bind("contracts", row.contracts()).add();
      }
      batch.execute();
    }
  }

  /** The latest snapshot of the underlying, if any. */
  Optional<ExposureSnapshot> latest(Handle handle, String underlying) {
    Optional<Instant> asOf = handle.createQuery(latest).bind("underlying", underlying)
        .map((rs, ctx) -> instant(rs, 1)).findFirst();
    return asOf.flatMap(t -> range(handle, underlying, t, t.plusNanos(1_000)).stream().findFirst());
  }

  /** The underlying's snapshots with as-of in {@code [from, to)}, ascending. */
  List<ExposureSnapshot> range(Handle handle, String underlying, Instant from, Instant to) {
    Map<Instant, List<StrikeExposure>> byStrike = new HashMap<>();
    handle.createQuery(strikes).bind("underlying", underlying).bind("from", utc(from)).bind("to", utc(to))
        .map((rs, ctx) -> {
          byStrike.computeIfAbsent(instant(rs, 2), t -> new ArrayList<>()).add(new StrikeExposure(rs.getDouble(4),
              rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getLong(9), rs.getLong(10)));
          return 0;
        }).list();
    Map<Instant, List<ExpirationExposure>> byExpiration = new HashMap<>();
    handle.createQuery(expirations).bind("underlying", underlying).bind("from", utc(from)).bind("to", utc(to))
        .map((rs, ctx) -> {
          byExpiration.computeIfAbsent(instant(rs, 2), t -> new ArrayList<>()).add(new ExpirationExposure(
              rs.getObject(4, LocalDate.class), rs.getLong(5), ExpiryBucket.valueOf(rs.getString(6)), rs.getDouble(7),
              rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getInt(11)));
          return 0;
        }).list();
    return handle.createQuery(summaries).bind("underlying", underlying).bind("from", utc(from)).bind("to", utc(to))
        .map((rs, ctx) -> summary(rs, byStrike, byExpiration)).list();
  }

  private static ExposureSnapshot summary(ResultSet rs, Map<Instant, List<StrikeExposure>> byStrike,
      Map<Instant, List<ExpirationExposure>> byExpiration) throws SQLException {
    Instant asOf = instant(rs, 2);
    return new ExposureSnapshot(rs.getString("underlying"), asOf, rs.getDouble("spot"),
        ExposureUnit.valueOf(rs.getString("unit")), rs.getString("config_label"), rs.getDouble("call_gamma"),
        rs.getDouble("put_gamma"), rs.getDouble("net_gamma"), rs.getDouble("absolute_gamma"),
        optional(rs, "zero_gamma"), optional(rs, "call_wall"), optional(rs, "put_wall"),
        optional(rs, "abs_gamma_strike"), optional(rs, "max_pain"), ProfileStatus.valueOf(rs.getString("profile_status")),
        rs.getDouble("zero_dte_share"), rs.getDouble("delta_dollars"), rs.getDouble("vanna_dollars_per_vol_point"),
        rs.getDouble("charm_dollars_per_day"), byStrike.getOrDefault(asOf, List.of()),
        byExpiration.getOrDefault(asOf, List.of()));
  }

  private static Double nullable(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
