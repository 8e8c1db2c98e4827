package io.zerogex.core.engine;

import io.zerogex.core.model.Arguments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot of the engine's jobs, for a health endpoint.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at the engine clock's instant of the snapshot
 * @param jobs every job of every underlying, heartbeat included
 * @param closed true once the engine was closed
 */
public record EngineStatus(Instant at, List<JobStatus> jobs, boolean closed) {

  /** Copies the list. */
  public EngineStatus {
    Arguments.notNull(at, "at");
    jobs = List.copyOf(jobs);
  }

  /**
   * Why the engine is unhealthy, empty when healthy: closed, no heartbeat within
   * {@code maxHeartbeatAge}, or a job with at least {@code maxConsecutiveFailures} failures in a row.
   *
   * @param maxHeartbeatAge the oldest acceptable heartbeat
   * @param maxConsecutiveFailures failures in a row that make a job unhealthy, &gt; 0
   * @return one line per problem
   */
  public List<String> problems(Duration maxHeartbeatAge, int maxConsecutiveFailures) {
    Arguments.notNull(maxHeartbeatAge, "maxHeartbeatAge");
    Arguments.positive(maxConsecutiveFailures, "maxConsecutiveFailures");
    List<String> problems = new ArrayList<>();
    if (closed) {
      problems.add("engine closed");
    }
    for (JobStatus job : jobs) {
      if (job.job() == Job.HEARTBEAT
          && job.lastSuccess().map(last -> last.plus(maxHeartbeatAge).isBefore(at)).orElse(true)) {
        problems.add("heartbeat stale: last " + job.lastSuccess().map(Instant::toString).orElse("never"));
      }
      if (job.consecutiveFailures() >= maxConsecutiveFailures) {
        problems.add(job.job() + " " + job.underlying() + " failed " + job.consecutiveFailures()
            + " times in a row: " + job.lastError().orElse(""));
      }
    }
    return problems;
  }
}
