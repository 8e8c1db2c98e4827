package io.zerogex.core.exposure;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.VendorGreeks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Builds small chains for tests, one quote per call. As-of 2024-03-15 10:00 New York (EDT). */
final class HandBuiltChain {

  static final Instant AS_OF = Instant.parse("2024-03-15T14:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
  static final LocalDate APRIL = LocalDate.of(2024, 4, 19);

  private final double spot;
  private final List<OptionQuote> quotes = new ArrayList<>();

  private HandBuiltChain(double spot) {
    this.spot = spot;
  }

  static HandBuiltChain spot(double spot) {
    return new HandBuiltChain(spot);
  }

  /** A quote with vendor gamma and no IV, prices or volume. */
  HandBuiltChain vendor(OptionRight right, double strike, long openInterest, double gamma) {
    return add("SPXW", APRIL, right, strike, openInterest, 0, OptionalDouble.empty(),
        VendorGreeks.ofDeltaGamma(0, gamma), null, null);
  }

  /** A quote with an IV and no vendor greeks. */
  HandBuiltChain model(String root, LocalDate expiration, OptionRight right, double strike,
      long openInterest, double volatility) {
    return add(root, expiration, right, strike, openInterest, 0, OptionalDouble.of(volatility),
        VendorGreeks.NONE, null, null);
  }

  /** A quote with every field given; null prices are unquoted. */
  HandBuiltChain add(String root, LocalDate expiration, OptionRight right, double strike,
      long openInterest, long volume, OptionalDouble volatility, VendorGreeks greeks, Double bid, Double ask) {
    OptionContract c = OptionContract.of(root, expiration, right, strike);
    quotes.add(new OptionQuote(c, price(bid), price(ask), OptionalDouble.empty(), volume, openInterest,
        volatility, greeks));
    return this;
  }

  OptionChain chain() {
    return new OptionChain("SPX", spot, AS_OF, quotes);
  }

  private static OptionalDouble price(Double p) {
    return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
  }
}
