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
 * next recording in turn, stamped with the clock's instant.
 *
 * <p>The spot moves with the clock along a simulated path (see {@link ReplayPricePath}): a seeded
 * log-price random walk anchored at the underlying's first recorded spot at the minute the source
 * was created, stepping every minute with an annualized volatility of 15% by default. A chain's
 * spot, a {@link #quote(String)} and the {@link #bars bar history} all read that path, so realized
 * volatility is not zero in a replay and the engine's gap backfill has a history to fetch from
 * (complete bars only: none ends after the clock's instant). The recorded option quotes are
 * served unchanged.
 *
 * <p>This class is thread-safe.
 */
public final class ReplayMarketDataSource implements MarketDataSource {

  /** The default annualized volatility of the simulated spot: 0.15 (15%). */
  public static final double DEFAULT_ANNUAL_VOLATILITY = 0.15;
  /** The default seed of the simulated spot. */
  public static final long DEFAULT_SEED = 20240105L;

  private final Map<String, List<OptionChain>> recordings = new HashMap<>();
  private final Map<String, AtomicInteger> next = new HashMap<>();
  private final Map<String, ReplayPricePath> paths = new HashMap<>();
  private final Clock clock;

  /**
   * A source replaying {@code snapshots} on {@code clock}, its spot moving with
   * {@link #DEFAULT_ANNUAL_VOLATILITY} from {@link #DEFAULT_SEED}.
   *
   * @param snapshots at least one chain; several of an underlying play in the order given
   * @param clock stamps what is served (a simulated clock replays a day quickly)
   */
  public ReplayMarketDataSource(List<OptionChain> snapshots, Clock clock) {
    this(snapshots, clock, DEFAULT_ANNUAL_VOLATILITY, DEFAULT_SEED);
  }

  /**
   * A source replaying {@code snapshots} on {@code clock}, its spot moving along a random walk.
   *
   * @param snapshots at least one chain; several of an underlying play in the order given
   * @param clock stamps what is served; its instant now is the anchor of the simulated spot
   * @param annualVolatility the annualized volatility of the simulated spot, &gt;= 0 (0: constant)
   * @param seed the seed of the simulated spot: one seed, one path
   */
  public ReplayMarketDataSource(List<OptionChain> snapshots, Clock clock, double annualVolatility, long seed) {
    Arguments.notNull(snapshots, "snapshots");
    if (snapshots.isEmpty()) {
      throw new IllegalArgumentException("snapshots must not be empty, got " + snapshots);
    }
    this.clock = Arguments.notNull(clock, "clock");
    Instant anchor = clock.instant();
    for (OptionChain chain : snapshots) {
      recordings.computeIfAbsent(chain.underlying(), u -> new ArrayList<>()).add(chain);
      next.putIfAbsent(chain.underlying(), new AtomicInteger());
      paths.computeIfAbsent(chain.underlying(),
          u -> new ReplayPricePath(u, chain.spot(), anchor, annualVolatility, seed));
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
    Instant now = clock.instant();
    return new OptionChain(underlying, paths.get(underlying).priceAt(now), now, recorded.quotes());
  }

  @Override
  public Quote quote(String symbol) {
    recording(symbol, false);
    Instant now = clock.instant();
    return Quote.ofLast(symbol, now, paths.get(symbol).priceAt(now));
  }

  /**
   * The simulated bars of {@code symbol} (see the class comment) with starts in {@code [from, to)}
   * that are complete at the clock's instant.
   *
   * @param interval whole minutes, from 1 minute to 1 day; bars are aligned to whole multiples of it since the epoch
   */
  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
    recording(symbol, false);
    Instant now = clock.instant();
    Instant lastStart = now.minus(interval).plusNanos(1);
    return paths.get(symbol).bars(symbol, interval, from, to.isBefore(lastStart) ? to : lastStart);
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
