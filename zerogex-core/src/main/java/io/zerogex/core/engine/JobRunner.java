package io.zerogex.core.engine;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Runs claimed jobs on the executor, records their outcome and tracks those in flight for shutdown. */
final class JobRunner {

  private static final Logger LOG = System.getLogger(GexEngine.class.getName());

  private final Executor executor;
  private final boolean ownsExecutor;
  private final EngineMetrics metrics;
  private final Clock clock;
  private final Map<JobState, Long> inFlight = new ConcurrentHashMap<>();
  private final Set<JobState> abandoned = ConcurrentHashMap.newKeySet();

  JobRunner(Executor executor, boolean ownsExecutor, EngineMetrics metrics, Clock clock) {
    this.executor = executor;
    this.ownsExecutor = ownsExecutor;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Runs {@code work} for the already claimed {@code state}; returns 1. */
  int run(JobState state, Runnable work, Supplier<Instant> nextOnSuccess, IntFunction<Instant> retryAt) {
    long started = System.nanoTime();
    inFlight.put(state, started);
    Runnable task = () -> {
      Throwable failure = null;
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      finish(state, started, failure, nextOnSuccess, retryAt);
    };
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      finish(state, started, e, nextOnSuccess, retryAt);
    }
    return 1;
  }

  private void finish(JobState state, long started, Throwable failure, Supplier<Instant> nextOnSuccess,
      IntFunction<Instant> retryAt) {
    try {
      if (abandoned.remove(state)) {
        // Already recorded as failed at shutdown.
        return;
      }
      Duration latency = Duration.ofNanos(System.nanoTime() - started);
      if (failure == null) {
        state.succeeded(clock.instant(), nextOnSuccess.get());
        metrics.jobSucceeded(state.job, state.underlying, latency, clock.instant());
      } else {
        int failures = state.failed(String.valueOf(failure.getMessage()), clock.instant());
        state.retryAt(retryAt.apply(failures));
        LOG.log(Level.WARNING, state.job + " " + state.underlying + " failed (" + failures + " in a row)", failure);
        metrics.jobFailed(state.job, state.underlying, latency, failure);
      }
    } finally {
      synchronized (this) {
        inFlight.remove(state);
        notifyAll();
      }
    }
  }

  /** Waits until no job is in flight or {@code timeout} passed; those still running are recorded as failed. */
  void awaitQuiet(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      long left;
      while (!inFlight.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      for (Map.Entry<JobState, Long> entry : inFlight.entrySet()) {
        JobState state = entry.getKey();
        abandoned.add(state);
        IllegalStateException cause = new IllegalStateException(
            state.job + " " + state.underlying + " still running at shutdown after " + timeout);
        state.failed(cause.getMessage(), clock.instant());
        metrics.jobFailed(state.job, state.underlying, Duration.ofNanos(System.nanoTime() - entry.getValue()), cause);
        LOG.log(Level.ERROR, cause.getMessage());
      }
    }
  }

  void shutdown() {
    if (ownsExecutor && executor instanceof ExecutorService service) {
      service.shutdownNow();
    }
  }
}
