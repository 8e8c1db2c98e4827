package io.zerogex.core.spi;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A broker or data vendor: option expirations and chains, underlying quotes and price bars.
 *
 * <p>Symbols are the library's: {@code SPX}, {@code NDX}, {@code SPY}; adapters map vendor forms
 * such as {@code $SPX.X}. Implementations are thread-safe, throw only {@link ZeroGexException}
 * subclasses ({@link MarketDataException}, {@link AuthenticationException},
 * {@link RateLimitedException}) for I/O failures and {@link IllegalArgumentException} for bad
 * arguments, and release their connections on {@link #close()}.
 */
public interface MarketDataSource extends AutoCloseable {

  /**
   * The expiration dates listed for an underlying, ascending, over all its roots (SPX and SPXW,
   * NDX and NDXP).
   */
  List<LocalDate> expirations(String underlying);

  /**
   * The whole chain of one expiration, every root and strike, with the underlying's spot and one
   * as-of instant, and vendor greeks and implied volatility where the source offers them.
   */
  OptionChain chain(String underlying, LocalDate expiration);

  /**
   * The chain of every listed expiration merged into one snapshot with one as-of instant. The
   * default fetches expirations one by one; adapters override it to fetch concurrently within
   * their rate limits.
   */
  default OptionChain chain(String underlying) {
    List<LocalDate> dates = expirations(underlying);
    if (dates.isEmpty()) {
      throw new MarketDataException("no expirations listed for " + underlying, "expirations", null);
    }
    // The first expiration's snapshot fixes the spot and as-of of the merged chain.
    OptionChain first = chain(underlying, dates.get(0));
    List<OptionQuote> all = new ArrayList<>(first.quotes());
    for (LocalDate date : dates.subList(1, dates.size())) {
      all.addAll(chain(underlying, date).quotes());
    }
    return first.withQuotes(all);
  }

  /** The latest quote of an underlying (index, ETF or stock). */
  Quote quote(String symbol);

  /**
   * Price bars of a symbol with starts in {@code [from, to)}, ascending by start.
   *
   * @param interval the bar length the source supports (1, 5, 15 minutes; one day)
   */
  List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to);

  /** Releases connections and threads; idempotent. Declared without a checked exception. */
  @Override
  void close();
}
