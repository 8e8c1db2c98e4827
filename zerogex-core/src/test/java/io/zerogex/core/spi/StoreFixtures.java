package io.zerogex.core.spi;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Settlement;
import io.zerogex.core.model.VendorGreeks;
import io.zerogex.core.support.CboeQuoteTable;
import io.zerogex.core.volatility.DataIssue;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** Values the store compatibility kit writes: a real SPX chain and small hand-built ones. */
public final class StoreFixtures {

  /** An underlying name a store must keep verbatim: quotes, a backslash, SQL and COPY metacharacters. */
  public static final String ODD_UNDERLYING = "O'BRIEN \"Q\"\\N;--\tÜ,|";

  /** The regular session of 2024-01-05 (09:30 to 16:00 New York, EST). */
  public static final RegularSession SESSION = new RegularSession(LocalDate.of(2024, 1, 5),
      Instant.parse("2024-01-05T14:30:00Z"), Instant.parse("2024-01-05T21:00:00Z"), false);

  private StoreFixtures() {
  }

  /** The 21,038-contract SPX chain of 2024-01-05 from Cboe's delayed-quote table (see its PROVENANCE.md). */
  public static OptionChain spxChain() {
    try (InputStream in = StoreFixtures.class.getResourceAsStream("/chains/spx-2024-01-05/spx_quotedata.csv");
         Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CboeQuoteTable.read(reader);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chain with its quotes in ascending symbol order, as every store returns them. */
  public static OptionChain sorted(OptionChain chain) {
    List<OptionQuote> quotes = new ArrayList<>(chain.quotes());
    quotes.sort(Comparator.comparing(q -> q.contract().symbol()));
    return chain.withQuotes(quotes);
  }

  /**
   * A contract with a free-form symbol (verbatim text, not OCC-checked) of the given underlying.
   */
  public static OptionContract contract(String underlying, String symbol, double strike, OptionRight right) {
    return new OptionContract(symbol, underlying, underlying + "W", LocalDate.of(2024, 1, 19), strike, right,
        100, Settlement.PM);
  }

  /** A quote with every field present and distinct, derived from {@code seed}. */
  public static OptionQuote fullQuote(OptionContract contract, int seed) {
    return new OptionQuote(contract, OptionalDouble.of(1.05 + seed), OptionalDouble.of(1.15 + seed),
        OptionalDouble.of(1.1 + seed), 10L * seed + 1, 1_000_000_007L + seed, OptionalDouble.of(0.1234567890123 + seed),
        new VendorGreeks(OptionalDouble.of(-0.0), OptionalDouble.of(1e-300), OptionalDouble.of(12.5),
            OptionalDouble.of(-3.0e-7 * seed), OptionalDouble.of(Double.MAX_VALUE)));
  }

  /** A quote with nothing optional present. */
  public static OptionQuote bareQuote(OptionContract contract) {
    return new OptionQuote(contract, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0,
        OptionalDouble.empty(), VendorGreeks.NONE);
  }

  /** A chain of {@code size} full quotes with symbols {@code underlying + "-" + i}. */
  public static OptionChain chain(String underlying, Instant asOf, double spot, int size) {
    List<OptionQuote> quotes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      quotes.add(fullQuote(contract(underlying, underlying + "-" + i, 100 + i, i % 2 == 0 ? OptionRight.CALL
          : OptionRight.PUT), i));
    }
    return new OptionChain(underlying, spot, asOf, quotes);
  }

  /** A bar with prices derived from {@code price}. */
  public static PriceBar bar(String symbol, Instant start, Duration interval, double price) {
    return new PriceBar(symbol, start, interval, price, price * 1.0125, price * 0.99, price * 1.001, 12_345);
  }

  /** A reading with two data issues, including text a store must keep verbatim. */
  public static RealizedVolatilityReading reading(String symbol, Instant asOf, RealizedVolatilityWindow window,
      double volatility) {
    List<DataIssue> issues = List.of(
        new DataIssue(DataIssue.Kind.GAP, asOf.minusSeconds(600), 2, "gap of 2 samples before 'x' \"y\"\n\t\\"),
        new DataIssue(DataIssue.Kind.CONFLICTING_DUPLICATE, asOf.minusSeconds(300), 1, "prices 1.5 ≠ 1.6"));
    return new RealizedVolatilityReading(symbol, asOf, window, SESSION, SESSION.open(), asOf,
        OptionalDouble.of(volatility), 10, 12, 12, issues);
  }

  /** A reading with no volatility (no return in the window) and no issue. */
  public static RealizedVolatilityReading emptyReading(String symbol, Instant asOf) {
    return new RealizedVolatilityReading(symbol, asOf, RealizedVolatilityWindow.ONE_DAY, SESSION, SESSION.open(),
        SESSION.open(), OptionalDouble.empty(), 0, 0, 0, List.of());
  }
}
