package io.zerogex.core.engine;

import java.time.Instant;
import java.util.Optional;

/** The mutable schedule state of one job of one underlying; guarded by its own monitor. */
final class JobState {

  final Job job;
  final String underlying;
  private Instant nextDue;
  private Instant lastSuccess;
  private int failures;
  private String lastError;
  private boolean running;

  JobState(Job job, String underlying) {
    this.job = job;
    this.underlying = underlying;
  }

  /** Claims the run when due at {@code now} and not running; false otherwise. */
  synchronized boolean claimIfDue(Instant now) {
    if (running || (nextDue != null && now.isBefore(nextDue))) {
      return false;
    }
    running = true;
    return true;
  }

  /** Claims the run whatever the schedule (an on-demand fetch); false while running. */
  synchronized boolean claim() {
    if (running) {
      return false;
    }
    running = true;
    return true;
  }

  synchronized boolean isDueButRunning(Instant now) {
    return running && nextDue != null && !now.isBefore(nextDue);
  }

  synchronized void succeeded(Instant at, Instant next) {
    running = false;
    lastSuccess = at;
    failures = 0;
    lastError = null;
    nextDue = next;
  }

  synchronized int failed(String error, Instant at) {
    running = false;
    failures++;
    lastError = error;
    return failures;
  }

  synchronized void retryAt(Instant next) {
    nextDue = next;
  }

  synchronized JobStatus status() {
    return new JobStatus(job, underlying, Optional.ofNullable(lastSuccess), failures,
        Optional.ofNullable(lastError), running);
  }
}
