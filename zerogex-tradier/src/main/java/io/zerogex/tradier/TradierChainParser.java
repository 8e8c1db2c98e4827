package io.zerogex.tradier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.spi.MarketDataException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the body of Tradier's {@code GET /v1/markets/options/chains} (with {@code greeks=true})
 * into option quotes, with Jackson's streaming parser so a 20,000-contract chain costs no tree.
 *
 * <p>Shape: {@code {"options": {"option": [ ... ]}}}; {@code option} may be one object instead of
 * an array, and {@code options} may be {@code null} or {@code "null"} (no contracts). Fields come
 * in any order; unknown fields are skipped; numbers may be strings; a missing root, expiration,
 * strike or right is read from the OCC symbol. A row without a usable symbol is skipped and
 * counted in a warning.
 *
 * <p>Conversions at this boundary (see {@link TradierGreeks}): a bid, ask or last of 0 or less is
 * "not quoted" (empty); the implied volatility is {@code mid_iv} when &gt; 0, else
 * {@code smv_vol} when &gt; 0, else the mean of the positive {@code bid_iv} and {@code ask_iv},
 * else empty, so a 0 never becomes a volatility; {@code contract_size} is the multiplier (100 when
 * absent); the settlement follows the root (SPX and NDX AM, SPXW and NDXP PM).
 *
 * <p>Stateless and thread-safe.
 */
public final class TradierChainParser {

  /** The endpoint whose bodies this parses, named in exceptions. */
  public static final String ENDPOINT = "/v1/markets/options/chains";

  private static final Logger LOG = LoggerFactory.getLogger(TradierChainParser.class);

  private TradierChainParser() {
  }

  /**
   * Parses a chains body.
   *
   * @param body the response body, UTF-8 JSON
   * @param underlying the library's underlying symbol given to every contract, e.g. {@code SPX}
   * @return the quotes in the body's order
   * @throws MarketDataException when the body is not the documented JSON (truncated, a fault)
   */
  public static List<OptionQuote> parse(byte[] body, String underlying) {
    Arguments.notNull(body, "body");
    String owner = Arguments.notBlank(underlying, "underlying").strip().toUpperCase(Locale.ROOT);
    Rows rows = new Rows(owner);
    try (JsonParser parser = TradierJson.FACTORY.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw TradierJson.malformed(body, ENDPOINT, null);
      }
      boolean sawOptions = false;
      String field;
      while ((field = parser.nextFieldName()) != null) {
        JsonToken token = parser.nextToken();
        if (field.equals("options")) {
          sawOptions = true;
          if (token == JsonToken.START_OBJECT) {
            readOptions(parser, rows);
          }
        } else {
          parser.skipChildren();
        }
      }
      if (!sawOptions) {
        throw TradierJson.malformed(body, ENDPOINT, null);
      }
    } catch (IOException e) {
      throw TradierJson.malformed(body, ENDPOINT, e);
    }
    if (rows.skipped > 0) {
      LOG.warn("Tradier chain of {}: skipped {} rows without a usable symbol or contract ({})", owner,
          rows.skipped, rows.firstProblem);
    }
    return rows.quotes;
  }

  private static void readOptions(JsonParser parser, Rows rows) throws IOException {
    String field;
    while ((field = parser.nextFieldName()) != null) {
      JsonToken token = parser.nextToken();
      if (!field.equals("option")) {
        parser.skipChildren();
      } else if (token == JsonToken.START_ARRAY) {
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (token == JsonToken.START_OBJECT) {
            rows.add(readOption(parser));
          } else {
            parser.skipChildren();
          }
        }
      } else if (token == JsonToken.START_OBJECT) {
        rows.add(readOption(parser));
      }
    }
  }

  private static Row readOption(JsonParser parser) throws IOException {
    Row row = new Row();
    String field;
    while ((field = parser.nextFieldName()) != null) {
      JsonToken token = parser.nextToken();
      switch (field) {
        case "symbol" -> row.symbol = text(parser, token);
        case "root_symbol" -> row.root = text(parser, token);
        case "expiration_date" -> row.expiration = text(parser, token);
        case "option_type" -> row.type = text(parser, token);
        case "strike" -> row.strike = number(parser, token);
        case "contract_size" -> row.contractSize = number(parser, token);
        case "bid" -> row.bid = number(parser, token);
        case "ask" -> row.ask = number(parser, token);
        case "last" -> row.last = number(parser, token);
        case "volume" -> row.volume = number(parser, token);
        case "open_interest" -> row.openInterest = number(parser, token);
        case "greeks" -> readGreeks(parser, token, row.greeks);
        default -> parser.skipChildren();
      }
    }
    return row;
  }

  private static void readGreeks(JsonParser parser, JsonToken token, TradierGreeks greeks) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    greeks.present = true;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      JsonToken value = parser.nextToken();
      switch (field) {
        case "delta" -> greeks.delta = number(parser, value);
        case "gamma" -> greeks.gamma = number(parser, value);
        case "theta" -> greeks.thetaPerDay = number(parser, value);
        case "vega" -> greeks.vegaPerVolPoint = number(parser, value);
        case "rho" -> greeks.rhoPerRatePoint = number(parser, value);
        case "bid_iv" -> greeks.bidIv = number(parser, value);
        case "mid_iv" -> greeks.midIv = number(parser, value);
        case "ask_iv" -> greeks.askIv = number(parser, value);
        case "smv_vol" -> greeks.smvVol = number(parser, value);
        default -> parser.skipChildren();
      }
    }
  }

  private static double number(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      return TradierJson.parseNumber(parser.getText());
    }
    parser.skipChildren();
    return Double.NaN;
  }

  private static String text(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      String s = parser.getText();
      return s.isBlank() || s.equalsIgnoreCase("null") ? null : s;
    }
    parser.skipChildren();
    return null;
  }

  /** One option object's fields as read, before validation. */
  private static final class Row {
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
  }

  /** The quotes built so far, with a cache of parsed expiration dates. */
  private static final class Rows {
    final String underlying;
    final List<OptionQuote> quotes = new ArrayList<>();
    final Map<String, LocalDate> dates = new HashMap<>();
    int skipped;
    String firstProblem;

    Rows(String underlying) {
      this.underlying = underlying;
    }

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

    private OptionQuote quote(Row row) {
      if (row.symbol == null) {
        throw new IllegalArgumentException("a row has no symbol");
      }
      String root = row.root;
      LocalDate expiration = row.expiration == null ? null : dates.computeIfAbsent(row.expiration, LocalDate::parse);
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
          multiplier, OptionContract.settlementOfRoot(root));
      return new OptionQuote(contract, price(row.bid), price(row.ask), price(row.last),
          count(row.volume), count(row.openInterest), row.greeks.impliedVolatility(),
          row.greeks.toVendorGreeks(right));
    }

    private static OptionalDouble price(double value) {
      return value > 0 && value < Double.POSITIVE_INFINITY ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static long count(double value) {
      return value > 0 && value < Long.MAX_VALUE ? (long) value : 0;
    }
  }
}
