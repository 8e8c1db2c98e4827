package io.zerogex.core.model;

import java.util.OptionalDouble;

/**
 * A snapshot of one option contract's market: prices, activity, and the vendor's implied
 * volatility and greeks where the source has them.
 *
 * <p>Prices that were not quoted are absent, not zero: a Cboe or Tradier "0" bid on a contract
 * with no bid is mapped to an empty value by the adapter. Implied volatility is a decimal
 * (0.15 for 15%) and, when present, strictly positive: sources that report 0 for "unknown"
 * are mapped to empty so a 0 never enters a pricing formula as a volatility.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract the contract quoted
 * @param bid best bid, &gt;= 0, if quoted
 * @param ask best ask, &gt;= 0, if quoted
 * @param last last sale price, &gt;= 0, if any
 * @param volume contracts traded in the session, &gt;= 0
 * @param openInterest open contracts at the last OCC count, &gt;= 0
 * @param impliedVolatility the vendor's implied volatility as a decimal, &gt; 0, if any
 * @param greeks the vendor's greeks in raw units ({@link VendorGreeks#NONE} if none)
 */
public record OptionQuote(
    OptionContract contract,
    OptionalDouble bid,
    OptionalDouble ask,
    OptionalDouble last,
    long volume,
    long openInterest,
    OptionalDouble impliedVolatility,
    VendorGreeks greeks) {

  /** Validates every component. */
  public OptionQuote {
    Arguments.notNull(contract, "contract");
    checkPrice(bid, "bid", contract);
    checkPrice(ask, "ask", contract);
    checkPrice(last, "last", contract);
    if (volume < 0) {
      throw new IllegalArgumentException(contract.symbol() + ": volume must be >= 0, got " + volume);
    }
    if (openInterest < 0) {
      throw new IllegalArgumentException(
          contract.symbol() + ": openInterest must be >= 0, got " + openInterest);
    }
    Arguments.notNull(impliedVolatility, "impliedVolatility");
    if (impliedVolatility.isPresent()) {
      double iv = impliedVolatility.getAsDouble();
      if (!(iv > 0) || !Double.isFinite(iv)) {
        throw new IllegalArgumentException(contract.symbol()
            + ": impliedVolatility must be finite and > 0 when present (use empty for unknown), got " + iv);
      }
    }
    Arguments.notNull(greeks, "greeks");
  }

  /** True when both sides are quoted and the bid does not exceed the ask. */
  public boolean hasTwoSidedMarket() {
    return bid.isPresent() && ask.isPresent() && bid.getAsDouble() <= ask.getAsDouble()
        && ask.getAsDouble() > 0;
  }

  /** True when both sides are quoted and the bid is above the ask. */
  public boolean isCrossed() {
    return bid.isPresent() && ask.isPresent() && bid.getAsDouble() > ask.getAsDouble();
  }

  /** The mid price when {@link #hasTwoSidedMarket()}, otherwise empty. */
  public OptionalDouble mid() {
    return hasTwoSidedMarket()
        ? OptionalDouble.of(0.5 * (bid.getAsDouble() + ask.getAsDouble()))
        : OptionalDouble.empty();
  }

  private static void checkPrice(OptionalDouble value, String name, OptionContract contract) {
    Arguments.notNull(value, name);
    if (value.isPresent()) {
      double v = value.getAsDouble();
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException(
            contract.symbol() + ": " + name + " must be finite and >= 0, got " + v);
      }
    }
  }
}
