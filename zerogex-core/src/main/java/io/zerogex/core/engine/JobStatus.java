package io.zerogex.core.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one job of one underlying stands.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param job the job
 * @param underlying the underlying ({@code "*"} for the heartbeat)
 * @param lastSuccess the engine clock's instant of its last success, empty if none yet
 * @param consecutiveFailures failures since the last success
 * @param lastError the message of the last failure since the last success, empty if none
 * @param running true while a run is in flight
 */
public record JobStatus(Job job, String underlying, Optional<Instant> lastSuccess, int consecutiveFailures,
    Optional<String> lastError, boolean running) {
}
