package io.zerogex.bigquery;

import com.google.cloud.bigquery.FieldValue;
import com.google.cloud.bigquery.FieldValueList;
import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Settlement;
import io.zerogex.core.model.VendorGreeks;
import io.zerogex.core.volatility.DataIssue;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Converts values to load-job rows (column-to-value maps in the {@link StoreTables} schemas) and
 * query-result rows back to values. Instants are written as RFC 3339 text with microseconds,
 * doubles as JSON numbers (Java's shortest round-trip form), absent optionals as null. Stateless.
 */
final class Rows {

  private Rows() {
  }

  /** The chain's rows: one spot row (null contract columns) and one row per quote. */
  static List<Map<String, Object>> chain(OptionChain chain) {
    List<Map<String, Object>> rows = new ArrayList<>(chain.size() + 1);
    rows.add(chainRow(chain));
    for (OptionQuote quote : chain.quotes()) {
      Map<String, Object> row = chainRow(chain);
      OptionContract contract = quote.contract();
      row.put("contract_symbol", contract.symbol());
      row.put("contract_underlying", contract.underlying());
      row.put("root", contract.root());
      row.put("expiration", contract.expiration().toString());
      row.put("strike", contract.strike());
      row.put("option_right", contract.right().name());
      row.put("multiplier", contract.multiplier());
      row.put("settlement", contract.settlement().name());
      row.put("bid", orNull(quote.bid()));
      row.put("ask", orNull(quote.ask()));
      row.put("last", orNull(quote.last()));
      row.put("volume", quote.volume());
      row.put("open_interest", quote.openInterest());
      row.put("implied_volatility", orNull(quote.impliedVolatility()));
      VendorGreeks greeks = quote.greeks();
      row.put("delta", orNull(greeks.delta()));
      row.put("gamma", orNull(greeks.gamma()));
      row.put("vega", orNull(greeks.vega()));
      row.put("theta", orNull(greeks.theta()));
      row.put("rho", orNull(greeks.rho()));
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> chainRow(OptionChain chain) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("underlying", chain.underlying());
    row.put("as_of", timestamp(chain.asOf()));
    row.put("spot", chain.spot());
    return row;
  }

  /** One row per bar. */
  static List<Map<String, Object>> bars(List<PriceBar> bars) {
    List<Map<String, Object>> rows = new ArrayList<>(bars.size());
    for (PriceBar bar : bars) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("symbol", bar.symbol());
      row.put("bar_start", timestamp(bar.start()));
      row.put("interval_nanos", bar.interval().toNanos());
      row.put("open", bar.open());
      row.put("high", bar.high());
      row.put("low", bar.low());
      row.put("close", bar.close());
      row.put("volume", bar.volume());
      rows.add(row);
    }
    return rows;
  }

  /** The reading's row, its issues as a repeated record in order. */
  static Map<String, Object> reading(RealizedVolatilityReading reading) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("symbol", reading.symbol());
    row.put("as_of", timestamp(reading.asOf()));
    row.put("time_window", reading.window().name());
    RegularSession session = reading.session();
    row.put("session_date", session.date().toString());
    row.put("session_open", timestamp(session.open()));
    row.put("session_close", timestamp(session.close()));
    row.put("early_close", session.earlyClose());
    row.put("window_start", timestamp(reading.windowStart()));
    row.put("window_end", timestamp(reading.windowEnd()));
    row.put("annualized_volatility", orNull(reading.annualizedVolatility()));
    row.put("returns_used", reading.returnsUsed());
    row.put("slots_covered", reading.slotsCovered());
    row.put("expected_returns", reading.expectedReturns());
    List<Map<String, Object>> issues = new ArrayList<>();
    for (DataIssue issue : reading.issues()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", issue.kind().name());
      item.put("at", timestamp(issue.at()));
      item.put("count", issue.count());
      item.put("detail", issue.detail());
      issues.add(item);
    }
    row.put("issues", issues);
    return row;
  }

  /** The quote of a chain row, or null for the chain's spot row. */
  static OptionQuote quote(FieldValueList row) {
    if (row.get("contract_symbol").isNull()) {
      return null;
    }
    OptionContract contract = new OptionContract(row.get("contract_symbol").getStringValue(),
        row.get("contract_underlying").getStringValue(), row.get("root").getStringValue(),
        LocalDate.parse(row.get("expiration").getStringValue()), row.get("strike").getDoubleValue(),
        OptionRight.valueOf(row.get("option_right").getStringValue()), (int) row.get("multiplier").getLongValue(),
        Settlement.valueOf(row.get("settlement").getStringValue()));
    VendorGreeks greeks = new VendorGreeks(optional(row.get("delta")), optional(row.get("gamma")),
        optional(row.get("vega")), optional(row.get("theta")), optional(row.get("rho")));
    return new OptionQuote(contract, optional(row.get("bid")), optional(row.get("ask")), optional(row.get("last")),
        row.get("volume").getLongValue(), row.get("open_interest").getLongValue(),
        optional(row.get("implied_volatility")), greeks);
  }

  /** The bar of a bar row. */
  static PriceBar bar(FieldValueList row) {
    return new PriceBar(row.get("symbol").getStringValue(), instant(row.get("bar_start")),
        Duration.ofNanos(row.get("interval_nanos").getLongValue()), row.get("open").getDoubleValue(),
        row.get("high").getDoubleValue(), row.get("low").getDoubleValue(), row.get("close").getDoubleValue(),
        row.get("volume").getLongValue());
  }

  /** The reading of a reading row. */
  static RealizedVolatilityReading reading(FieldValueList row) {
    List<DataIssue> issues = new ArrayList<>();
    for (FieldValue item : row.get("issues").getRepeatedValue()) {
      // The client names the cells of top-level rows only; a record's cells are in schema order.
      FieldValueList issue = item.getRecordValue();
      issues.add(new DataIssue(DataIssue.Kind.valueOf(issue.get(0).getStringValue()), instant(issue.get(1)),
          (int) issue.get(2).getLongValue(), issue.get(3).getStringValue()));
    }
    RegularSession session = new RegularSession(LocalDate.parse(row.get("session_date").getStringValue()),
        instant(row.get("session_open")), instant(row.get("session_close")), row.get("early_close").getBooleanValue());
    return new RealizedVolatilityReading(row.get("symbol").getStringValue(), instant(row.get("as_of")),
        RealizedVolatilityWindow.valueOf(row.get("time_window").getStringValue()), session,
        instant(row.get("window_start")), instant(row.get("window_end")), optional(row.get("annualized_volatility")),
        (int) row.get("returns_used").getLongValue(), (int) row.get("slots_covered").getLongValue(),
        (int) row.get("expected_returns").getLongValue(), issues);
  }

  /** A TIMESTAMP cell as an instant (BigQuery keeps microseconds). */
  static Instant instant(FieldValue value) {
    return Instant.EPOCH.plus(value.getTimestampValue(), ChronoUnit.MICROS);
  }

  /** An instant as BigQuery TIMESTAMP text. */
  static String timestamp(Instant instant) {
    return instant.toString();
  }

  static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  static OptionalDouble optional(FieldValue value) {
    return value.isNull() ? OptionalDouble.empty() : OptionalDouble.of(value.getDoubleValue());
  }
}
