package io.zerogex.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * All quoted contracts of one underlying at one instant, with the underlying's spot price.
 *
 * <p>A chain may mix roots (SPX and SPXW) and expirations. Every quote's contract must belong to
 * the chain's underlying. This class is immutable and thread-safe.
 *
 * @param underlying the underlying symbol, e.g. {@code SPX}
 * @param spot the underlying's price at {@code asOf}, &gt; 0
 * @param asOf when the snapshot was taken
 * @param quotes the contracts' quotes (copied)
 */
public record OptionChain(String underlying, double spot, Instant asOf, List<OptionQuote> quotes) {

  /** Validates and copies. */
  public OptionChain {
    Arguments.notBlank(underlying, "underlying");
    underlying = underlying.strip().toUpperCase(Locale.ROOT);
    Arguments.positive(spot, "spot");
    Arguments.notNull(asOf, "asOf");
    Arguments.notNull(quotes, "quotes");
    quotes = List.copyOf(quotes);
    for (OptionQuote q : quotes) {
      if (!q.contract().underlying().equals(underlying)) {
        throw new IllegalArgumentException("quote " + q.contract().symbol() + " has underlying "
            + q.contract().underlying() + ", not the chain's underlying " + underlying);
      }
    }
  }

  /** The distinct expiration dates in the chain, ascending. */
  public SortedSet<LocalDate> expirations() {
    SortedSet<LocalDate> out = new TreeSet<>();
    for (OptionQuote q : quotes) {
      out.add(q.contract().expiration());
    }
    return out;
  }

  /** The number of quotes. */
  public int size() {
    return quotes.size();
  }

  /** A chain with the same underlying, spot and instant holding only the given quotes. */
  public OptionChain withQuotes(List<OptionQuote> newQuotes) {
    return new OptionChain(underlying, spot, asOf, newQuotes);
  }
}
