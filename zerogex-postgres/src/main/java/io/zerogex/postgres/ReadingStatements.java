package io.zerogex.postgres;

import static io.zerogex.postgres.ChainReads.instant;
import static io.zerogex.postgres.ChainReads.utc;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.volatility.DataIssue;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes and reads {@code realized_volatility}. A reading's data issues are four parallel arrays
 * (kind, instant, count, detail) in the reading's row, so one upsert stores the whole reading.
 */
final class ReadingStatements {

  private static final String COLUMNS = "symbol, as_of, time_window, session_date, session_open, session_close,"
      + " early_close, window_start, window_end, annualized_volatility, returns_used, slots_covered,"
      + " expected_returns, issue_kinds, issue_ats, issue_counts, issue_details";

  private final String upsert;
  private final String range;

  ReadingStatements(PostgresStoreConfig config) {
    String table = config.quotedSchema() + ".realized_volatility";
    upsert = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (:symbol, :asOf, :window, :sessionDate,"
        + " :sessionOpen, :sessionClose, :earlyClose, :windowStart, :windowEnd, :volatility, :returnsUsed,"
        + " :slotsCovered, :expectedReturns, :kinds, CAST(:ats AS timestamptz[]), :counts, :details)"
        + " ON CONFLICT (symbol, as_of, time_window) DO UPDATE SET "
        + SqlText.updateFromExcluded(COLUMNS, "symbol", "as_of", "time_window");
    // Issue instants come back as text in ISO form with an offset, parsed exactly to the microsecond.
    range = "SELECT symbol, as_of, time_window, session_date, session_open, session_close, early_close,"
        + " window_start, window_end, annualized_volatility, returns_used, slots_covered, expected_returns,"
        + " issue_kinds, ARRAY(SELECT to_char(a AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
        + " FROM unnest(issue_ats) WITH ORDINALITY AS u(a, n) ORDER BY n) AS issue_at_texts,"
        + " issue_counts, issue_details FROM " + table
        + " WHERE symbol = :symbol AND as_of >= :from AND as_of < :to ORDER BY as_of,"
        + " CASE time_window WHEN 'ONE_HOUR' THEN 0 ELSE 1 END";
  }

  /** Upserts the reading (already validated and truncated) in the caller's transaction. */
  void write(Handle handle, RealizedVolatilityReading reading) {
    List<DataIssue> issues = reading.issues();
    int n = issues.size();
    String[] kinds = new String[n];
    String[] ats = new String[n];
    Integer[] counts = new Integer[n];
    String[] details = new String[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = issues.get(i).kind().name();
      ats[i] = issues.get(i).at().toString();
      counts[i] = issues.get(i).count();
      details[i] = issues.get(i).detail();
    }
    RegularSession session = reading.session();
    handle.createUpdate(upsert).bind("symbol", reading.symbol()).bind("asOf", utc(reading.asOf()))
        .bind("window", reading.window().name()).bind("sessionDate", session.date())
        .bind("sessionOpen", utc(session.open())).bind("sessionClose", utc(session.close()))
        .bind("earlyClose", session.earlyClose()).bind("windowStart", utc(reading.windowStart()))
        .bind("windowEnd", utc(reading.windowEnd()))
        .bind("volatility", reading.annualizedVolatility().isPresent()
            ? (Double) reading.annualizedVolatility().getAsDouble() : null)
        .bind("returnsUsed", reading.returnsUsed()).bind("slotsCovered", reading.slotsCovered())
        .bind("expectedReturns", reading.expectedReturns())
        .bindArray("kinds", String.class, (Object[]) kinds).bindArray("ats", String.class, (Object[]) ats)
        .bindArray("counts", Integer.class, (Object[]) counts).bindArray("details", String.class, (Object[]) details)
        .execute();
  }

  /** The symbol's readings in {@code [from, to)}, ascending by as-of, one hour before one day. */
  List<RealizedVolatilityReading> range(Handle handle, String symbol, Instant from, Instant to) {
    return handle.createQuery(range).bind("symbol", symbol).bind("from", utc(from)).bind("to", utc(to))
        .map((rs, ctx) -> reading(rs)).list();
  }

  private static RealizedVolatilityReading reading(ResultSet rs) throws SQLException {
    String[] kinds = (String[]) rs.getArray("issue_kinds").getArray();
    String[] ats = (String[]) rs.getArray("issue_at_texts").getArray();
    Integer[] counts = (Integer[]) rs.getArray("issue_counts").getArray();
    String[] details = (String[]) rs.getArray("issue_details").getArray();
    List<DataIssue> issues = new ArrayList<>(kinds.length);
    for (int i = 0; i < kinds.length; i++) {
      issues.add(new DataIssue(DataIssue.Kind.valueOf(kinds[i]), Instant.parse(ats[i]), counts[i], details[i]));
    }
    RegularSession session = new RegularSession(rs.getObject("session_date", LocalDate.class), instant(rs, 5),
        instant(rs, 6), rs.getBoolean("early_close"));
    return new RealizedVolatilityReading(rs.getString("symbol"), instant(rs, 2),
        RealizedVolatilityWindow.valueOf(rs.getString("time_window")), session, instant(rs, 8), instant(rs, 9),
        ChainReads.optional(rs, "annualized_volatility"), rs.getInt("returns_used"), rs.getInt("slots_covered"),
        rs.getInt("expected_returns"), issues);
  }
}
