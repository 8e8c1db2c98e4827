package io.zerogex.examples;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zerogex.core.engine.EngineMetrics;
import io.zerogex.core.engine.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's metrics in a Micrometer registry: {@code zerogex.snapshots.stored} (counter, per
 * underlying), {@code zerogex.snapshot.contracts} (summary of contracts per chain snapshot),
 * {@code zerogex.bars.stored} (counter, per symbol), {@code zerogex.job.latency} (timer, per job and
 * underlying), {@code zerogex.job.failures} and {@code zerogex.job.skipped} (counters), and
 * {@code zerogex.job.last.success} (gauge: epoch seconds of the engine clock, per job and underlying).
 *
 * <p>This class is thread-safe.
 */
public final class MicrometerEngineMetrics implements EngineMetrics {

  private final MeterRegistry registry;
  private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

  /**
   * Metrics registered in {@code registry}.
   *
   * @param registry e.g. a {@code PrometheusMeterRegistry}
   */
  public MicrometerEngineMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void jobSucceeded(Job job, String underlying, Duration latency, Instant at) {
    timer(job, underlying).record(latency);
    lastSuccess.computeIfAbsent(job + "/" + underlying, key -> registry.gauge("zerogex.job.last.success",
        io.micrometer.core.instrument.Tags.of("job", job.name(), "underlying", underlying), new AtomicLong()))
        .set(at.getEpochSecond());
  }

  @Override
  public void jobFailed(Job job, String underlying, Duration latency, Throwable cause) {
    timer(job, underlying).record(latency);
    Counter.builder("zerogex.job.failures").tag("job", job.name()).tag("underlying", underlying)
        .register(registry).increment();
  }

  @Override
  public void chainStored(String underlying, int contracts) {
    Counter.builder("zerogex.snapshots.stored").tag("underlying", underlying).register(registry).increment();
    DistributionSummary.builder("zerogex.snapshot.contracts").tag("underlying", underlying)
        .register(registry).record(contracts);
  }

  @Override
  public void barsStored(String symbol, int bars) {
    Counter.builder("zerogex.bars.stored").tag("symbol", symbol).register(registry).increment(bars);
  }

  @Override
  public void jobSkippedWhileRunning(Job job, String underlying) {
    Counter.builder("zerogex.job.skipped").tag("job", job.name()).tag("underlying", underlying)
        .register(registry).increment();
  }

  private Timer timer(Job job, String underlying) {
    return Timer.builder("zerogex.job.latency").tag("job", job.name()).tag("underlying", underlying)
        .register(registry);
  }
}
