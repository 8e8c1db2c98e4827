package io.zerogex.core.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One listed option contract, identified by its OCC-style symbol.
 *
 * <p>The symbol is the compact OCC form {@code ROOT + yyMMdd + C|P + strike x 1000 in 8 digits},
 * for example {@code SPXW240105C04700000} (SPXW, 2024-01-05, call, strike 4700) or
 * {@code SPY251219P00450000}. The padded form with the root filled to six characters
 * ({@code "SPXW  240105C04700000"}) and a leading dot are accepted by {@link #parse(String)}.
 *
 * <p>The underlying is the index or stock the root belongs to (SPXW and SPX both belong to SPX,
 * NDXP and NDX to NDX). The multiplier is explicit on every contract; {@link #parse(String)}
 * uses the standard 100.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol the compact OCC symbol
 * @param underlying the underlying symbol, e.g. {@code SPX}
 * @param root the option root, e.g. {@code SPXW}
 * @param expiration the expiration (and settlement) date
 * @param strike the strike price, in the underlying's price units, &gt; 0
 * @param right call or put
 * @param multiplier the deliverable units per contract, &gt; 0 (100 for standard contracts)
 * @param settlement AM or PM settlement
 */
public record OptionContract(
    String symbol,
    String underlying,
    String root,
    LocalDate expiration,
    double strike,
    OptionRight right,
    int multiplier,
    Settlement settlement) {

  /** The standard equity and index option multiplier. */
  public static final int STANDARD_MULTIPLIER = 100;

  /** Roots whose underlying differs from the root itself. */
  private static final Map<String, String> ROOT_TO_UNDERLYING = Map.of(
      "SPXW", "SPX",
      "SPXPM", "SPX",
      "NDXP", "NDX",
      "RUTW", "RUT",
      "VIXW", "VIX");

  /** Roots of AM-settled (opening print) contracts; every other root is PM-settled. */
  private static final java.util.Set<String> AM_SETTLED_ROOTS = java.util.Set.of("SPX", "NDX", "RUT", "VIX");

  /** Validates every component. */
  public OptionContract {
    Arguments.notBlank(symbol, "symbol");
    Arguments.notBlank(underlying, "underlying");
    Arguments.notBlank(root, "root");
    Arguments.notNull(expiration, "expiration");
    Arguments.positive(strike, "strike");
    Arguments.notNull(right, "right");
    Arguments.positive(multiplier, "multiplier");
    Arguments.notNull(settlement, "settlement");
  }

  /**
   * Parses an OCC option symbol with the standard multiplier of 100, the underlying and the
   * settlement implied by the root.
   *
   * @throws IllegalArgumentException naming the symbol and the part that is malformed
   */
  public static OptionContract parse(String symbol) {
    Arguments.notNull(symbol, "symbol");
    String s = symbol.strip();
    if (s.startsWith(".")) {
      s = s.substring(1);
    }
    s = s.replace(" ", "").toUpperCase(Locale.ROOT);
    int n = s.length();
    // root (1-6) + 6 date digits + right + 8 strike digits
    if (n < 16 || n > 21) {
      throw new IllegalArgumentException(
          "symbol '" + symbol + "' is not an OCC option symbol (ROOT yyMMdd C|P 8-digit strike)");
    }
    String root = s.substring(0, n - 15);
    String date = s.substring(n - 15, n - 9);
    char rightCode = s.charAt(n - 9);
    String strikeDigits = s.substring(n - 8);
    if (!root.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.')
        || !Character.isLetter(root.charAt(0))) {
      throw new IllegalArgumentException("symbol '" + symbol + "' has an invalid root '" + root + "'");
    }
    if (!date.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("symbol '" + symbol + "' has an invalid date '" + date + "'");
    }
    if (!strikeDigits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "symbol '" + symbol + "' has an invalid strike '" + strikeDigits + "'");
    }
    LocalDate expiration;
    try {
      expiration = LocalDate.of(
          2000 + Integer.parseInt(date.substring(0, 2)),
          Integer.parseInt(date.substring(2, 4)),
          Integer.parseInt(date.substring(4, 6)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("symbol '" + symbol + "' has an invalid date '" + date + "'", e);
    }
    OptionRight right;
    try {
      right = OptionRight.ofCode(rightCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "symbol '" + symbol + "' has an invalid right '" + rightCode + "' (C or P)", e);
    }
    double strike = Long.parseLong(strikeDigits) / 1000.0;
    if (strike <= 0) {
      throw new IllegalArgumentException("symbol '" + symbol + "' has a zero strike");
    }
    return new OptionContract(s, underlyingOfRoot(root), root, expiration, strike, right,
        STANDARD_MULTIPLIER, settlementOfRoot(root));
  }

  /**
   * Builds a contract from its parts, with the compact OCC symbol formatted from them.
   *
   * @param root the option root, e.g. {@code SPXW}
   * @param expiration the expiration date
   * @param right call or put
   * @param strike the strike; must be a multiple of 0.001 below 100,000
   */
  public static OptionContract of(String root, LocalDate expiration, OptionRight right, double strike) {
    Arguments.notBlank(root, "root");
    String r = root.strip().toUpperCase(Locale.ROOT);
    return new OptionContract(format(r, expiration, right, strike), underlyingOfRoot(r), r, expiration,
        strike, right, STANDARD_MULTIPLIER, settlementOfRoot(r));
  }

  /**
   * Formats a compact OCC symbol: root, {@code yyMMdd}, C or P, strike x 1000 in 8 digits.
   *
   * @throws IllegalArgumentException if the strike is not a multiple of 0.001 in (0, 100000) or
   *     the year is outside 2000-2099
   */
  public static String format(String root, LocalDate expiration, OptionRight right, double strike) {
    Arguments.notBlank(root, "root");
    Arguments.notNull(expiration, "expiration");
    Arguments.notNull(right, "right");
    Arguments.positive(strike, "strike");
    if (expiration.getYear() < 2000 || expiration.getYear() > 2099) {
      throw new IllegalArgumentException("expiration year must be 2000-2099 for an OCC symbol, got " + expiration);
    }
    BigDecimal thousandths = BigDecimal.valueOf(strike).movePointRight(3);
    if (thousandths.stripTrailingZeros().scale() > 0 || thousandths.compareTo(BigDecimal.valueOf(100_000_000L)) >= 0) {
      throw new IllegalArgumentException(
          "strike must be a multiple of 0.001 below 100000 for an OCC symbol, got " + strike);
    }
    return String.format(Locale.ROOT, "%s%02d%02d%02d%c%08d", root.strip().toUpperCase(Locale.ROOT),
        expiration.getYear() % 100, expiration.getMonthValue(), expiration.getDayOfMonth(),
        right.code(), thousandths.longValueExact());
  }

  /** The underlying a root belongs to: SPXW to SPX, NDXP to NDX, otherwise the root itself. */
  public static String underlyingOfRoot(String root) {
    String r = root.toUpperCase(Locale.ROOT);
    return ROOT_TO_UNDERLYING.getOrDefault(r, r);
  }

  /**
   * The settlement style of a root: AM for the SPX, NDX, RUT and VIX roots (the monthlies that
   * settle on the opening prints), PM for every other root (SPXW, NDXP, SPY, QQQ, equities).
   */
  public static Settlement settlementOfRoot(String root) {
    return AM_SETTLED_ROOTS.contains(root.toUpperCase(Locale.ROOT)) ? Settlement.AM : Settlement.PM;
  }

  /** A copy with another multiplier (adjusted contracts after corporate actions). */
  public OptionContract withMultiplier(int newMultiplier) {
    return new OptionContract(symbol, underlying, root, expiration, strike, right, newMultiplier, settlement);
  }

  /** True for a call. */
  public boolean isCall() {
    return right == OptionRight.CALL;
  }
}
