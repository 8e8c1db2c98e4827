package io.zerogex.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what the engine reports, keyed "JOB/underlying". */
final class RecordingMetrics implements EngineMetrics {

  final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> skipped = new ConcurrentHashMap<>();
  final List<String> failures = new CopyOnWriteArrayList<>();
  final Map<String, AtomicInteger> barsStored = new ConcurrentHashMap<>();

  int successes(Job job, String underlying) {
    AtomicInteger count = successes.get(job + "/" + underlying);
    return count == null ? 0 : count.get();
  }

  @Override
  public void jobSucceeded(Job job, String underlying, Duration latency, Instant at) {
    successes.computeIfAbsent(job + "/" + underlying, k -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void jobFailed(Job job, String underlying, Duration latency, Throwable cause) {
    failures.add(job + "/" + underlying + ": " + cause.getMessage());
  }

  @Override
  public void barsStored(String symbol, int bars) {
    barsStored.computeIfAbsent(symbol, k -> new AtomicInteger()).addAndGet(bars);
  }

  @Override
  public void jobSkippedWhileRunning(Job job, String underlying) {
    skipped.computeIfAbsent(job + "/" + underlying, k -> new AtomicInteger()).incrementAndGet();
  }
}
