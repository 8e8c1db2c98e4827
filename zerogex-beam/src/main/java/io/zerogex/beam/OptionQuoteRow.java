package io.zerogex.beam;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.Settlement;
import io.zerogex.core.model.VendorGreeks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One row of the {@code option_chain_snapshot} table of {@code zerogex-bigquery}, as the pipeline
 * carries it before validation: one row per quote, plus one spot row per chain whose contract
 * columns are null (so a chain without quotes still exists). Nullable columns are boxed and may be
 * null; nothing is validated here, because a bad row must reach the dead-letter output with its
 * reason instead of failing the pipeline. {@link #toQuote()} validates through the core's records.
 *
 * <p>Units: prices in the underlying's currency per share, strike in index points, implied
 * volatility as a fraction (0.16 = 16%), vendor gamma per one point of the underlying. This class
 * is immutable and thread-safe.
 *
 * @param underlying the chain's underlying, e.g. {@code SPX}
 * @param asOf the chain's as-of instant
 * @param spot the chain's spot price of the underlying
 * @param contractSymbol OCC symbol, null on the spot row
 * @param contractUnderlying the contract's underlying
 * @param root the contract's root, e.g. {@code SPXW}
 * @param expiration the expiration date
 * @param strike the strike
 * @param right {@code CALL} or {@code PUT}
 * @param multiplier shares per contract
 * @param settlement {@code AM} or {@code PM}
 * @param bid bid, null when none
 * @param ask ask, null when none
 * @param last last sale, null when none
 * @param volume contracts traded in the session
 * @param openInterest open contracts
 * @param impliedVolatility the vendor's implied volatility, null when none
 * @param delta vendor delta, null when none
 * @param gamma vendor gamma per point, null when none
 * @param vega vendor vega, null when none
 * @param theta vendor theta, null when none
 * @param rho vendor rho, null when none
 */
public record OptionQuoteRow(
    String underlying,
    Instant asOf,
    double spot,
    String contractSymbol,
    String contractUnderlying,
    String root,
    LocalDate expiration,
    Double strike,
    String right,
    Long multiplier,
    String settlement,
    Double bid,
    Double ask,
    Double last,
    Long volume,
    Long openInterest,
    Double impliedVolatility,
    Double delta,
    Double gamma,
    Double vega,
    Double theta,
    Double rho) {

  /**
   * The rows of a chain: the spot row first, then one row per quote in the chain's order.
   *
   * @param chain the chain
   * @return {@code chain.size() + 1} rows
   */
  public static List<OptionQuoteRow> of(OptionChain chain) {
    List<OptionQuoteRow> rows = new ArrayList<>(chain.size() + 1);
    rows.add(spotRow(chain.underlying(), chain.asOf(), chain.spot()));
    for (OptionQuote quote : chain.quotes()) {
      OptionContract c = quote.contract();
      VendorGreeks g = quote.greeks();
      rows.add(new OptionQuoteRow(chain.underlying(), chain.asOf(), chain.spot(), c.symbol(), c.underlying(),
          c.root(), c.expiration(), c.strike(), c.right().name(), (long) c.multiplier(), c.settlement().name(),
          boxed(quote.bid()), boxed(quote.ask()), boxed(quote.last()), quote.volume(), quote.openInterest(),
          boxed(quote.impliedVolatility()), boxed(g.delta()), boxed(g.gamma()), boxed(g.vega()), boxed(g.theta()),
          boxed(g.rho())));
    }
    return rows;
  }

  /**
   * The spot row of a chain: contract columns null.
   *
   * @param underlying the underlying
   * @param asOf the as-of instant
   * @param spot the spot price
   * @return the row
   */
  public static OptionQuoteRow spotRow(String underlying, Instant asOf, double spot) {
    return new OptionQuoteRow(underlying, asOf, spot, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
  }

  /** {@return true for the chain's spot row, whose contract columns are null} */
  public boolean isSpotRow() {
    return contractSymbol == null;
  }

  /** {@return the snapshot this row belongs to} */
  public SnapshotKey key() {
    return new SnapshotKey(underlying == null ? "" : underlying.strip().toUpperCase(Locale.ROOT),
        asOf == null ? Instant.EPOCH : asOf);
  }

  /**
   * The validated quote of a quote row, through the core's record constructors.
   *
   * @return the quote
   * @throws IllegalArgumentException naming the column and value when the row is not a valid quote
   *     (missing column, unknown right or settlement, non-positive strike, negative price, ...)
   */
  public OptionQuote toQuote() {
    if (isSpotRow()) {
      throw new IllegalArgumentException("the spot row of " + underlying + " at " + asOf + " holds no quote");
    }
    OptionContract contract = new OptionContract(contractSymbol, required(contractUnderlying, "contract_underlying"),
        required(root, "root"), required(expiration, "expiration"), required(strike, "strike"),
        enumValue(OptionRight.class, right, "option_right"), Math.toIntExact(required(multiplier, "multiplier")),
        enumValue(Settlement.class, settlement, "settlement"));
    return new OptionQuote(contract, optional(bid), optional(ask), optional(last), required(volume, "volume"),
        required(openInterest, "open_interest"), optional(impliedVolatility),
        new VendorGreeks(optional(delta), optional(gamma), optional(vega), optional(theta), optional(rho)));
  }

  private <T> T required(T value, String column) {
    if (value == null) {
      throw new IllegalArgumentException(contractSymbol + ": column " + column + " is null");
    }
    return value;
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String text, String column) {
    String name = required(text, column).strip().toUpperCase(Locale.ROOT);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(contractSymbol + ": " + column + " '" + text + "' is not one of "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
