package io.zerogex.core.support;

import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.StoredValues;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link SnapshotStore} in the heap, with exactly the semantics the SPI documents: for tests,
 * replays and short-lived tools.
 *
 * <p>Every write validates and normalizes its input with {@link StoredValues} first, then applies
 * it under a write lock, so a write is atomic and readers (under the read lock) never see part of
 * one. Nothing is evicted: memory grows with what is stored.
 *
 * <p>This class is thread-safe.
 */
public final class InMemorySnapshotStore implements SnapshotStore {

  private record BarSeries(String symbol, Duration interval) {
  }

  private record StoredChain(double spot, NavigableMap<String, OptionQuote> quotes) {
  }

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, NavigableMap<Instant, StoredChain>> chains = new HashMap<>();
  private final Map<String, NavigableMap<Instant, ExposureSnapshot>> exposures = new HashMap<>();
  private final Map<BarSeries, NavigableMap<Instant, PriceBar>> bars = new HashMap<>();
  private final Map<String, NavigableMap<Instant, Map<RealizedVolatilityWindow, RealizedVolatilityReading>>>
      readings = new HashMap<>();

  /** An empty store. */
  public InMemorySnapshotStore() {
  }

  @Override
  public void writeChain(OptionChain chain) {
    OptionChain stored = StoredValues.chain(chain);
    lock.writeLock().lock();
    try {
      NavigableMap<Instant, StoredChain> times = chains.computeIfAbsent(stored.underlying(), u -> new TreeMap<>());
      StoredChain previous = times.get(stored.asOf());
      NavigableMap<String, OptionQuote> quotes = previous == null ? new TreeMap<>() : previous.quotes();
      for (OptionQuote quote : stored.quotes()) {
        quotes.put(quote.contract().symbol(), quote);
      }
      times.put(stored.asOf(), new StoredChain(stored.spot(), quotes));
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void writeBars(List<PriceBar> newBars) {
    List<PriceBar> stored = StoredValues.bars(newBars);
    lock.writeLock().lock();
    try {
      for (PriceBar bar : stored) {
        bars.computeIfAbsent(new BarSeries(bar.symbol(), bar.interval()), k -> new TreeMap<>()).put(bar.start(), bar);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void writeExposure(ExposureReport report) {
    ExposureSnapshot stored = StoredValues.exposure(report);
    lock.writeLock().lock();
    try {
      exposures.computeIfAbsent(stored.underlying(), u -> new TreeMap<>()).put(stored.asOf(), stored);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Optional<ExposureSnapshot> latestExposure(String underlying) {
    String key = StoredValues.underlying(underlying);
    lock.readLock().lock();
    try {
      NavigableMap<Instant, ExposureSnapshot> times = exposures.get(key);
      return times == null || times.isEmpty() ? Optional.empty() : Optional.of(times.lastEntry().getValue());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<ExposureSnapshot> exposures(String underlying, Instant fromInclusive, Instant toExclusive) {
    String key = StoredValues.underlying(underlying);
    StoredValues.range(fromInclusive, toExclusive);
    lock.readLock().lock();
    try {
      NavigableMap<Instant, ExposureSnapshot> times = exposures.getOrDefault(key, new TreeMap<>());
      return List.copyOf(times.subMap(StoredValues.instant(fromInclusive), true, StoredValues.instant(toExclusive), false).values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void writeRealizedVolatility(RealizedVolatilityReading reading) {
    RealizedVolatilityReading stored = StoredValues.reading(reading);
    lock.writeLock().lock();
    try {
      readings.computeIfAbsent(stored.symbol(), s -> new TreeMap<>())
          .computeIfAbsent(stored.asOf(), t -> new EnumMap<>(RealizedVolatilityWindow.class))
          .put(stored.window(), stored);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Optional<OptionChain> latestChain(String underlying) {
    String key = StoredValues.underlying(underlying);
    lock.readLock().lock();
    try {
      NavigableMap<Instant, StoredChain> times = chains.get(key);
      return times == null || times.isEmpty() ? Optional.empty()
          : Optional.of(toChain(key, times.lastKey(), times.lastEntry().getValue()));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<OptionChain> chain(String underlying, Instant asOf) {
    String key = StoredValues.underlying(underlying);
    Instant at = StoredValues.instant(asOf);
    lock.readLock().lock();
    try {
      StoredChain stored = chains.getOrDefault(key, new TreeMap<>()).get(at);
      return stored == null ? Optional.empty() : Optional.of(toChain(key, at, stored));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<Instant> chainTimes(String underlying, Instant fromInclusive, Instant toExclusive) {
    String key = StoredValues.underlying(underlying);
    StoredValues.range(fromInclusive, toExclusive);
    lock.readLock().lock();
    try {
      NavigableMap<Instant, StoredChain> times = chains.getOrDefault(key, new TreeMap<>());
      return List.copyOf(times.subMap(StoredValues.instant(fromInclusive), true, StoredValues.instant(toExclusive), false).keySet());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<Instant> latestChainTime(String underlying) {
    String key = StoredValues.underlying(underlying);
    lock.readLock().lock();
    try {
      NavigableMap<Instant, StoredChain> times = chains.get(key);
      return times == null || times.isEmpty() ? Optional.empty() : Optional.of(times.lastKey());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant fromInclusive, Instant toExclusive) {
    BarSeries key = new BarSeries(StoredValues.symbol(symbol), StoredValues.interval(interval));
    StoredValues.range(fromInclusive, toExclusive);
    lock.readLock().lock();
    try {
      NavigableMap<Instant, PriceBar> series = bars.getOrDefault(key, new TreeMap<>());
      return List.copyOf(series.subMap(StoredValues.instant(fromInclusive), true, StoredValues.instant(toExclusive), false).values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<Instant> latestBarStart(String symbol, Duration interval) {
    BarSeries key = new BarSeries(StoredValues.symbol(symbol), StoredValues.interval(interval));
    lock.readLock().lock();
    try {
      NavigableMap<Instant, PriceBar> series = bars.get(key);
      return series == null || series.isEmpty() ? Optional.empty() : Optional.of(series.lastKey());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<RealizedVolatilityReading> realizedVolatility(String symbol, Instant fromInclusive,
      Instant toExclusive) {
    String key = StoredValues.symbol(symbol);
    StoredValues.range(fromInclusive, toExclusive);
    lock.readLock().lock();
    try {
      List<RealizedVolatilityReading> out = new ArrayList<>();
      readings.getOrDefault(key, new TreeMap<>()).subMap(StoredValues.instant(fromInclusive), true, StoredValues.instant(toExclusive), false)
          .values().forEach(byWindow -> out.addAll(byWindow.values()));
      return List.copyOf(out);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Set<String> underlyings() {
    lock.readLock().lock();
    try {
      Set<String> names = new HashSet<>(chains.keySet());
      names.addAll(exposures.keySet());
      return Set.copyOf(names);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Does nothing: the store holds no resources beyond the heap. */
  @Override
  public void close() {
    // Nothing to release; the stored data stays readable until the store is garbage-collected.
  }

  private static OptionChain toChain(String underlying, Instant asOf, StoredChain stored) {
    return new OptionChain(underlying, stored.spot(), asOf, new ArrayList<>(stored.quotes().values()));
  }
}
