package io.zerogex.tradestation;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionRight;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the library's symbols to TradeStation's and back.
 *
 * <p>Cash indexes carry a dollar sign and a {@code .X} suffix at TradeStation ({@code SPX} is
 * {@code $SPX.X}); ETFs and stocks are the same on both sides. An index's option roots are
 * separate underlyings at TradeStation: the SPX monthlies hang off {@code $SPX.X} and the SPXW
 * weeklies off {@code $SPXW.X} (likewise {@code $NDX.X}/{@code $NDXP.X},
 * {@code $RUT.X}/{@code $RUTW.X}), so a whole SPX expiration takes both. Option symbols are
 * {@code ROOT yyMMdd C|P strike}, e.g. {@code SPXW 240105C4700} or {@code MSFT 211217P332.5}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TradeStationSymbols {

  private static final List<String> CASH_INDEXES = List.of("SPX", "NDX", "RUT", "VIX", "XSP", "DJX", "OEX", "XEO");

  private static final Map<String, List<String>> OPTION_UNDERLYINGS = Map.of(
      "SPX", List.of("$SPX.X", "$SPXW.X"),
      "NDX", List.of("$NDX.X", "$NDXP.X"),
      "RUT", List.of("$RUT.X", "$RUTW.X"));

  private static final Pattern OPTION = Pattern.compile(
      "([A-Z][A-Z0-9.]{0,5})\\s+(\\d{2})(\\d{2})(\\d{2})([CP])(\\d+(?:\\.\\d+)?)");

  private TradeStationSymbols() {
  }

  /** The TradeStation symbol of a library symbol: {@code SPX} to {@code $SPX.X}, {@code SPY} unchanged. */
  public static String toVendor(String symbol) {
    String s = Arguments.notBlank(symbol, "symbol").strip().toUpperCase(Locale.ROOT);
    if (s.startsWith("$")) {
      return s;
    }
    return CASH_INDEXES.contains(s) ? "$" + s + ".X" : s;
  }

  /** The library symbol of a TradeStation symbol: {@code $SPX.X} to {@code SPX}, {@code SPY} unchanged. */
  public static String fromVendor(String vendorSymbol) {
    String s = Arguments.notBlank(vendorSymbol, "vendorSymbol").strip().toUpperCase(Locale.ROOT);
    if (s.startsWith("$") && s.endsWith(".X") && s.length() > 3) {
      return s.substring(1, s.length() - 2);
    }
    return s;
  }

  /**
   * The TradeStation underlyings whose option chains together make the library underlying's
   * chain: {@code SPX} to {@code [$SPX.X, $SPXW.X]}, {@code SPY} to {@code [SPY]}.
   */
  public static List<String> optionUnderlyings(String underlying) {
    String s = fromVendor(underlying);
    return OPTION_UNDERLYINGS.getOrDefault(s, List.of(toVendor(s)));
  }

  /**
   * Parses a TradeStation option symbol into a contract with the standard multiplier.
   *
   * @throws IllegalArgumentException naming the symbol when it is not {@code ROOT yyMMdd C|P strike}
   */
  public static OptionContract parseOption(String vendorSymbol) {
    Arguments.notNull(vendorSymbol, "vendorSymbol");
    Matcher m = OPTION.matcher(vendorSymbol.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + vendorSymbol + "' is not a TradeStation option symbol (ROOT yyMMddC|Pstrike)");
    }
    LocalDate expiration;
    try {
      expiration = LocalDate.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + vendorSymbol + "' has an invalid expiration date", e);
    }
    OptionRight right = OptionRight.ofCode(m.group(5).charAt(0));
    double strike = Double.parseDouble(m.group(6));
    return OptionContract.of(m.group(1), expiration, right, strike);
  }
}
