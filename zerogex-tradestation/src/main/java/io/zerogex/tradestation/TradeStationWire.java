package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.model.VendorGreeks;
import io.zerogex.core.spi.MarketDataException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalDouble;

/**
 * Maps TradeStation's JSON objects to the library's records.
 *
 * <p>Conventions, from the WebAPI v3 specification's field descriptions:
 * <ul>
 *   <li>Greeks: Delta and Gamma per 1 point of the underlying (kept); Theta is per calendar day and
 *       already signed as dPrice/dt (negative for a long option), so theta per year =
 *       Theta x 365; Vega and
 *       Rho are per percentage point, so per 1.00 = value x 100.</li>
 *   <li>ImpliedVolatility is a decimal (0.3118 is 31.18%); 0 or below means unknown.</li>
 *   <li>A bid, ask or last of 0 or below means "not quoted" and is empty (the specification's own
 *       example carries a negative bid).</li>
 *   <li>Bar TimeStamps mark a bar's end (daily bars at 21:00Z, the 16:00 ET close), so a minute
 *       bar starts one interval earlier; a daily bar starts at midnight America/New_York of its
 *       trading date.</li>
 * </ul>
 * Every failure is a {@link MarketDataException} naming the endpoint and the object.
 */
final class TradeStationWire {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final double DAYS_PER_YEAR = 365.0;
  private static final double PERCENT_POINTS_PER_UNIT = 100.0;

  private TradeStationWire() {
  }

  /**
   * The key an option-chain update is merged under within one root's stream: its side and strikes
   * when present (so that an update carrying only changed fields still finds its contract), else
   * its leg symbol.
   */
  static String spreadKey(JsonNode spread, String endpoint) {
    JsonNode side = spread.get("Side");
    JsonNode strikes = spread.get("Strikes");
    if (side != null && side.isTextual() && strikes != null && strikes.isArray() && !strikes.isEmpty()) {
      return side.textValue() + " " + strikes;
    }
    return legSymbol(spread, endpoint);
  }

  /** The leg symbol of a single-leg spread. */
  static String legSymbol(JsonNode spread, String endpoint) {
    JsonNode legs = spread.get("Legs");
    if (legs == null || !legs.isArray() || legs.size() != 1) {
      throw new MarketDataException("option-chain object without exactly one leg (the chain is streamed with "
          + "spreadType=Single): " + JsonValues.shorten(String.valueOf(legs)), endpoint, null);
    }
    return JsonValues.text(legs.get(0), "Symbol", "option-chain leg", endpoint);
  }

  /** One single-leg spread of the option-chain stream as a quote. */
  static OptionQuote spread(JsonNode spread, String endpoint) {
    String symbol = legSymbol(spread, endpoint);
    OptionContract contract;
    try {
      contract = TradeStationSymbols.parseOption(symbol);
    } catch (IllegalArgumentException e) {
      throw new MarketDataException(e.getMessage(), endpoint, e);
    }
    String what = "option " + symbol;
    OptionalDouble iv = JsonValues.optionalNumber(spread, "ImpliedVolatility", what, endpoint);
    VendorGreeks greeks = new VendorGreeks(
        JsonValues.optionalNumber(spread, "Delta", what, endpoint),
        JsonValues.optionalNumber(spread, "Gamma", what, endpoint),
        scaled(JsonValues.optionalNumber(spread, "Vega", what, endpoint), PERCENT_POINTS_PER_UNIT),
        scaled(JsonValues.optionalNumber(spread, "Theta", what, endpoint), DAYS_PER_YEAR),
        scaled(JsonValues.optionalNumber(spread, "Rho", what, endpoint), PERCENT_POINTS_PER_UNIT));
    try {
      return new OptionQuote(contract,
          price(spread, "Bid", what, endpoint),
          price(spread, "Ask", what, endpoint),
          price(spread, "Last", what, endpoint),
          JsonValues.count(spread, "Volume", what, endpoint),
          JsonValues.count(spread, "DailyOpenInterest", what, endpoint),
          iv.isPresent() && iv.getAsDouble() > 0 ? iv : OptionalDouble.empty(),
          greeks);
    } catch (IllegalArgumentException e) {
      throw new MarketDataException(what + ": " + e.getMessage(), endpoint, e);
    }
  }

  /** A quote object (snapshot or stream) as the library's quote. */
  static Quote quote(JsonNode quote, Instant fallbackAsOf, String endpoint) {
    String vendor = JsonValues.text(quote, "Symbol", "quote", endpoint);
    String what = "quote " + vendor;
    double last = JsonValues.number(quote, "Last", what, endpoint);
    if (!(last > 0)) {
      throw new MarketDataException(what + " has no positive Last: " + last, endpoint, null);
    }
    Instant asOf = quote.hasNonNull("TradeTime")
        ? JsonValues.instant(quote, "TradeTime", what, endpoint) : fallbackAsOf;
    try {
      return new Quote(TradeStationSymbols.fromVendor(vendor), asOf, last,
          price(quote, "Bid", what, endpoint), price(quote, "Ask", what, endpoint),
          JsonValues.count(quote, "Volume", what, endpoint));
    } catch (IllegalArgumentException e) {
      throw new MarketDataException(what + ": " + e.getMessage(), endpoint, e);
    }
  }

  /** A bar of the barcharts endpoint, under the library's symbol. */
  static PriceBar bar(JsonNode bar, String symbol, Duration interval, String endpoint) {
    String what = symbol + " bar";
    Instant end = JsonValues.instant(bar, "TimeStamp", what, endpoint);
    Instant start = interval.equals(Duration.ofDays(1))
        ? LocalDate.ofInstant(end, NEW_YORK).atStartOfDay(NEW_YORK).toInstant()
        : end.minus(interval);
    try {
      return new PriceBar(symbol, start, interval,
          JsonValues.number(bar, "Open", what, endpoint),
          JsonValues.number(bar, "High", what, endpoint),
          JsonValues.number(bar, "Low", what, endpoint),
          JsonValues.number(bar, "Close", what, endpoint),
          JsonValues.count(bar, "TotalVolume", what, endpoint));
    } catch (IllegalArgumentException e) {
      throw new MarketDataException(what + " at " + end + ": " + e.getMessage(), endpoint, e);
    }
  }

  private static OptionalDouble price(JsonNode object, String field, String what, String endpoint) {
    OptionalDouble v = JsonValues.optionalNumber(object, field, what, endpoint);
    return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
  }

  private static OptionalDouble scaled(OptionalDouble value, double factor) {
    return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * factor) : value;
  }
}
