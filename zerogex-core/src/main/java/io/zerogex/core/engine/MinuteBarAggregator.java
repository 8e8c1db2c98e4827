package io.zerogex.core.engine;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates polled quotes into 1-minute OHLC bars: the bar of minute {@code [m, m + 1min)} opens
 * at the first quote with {@code asOf} in it, closes at the last, with the high and low of all of
 * them (quote volume is cumulative per day, so bar volume is left 0). A bar is complete once a
 * quote of a later minute arrives or the clock passes its end; complete bars are handed out in a
 * batch when {@code maxPending} of them wait (size) or the oldest has waited {@code maxAge} past
 * its end (time), and all bars, the open ones included, on {@link #drainAll()} at shutdown.
 *
 * <p>A quote older than its symbol's open bar is refused (returns false) rather than reopening a
 * bar that may already be stored. This class is thread-safe: every method is synchronized.
 */
public final class MinuteBarAggregator {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final int maxPending;
  private final Duration maxAge;
  private final Map<String, PriceBar> open = new HashMap<>();
  private final List<PriceBar> complete = new ArrayList<>();

  /**
   * An aggregator flushing on {@code maxPending} complete bars or {@code maxAge} after the oldest one's end.
   *
   * @param maxPending the batch size, &gt; 0
   * @param maxAge the longest wait of a complete bar, &gt;= 0
   */
  public MinuteBarAggregator(int maxPending, Duration maxAge) {
    this.maxPending = Arguments.positive(maxPending, "maxPending");
    Arguments.notNull(maxAge, "maxAge");
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must be >= 0, got " + maxAge);
    }
    this.maxAge = maxAge;
  }

  /**
   * Adds a quote to its minute's bar.
   *
   * @param quote the polled quote
   * @return false when it was refused, being older than its symbol's open bar
   */
  public synchronized boolean accept(Quote quote) {
    Arguments.notNull(quote, "quote");
    Instant minute = quote.asOf().truncatedTo(ChronoUnit.MINUTES);
    double price = quote.last();
    PriceBar bar = open.get(quote.symbol());
    if (bar != null && minute.isBefore(bar.start())) {
      return false;
    }
    if (bar == null || minute.isAfter(bar.start())) {
      if (bar != null) {
        complete.add(bar);
      }
      open.put(quote.symbol(), new PriceBar(quote.symbol(), minute, MINUTE, price, price, price, price, 0));
    } else {
      open.put(quote.symbol(), new PriceBar(bar.symbol(), bar.start(), MINUTE, bar.open(),
          Math.max(bar.high(), price), Math.min(bar.low(), price), price, 0));
    }
    return true;
  }

  /**
   * Completes the open bars that ended by {@code now}, and returns the complete bars when the
   * batch is full or the oldest is older than {@code maxAge}; otherwise nothing.
   *
   * @param now the clock's instant
   * @return the bars to store, oldest first, removed from the aggregator
   */
  public synchronized List<PriceBar> drain(Instant now) {
    completeEnded(now);
    if (complete.isEmpty()) {
      return List.of();
    }
    Instant oldestEnd = complete.stream().map(PriceBar::end).min(Instant::compareTo).orElseThrow();
    if (complete.size() >= maxPending || !oldestEnd.plus(maxAge).isAfter(now)) {
      return takeComplete();
    }
    return List.of();
  }

  /**
   * Completes the open bars that ended by {@code now} and returns every complete bar, whatever
   * the batch size or age (the realized volatility job reads bars back from the store).
   *
   * @param now the clock's instant
   * @return the bars to store, oldest first, removed from the aggregator
   */
  public synchronized List<PriceBar> drainComplete(Instant now) {
    completeEnded(now);
    return takeComplete();
  }

  /** Every bar, the open ones included (a partial minute is stored as it stands), for shutdown. */
  public synchronized List<PriceBar> drainAll() {
    complete.addAll(open.values());
    open.clear();
    return takeComplete();
  }

  /**
   * Puts back bars whose write failed, so the next drain retries them.
   *
   * @param bars bars returned by an earlier drain
   */
  public synchronized void requeue(List<PriceBar> bars) {
    Arguments.notNull(bars, "bars");
    complete.addAll(0, bars);
  }

  /**
   * The bar of {@code symbol} still open (its minute not over), as it stands.
   *
   * @param symbol the symbol
   * @return the open bar, empty when none
   */
  public synchronized java.util.Optional<PriceBar> openBar(String symbol) {
    return java.util.Optional.ofNullable(open.get(symbol));
  }

  /** The number of bars held, open or complete. */
  public synchronized int size() {
    return open.size() + complete.size();
  }

  private void completeEnded(Instant now) {
    Arguments.notNull(now, "now");
    open.values().removeIf(bar -> {
      boolean ended = !bar.end().isAfter(now);
      if (ended) {
        complete.add(bar);
      }
      return ended;
    });
  }

  private List<PriceBar> takeComplete() {
    List<PriceBar> out = new ArrayList<>(complete);
    out.sort((a, b) -> a.start().compareTo(b.start()));
    complete.clear();
    return out;
  }
}
