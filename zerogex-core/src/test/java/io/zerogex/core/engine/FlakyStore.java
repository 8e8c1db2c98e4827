package io.zerogex.core.engine;

import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.StorageException;
import io.zerogex.core.support.InMemorySnapshotStore;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An in-memory store whose writes fail while {@link #down} is set. */
final class FlakyStore implements SnapshotStore {

  final InMemorySnapshotStore delegate = new InMemorySnapshotStore();
  volatile boolean down;

  private void check() {
    if (down) {
      throw new StorageException("scripted store outage", null);
    }
  }

  @Override
  public void writeChain(OptionChain chain) {
    check();
    delegate.writeChain(chain);
  }

  @Override
  public void writeBars(List<PriceBar> bars) {
    check();
    delegate.writeBars(bars);
  }

  @Override
  public void writeExposure(ExposureReport report) {
    check();
    delegate.writeExposure(report);
  }

  @Override
  public void writeRealizedVolatility(RealizedVolatilityReading reading) {
    check();
    delegate.writeRealizedVolatility(reading);
  }

  @Override
  public Optional<OptionChain> latestChain(String underlying) {
    return delegate.latestChain(underlying);
  }

  @Override
  public Optional<OptionChain> chain(String underlying, Instant asOf) {
    return delegate.chain(underlying, asOf);
  }

  @Override
  public List<Instant> chainTimes(String underlying, Instant fromInclusive, Instant toExclusive) {
    return delegate.chainTimes(underlying, fromInclusive, toExclusive);
  }

  @Override
  public Optional<Instant> latestChainTime(String underlying) {
    return delegate.latestChainTime(underlying);
  }

  @Override
  public List<PriceBar> bars(String symbol, Duration interval, Instant fromInclusive, Instant toExclusive) {
    return delegate.bars(symbol, interval, fromInclusive, toExclusive);
  }

  @Override
  public Optional<Instant> latestBarStart(String symbol, Duration interval) {
    return delegate.latestBarStart(symbol, interval);
  }

  @Override
  public Optional<ExposureSnapshot> latestExposure(String underlying) {
    return delegate.latestExposure(underlying);
  }

  @Override
  public List<ExposureSnapshot> exposures(String underlying, Instant fromInclusive, Instant toExclusive) {
    return delegate.exposures(underlying, fromInclusive, toExclusive);
  }

  @Override
  public List<RealizedVolatilityReading> realizedVolatility(String symbol, Instant fromInclusive,
      Instant toExclusive) {
    return delegate.realizedVolatility(symbol, fromInclusive, toExclusive);
  }

  @Override
  public Set<String> underlyings() {
    return delegate.underlyings();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
