package io.zerogex.examples;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.MarketDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source that plays recorded chain snapshots (the bundled SPX chain, Cboe CSV files, or chains
 * read from a store) with no credentials: each {@link #chain(String)} returns the underlying's
 * next recording in turn, stamped with the clock's instant; a {@link #quote(String)} is the spot of
 * the recording last served. It records no bar history, so {@link #bars} returns no bar.
 *
 * <p>This class is thread-safe.
 */
public final class ReplayMarketDataSource implements MarketDataSource {

  private final Map<String, List<OptionChain>> recordings = new HashMap<>();
  private final Map<String, AtomicInteger> next = new HashMap<>();
  private final Clock clock;

  /**
   * A source replaying {@code snapshots} on {@code clock}.
   *
   * @param snapshots at least one chain; several of an underlying play in the order given
   * @param clock stamps what is served (a simulated clock replays a day quickly)
   */
  public ReplayMarketDataSource(List<OptionChain> snapshots, Clock clock) {
    Arguments.notNull(snapshots, "snapshots");
    if (snapshots.isEmpty()) {
      throw new IllegalArgumentException("snapshots must not be empty, got " + snapshots);
    }
    this.clock = Arguments.notNull(clock, "clock");
    for (OptionChain chain : snapshots) {
      recordings.computeIfAbsent(chain.underlying(), u -> new ArrayList<>()).add(chain);
      next.putIfAbsent(chain.underlying(), new AtomicInteger());
    }
  }

  /** The underlyings with recordings. */
  public java.util.Set<String> underlyings() {
    return java.util.Set.copyOf(recordings.keySet());
  }

  @Override
  public List<LocalDate> expirations(String underlying) {
    return List.copyOf(recording(underlying, false).expirations());
  }

  @Override
  public OptionChain chain(String underlying, LocalDate expiration) {
    OptionChain chain = chain(underlying);
    return chain.withQuotes(chain.quotes().stream().filter(q -> q.contract().expiration().equals(expiration)).toList());
  }

  @Override
  public OptionChain chain(String underlying) {
    OptionChain recorded = recording(underlying, true);
    return new OptionChain(underlying, recorded.spot(), clock.instant(), recorded.quotes());
  }

  @Override
  public Quote quote(String symbol) {
    return Quote.ofLast(symbol, clock.instant(), recording(symbol, false).spot());
  }

  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
    recording(symbol, false);
    return List.of();
  }

  private OptionChain recording(String underlying, boolean advance) {
    List<OptionChain> chains = recordings.get(underlying);
    if (chains == null) {
      throw new MarketDataException("no recording of " + underlying + "; recorded: " + recordings.keySet(),
          "replay", null);
    }
    AtomicInteger counter = next.get(underlying);
    int index = advance ? counter.getAndIncrement() : Math.max(0, counter.get() - 1);
    return chains.get(Math.floorMod(index, chains.size()));
  }

  @Override
  public void close() {
    // Nothing held.
  }
}
