package io.zerogex.tradier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.spi.MarketDataException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Parses the body of Tradier's {@code GET /v1/markets/options/chains} (with {@code greeks=true})
 * into option quotes. A byte scanner reads the common case (see {@code ChainScanner}); anything
 * it does not cover goes to Jackson's streaming parser, so a 20,000-contract chain costs no tree
 * and every valid body still parses.
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
    ChainRows rows = new ChainRows(owner);
    if (!ChainScanner.scan(body, rows)) {
      readWithJackson(body, rows);
    }
    return rows.finish();
  }

  /** The general reader: every valid JSON body, and the errors of invalid ones. */
  static void readWithJackson(byte[] body, ChainRows rows) {
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
          } else {
            parser.skipChildren();
          }
        } else {
          parser.skipChildren();
        }
      }
      if (!sawOptions || parser.nextToken() != null) {
        throw TradierJson.malformed(body, ENDPOINT, null);
      }
    } catch (IOException e) {
      throw TradierJson.malformed(body, ENDPOINT, e);
    }
  }

  private static void readOptions(JsonParser parser, ChainRows rows) throws IOException {
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

  private static ChainRows.Row readOption(JsonParser parser) throws IOException {
    ChainRows.Row row = new ChainRows.Row();
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
}
