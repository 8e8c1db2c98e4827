package io.zerogex.tradier;

import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.Settlement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the option rows of a chains body, as read by either parser, into quotes: the OCC symbol
 * fills in a missing root, expiration, strike or right; 0 prices become absent; rows that cannot
 * make a contract are counted and reported once.
 *
 * <p>Not thread-safe: one instance per parse.
 */
final class ChainRows {

  private static final Logger LOG = LoggerFactory.getLogger(ChainRows.class);

  private final String underlying;
  private final List<OptionQuote> quotes = new ArrayList<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  /** The last expiration text and its date: consecutive rows mostly share one expiration. */
  private String lastExpirationText;
  private LocalDate lastExpiration;
  /** The last root and its settlement style (the scanner hands repeated roots over as one String). */
  private String lastRoot;
  private Settlement lastSettlement;
  private int skipped;
  private String firstProblem;

  ChainRows(String underlying) {
    this.underlying = underlying;
  }

  /** One option object's fields as read, before validation. */
  static final class Row {
    String symbol;
    String root;
    String expiration;
    String type;
    double strike = Double.NaN;
    double contractSize = Double.NaN;
    double bid = Double.NaN;
    double ask = Double.NaN;
    double last = Double.NaN;
    double volume = Double.NaN;
    double openInterest = Double.NaN;
    final TradierGreeks greeks = new TradierGreeks();

    /** Forgets every field, for the next option object; returns this row. */
    Row clear() {
      symbol = null;
      root = null;
      expiration = null;
      type = null;
      strike = Double.NaN;
      contractSize = Double.NaN;
      bid = Double.NaN;
      ask = Double.NaN;
      last = Double.NaN;
      volume = Double.NaN;
      openInterest = Double.NaN;
      greeks.clear();
      return this;
    }
  }

  /** Adds the row's quote, or counts it as skipped when it cannot make a contract. */
  void add(Row row) {
    try {
      quotes.add(quote(row));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      skipped++;
      if (firstProblem == null) {
        firstProblem = e.getMessage();
      }
    }
  }

  /** Forgets every row (the fast scanner hands over to the general parser). */
  void clear() {
    quotes.clear();
    skipped = 0;
    firstProblem = null;
  }

  /** The quotes, after reporting skipped rows. */
  List<OptionQuote> finish() {
    if (skipped > 0) {
      LOG.warn("Tradier chain of {}: skipped {} rows without a usable symbol or contract ({})", underlying,
          skipped, firstProblem);
    }
    return quotes;
  }

  private OptionQuote quote(Row row) {
    if (row.symbol == null) {
      throw new IllegalArgumentException("a row has no symbol");
    }
    String root = row.root;
    LocalDate expiration = expiration(row.expiration);
    double strike = row.strike;
    OptionRight right = "call".equalsIgnoreCase(row.type) ? OptionRight.CALL
        : "put".equalsIgnoreCase(row.type) ? OptionRight.PUT : null;
    if (root == null || expiration == null || !(strike > 0) || right == null) {
      OptionContract occ = OptionContract.parse(row.symbol);
      root = root == null ? occ.root() : root;
      expiration = expiration == null ? occ.expiration() : expiration;
      strike = strike > 0 ? strike : occ.strike();
      right = right == null ? occ.right() : right;
    }
    int multiplier = row.contractSize >= 1 ? (int) row.contractSize : OptionContract.STANDARD_MULTIPLIER;
    OptionContract contract = new OptionContract(row.symbol, underlying, root, expiration, strike, right,
        multiplier, settlement(root));
    return new OptionQuote(contract, price(row.bid), price(row.ask), price(row.last),
        count(row.volume), count(row.openInterest), row.greeks.impliedVolatility(),
        row.greeks.toVendorGreeks(right));
  }

  /** The date of an expiration text, parsed once per distinct text. */
  private LocalDate expiration(String text) {
    if (text == null) {
      return null;
    }
    if (!text.equals(lastExpirationText)) {
      lastExpiration = dates.computeIfAbsent(text, LocalDate::parse);
      lastExpirationText = text;
    }
    return lastExpiration;
  }

  /** {@link OptionContract#settlementOfRoot(String)}, looked up once per run of equal roots. */
  private Settlement settlement(String root) {
    if (!root.equals(lastRoot)) {
      lastSettlement = OptionContract.settlementOfRoot(root);
      lastRoot = root;
    }
    return lastSettlement;
  }

  private static OptionalDouble price(double value) {
    return value > 0 && value < Double.POSITIVE_INFINITY ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  private static long count(double value) {
    return value > 0 && value < Long.MAX_VALUE ? (long) value : 0;
  }
}
