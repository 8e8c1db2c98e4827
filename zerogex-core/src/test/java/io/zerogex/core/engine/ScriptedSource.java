package io.zerogex.core.engine;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.StoreFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A source that records every call with the clock's instant, serves a small chain and a price
 * of {@code 100 + minutes since midnight UTC / 100}, fails for the underlyings in {@link #failing},
 * and can hold quote and bar history calls on a latch.
 */
final class ScriptedSource implements MarketDataSource {

  record Call(String what, String underlying, Instant at) {
  }

  final List<Call> calls = new CopyOnWriteArrayList<>();
  final Set<String> failing = ConcurrentHashMap.newKeySet();
  final Map<String, Integer> barRequests = new ConcurrentHashMap<>();
  volatile CountDownLatch quoteGate;
  volatile CountDownLatch barsGate;
  private final Clock clock;

  ScriptedSource(Clock clock) {
    this.clock = clock;
  }

  static double priceAt(Instant at) {
    return 100 + (at.getEpochSecond() / 60 % 1440) / 100.0;
  }

  List<Instant> times(String what, String underlying) {
    return calls.stream().filter(c -> c.what().equals(what) && c.underlying().equals(underlying))
        .map(Call::at).toList();
  }

  @Override
  public List<LocalDate> expirations(String underlying) {
    return List.of(LocalDate.of(2030, 1, 18));
  }

  @Override
  public OptionChain chain(String underlying, LocalDate expiration) {
    return chain(underlying);
  }

  @Override
  public OptionChain chain(String underlying) {
    Instant now = clock.instant();
    calls.add(new Call("chain", underlying, now));
    fail(underlying);
    return StoreFixtures.chain(underlying, now, priceAt(now), 6);
  }

  @Override
  public Quote quote(String symbol) {
    Instant now = clock.instant();
    calls.add(new Call("quote", symbol, now));
    await(quoteGate);
    fail(symbol);
    return Quote.ofLast(symbol, now, priceAt(now));
  }

  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
    barRequests.merge(symbol, 1, Integer::sum);
    await(barsGate);
    fail(symbol);
    List<PriceBar> bars = new ArrayList<>();
    // One bar before and after the range: the engine must keep only what it asked for.
    for (Instant t = from.minus(interval); !t.isAfter(to); t = t.plus(interval)) {
      bars.add(StoreFixtures.bar(symbol, t, interval, priceAt(t)));
    }
    return bars;
  }

  private static void await(CountDownLatch gate) {
    if (gate != null) {
      try {
        gate.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void fail(String underlying) {
    if (failing.contains(underlying)) {
      throw new MarketDataException("scripted outage of " + underlying, "test", null);
    }
  }

  @Override
  public void close() {
  }
}
