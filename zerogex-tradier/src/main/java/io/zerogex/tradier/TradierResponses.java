package io.zerogex.tradier;

import static io.zerogex.tradier.TradierJson.child;
import static io.zerogex.tradier.TradierJson.elements;

import com.fasterxml.jackson.databind.JsonNode;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readers of the small Tradier responses (expirations, quotes, time and sales, history, clock,
 * calendar) into the library's types. Each requires its documented top-level key (so a fault
 * body is not mistaken for "no data"), accepts a single object where an array is documented,
 * {@code null} or {@code "null"} for none, and fields in any order.
 */
final class TradierResponses {

  static final String EXPIRATIONS = "/v1/markets/options/expirations";
  static final String QUOTES = "/v1/markets/quotes";
  static final String TIMESALES = "/v1/markets/timesales";
  static final String HISTORY = "/v1/markets/history";
  static final String CLOCK = "/v1/markets/clock";
  static final String CALENDAR = "/v1/markets/calendar";

  private static final Logger LOG = LoggerFactory.getLogger(TradierResponses.class);

  private TradierResponses() {
  }

  /** Expiration dates, ascending and distinct, from {@code date} strings or {@code expiration} objects. */
  static List<LocalDate> expirations(byte[] body) {
    JsonNode expirations = top(body, EXPIRATIONS, "expirations");
    TreeSet<LocalDate> dates = new TreeSet<>();
    try {
      for (JsonNode date : elements(expirations, "date")) {
        dates.add(LocalDate.parse(date.asText().strip()));
      }
      for (JsonNode expiration : elements(expirations, "expiration")) {
        TradierJson.text(expiration, "date").map(LocalDate::parse).ifPresent(dates::add);
      }
    } catch (DateTimeException e) {
      throw TradierJson.malformed(body, EXPIRATIONS, e);
    }
    return List.copyOf(dates);
  }

  /**
   * Quotes by upper-case symbol, in the body's order; unmatched symbols are absent.
   *
   * @param fallbackAsOf the instant for quotes without a trade time
   */
  static Map<String, Quote> quotes(byte[] body, Instant fallbackAsOf) {
    JsonNode quotes = top(body, QUOTES, "quotes");
    Map<String, Quote> out = new LinkedHashMap<>();
    for (JsonNode quote : elements(quotes, "quote")) {
      Optional<String> symbol = TradierJson.text(quote, "symbol");
      if (symbol.isEmpty()) {
        continue;
      }
      String name = symbol.get().toUpperCase(Locale.ROOT);
      OptionalDouble bid = TradierJson.positive(quote, "bid");
      OptionalDouble ask = TradierJson.positive(quote, "ask");
      OptionalDouble last = lastPrice(quote, bid, ask);
      if (last.isEmpty()) {
        LOG.warn("Tradier quote of {} has no last, bid/ask or previous close; left out", name);
        continue;
      }
      Instant asOf = TradierJson.instant(quote, "trade_date").orElse(fallbackAsOf);
      out.put(name, new Quote(name, asOf, last.getAsDouble(), bid, ask, TradierJson.count(quote, "volume")));
    }
    List<JsonNode> unmatched = elements(child(quotes, "unmatched_symbols"), "symbol");
    if (!unmatched.isEmpty()) {
      LOG.debug("Tradier did not recognise {}", unmatched);
    }
    return out;
  }

  /** Last trade, else the two-sided mid, else the previous close (indexes before the open). */
  private static OptionalDouble lastPrice(JsonNode quote, OptionalDouble bid, OptionalDouble ask) {
    OptionalDouble last = TradierJson.positive(quote, "last");
    if (last.isPresent()) {
      return last;
    }
    if (bid.isPresent() && ask.isPresent() && bid.getAsDouble() <= ask.getAsDouble()) {
      return OptionalDouble.of(0.5 * (bid.getAsDouble() + ask.getAsDouble()));
    }
    return TradierJson.positive(quote, "prevclose");
  }

  /** Time-and-sales bars of {@code interval}, keyed and sorted by start; bad rows are left out. */
  static List<PriceBar> timesales(byte[] body, String symbol, Duration interval) {
    JsonNode series = top(body, TIMESALES, "series");
    List<PriceBar> bars = new ArrayList<>();
    for (JsonNode row : elements(series, "data")) {
      Optional<Instant> start = TradierJson.instant(row, "timestamp").or(() -> TradierJson.instant(row, "time"));
      bar(row, symbol, start, interval).ifPresent(bars::add);
    }
    return sorted(bars, symbol, TIMESALES);
  }

  /** Daily bars; each starts at its date's America/New_York midnight and lasts one day. */
  static List<PriceBar> history(byte[] body, String symbol) {
    JsonNode history = top(body, HISTORY, "history");
    List<PriceBar> bars = new ArrayList<>();
    for (JsonNode row : elements(history, "day")) {
      Optional<Instant> start = TradierJson.text(row, "date").flatMap(TradierJson::instant);
      bar(row, symbol, start, Duration.ofDays(1)).ifPresent(bars::add);
    }
    return sorted(bars, symbol, HISTORY);
  }

  private static Optional<PriceBar> bar(JsonNode row, String symbol, Optional<Instant> start, Duration interval) {
    OptionalDouble open = TradierJson.number(row, "open");
    OptionalDouble high = TradierJson.number(row, "high");
    OptionalDouble low = TradierJson.number(row, "low");
    OptionalDouble close = TradierJson.number(row, "close");
    if (start.isEmpty() || open.isEmpty() || high.isEmpty() || low.isEmpty() || close.isEmpty()) {
      LOG.warn("Tradier bar of {} lacks a time or price and is left out: {}", symbol, row);
      return Optional.empty();
    }
    try {
      return Optional.of(new PriceBar(symbol, start.get(), interval, open.getAsDouble(), high.getAsDouble(),
          low.getAsDouble(), close.getAsDouble(), TradierJson.count(row, "volume")));
    } catch (IllegalArgumentException e) {
      LOG.warn("Tradier bar of {} is inconsistent and left out: {}", symbol, e.getMessage());
      return Optional.empty();
    }
  }

  private static List<PriceBar> sorted(List<PriceBar> bars, String symbol, String endpoint) {
    TreeMap<Instant, PriceBar> byStart = new TreeMap<>();
    for (PriceBar bar : bars) {
      if (byStart.put(bar.start(), bar) != null) {
        LOG.debug("Tradier {} repeated the {} bar at {}; kept the last", endpoint, symbol, bar.start());
      }
    }
    return List.copyOf(byStart.values());
  }

  /** The market clock; the reading's instant falls back to {@code fallbackAsOf}. */
  static MarketClock clock(byte[] body, Instant fallbackAsOf) {
    JsonNode clock = top(body, CLOCK, "clock");
    try {
      LocalDate date = LocalDate.parse(TradierJson.text(clock, "date").orElseThrow(() -> TradierJson.malformed(body, CLOCK, null)));
      String state = TradierJson.text(clock, "state").orElseThrow(() -> TradierJson.malformed(body, CLOCK, null));
      return new MarketClock(date, state.toLowerCase(Locale.ROOT),
          TradierJson.instant(clock, "timestamp").orElse(fallbackAsOf),
          TradierJson.text(clock, "next_state").orElse("").toLowerCase(Locale.ROOT),
          TradierJson.text(clock, "next_change").map(LocalTime::parse),
          TradierJson.text(clock, "description").orElse(""));
    } catch (DateTimeException e) {
      throw TradierJson.malformed(body, CLOCK, e);
    }
  }

  /** The days of a calendar month, ascending. */
  static List<MarketDay> calendar(byte[] body) {
    JsonNode calendar = top(body, CALENDAR, "calendar");
    TreeMap<LocalDate, MarketDay> days = new TreeMap<>();
    try {
      for (JsonNode day : elements(child(calendar, "days"), "day")) {
        Optional<LocalDate> date = TradierJson.text(day, "date").map(LocalDate::parse);
        if (date.isEmpty()) {
          continue;
        }
        boolean open = TradierJson.text(day, "status").map(s -> s.equalsIgnoreCase("open")).orElse(false);
        JsonNode session = child(day, "open");
        days.put(date.get(), new MarketDay(date.get(), open, TradierJson.text(day, "description").orElse(""),
            open ? TradierJson.text(session, "start").map(LocalTime::parse) : Optional.empty(),
            open ? TradierJson.text(session, "end").map(LocalTime::parse) : Optional.empty()));
      }
    } catch (DateTimeException e) {
      throw TradierJson.malformed(body, CALENDAR, e);
    }
    return List.copyOf(days.values());
  }

  /** The value under the documented top-level key; a body without the key is malformed. */
  private static JsonNode top(byte[] body, String endpoint, String key) {
    JsonNode root = TradierJson.read(body, endpoint);
    if (!root.has(key)) {
      throw TradierJson.malformed(body, endpoint, null);
    }
    return child(root, key);
  }
}
