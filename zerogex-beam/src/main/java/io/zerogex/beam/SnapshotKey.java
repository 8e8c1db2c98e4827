package io.zerogex.beam;

import java.time.Instant;

/**
 * The key of one chain snapshot: underlying and as-of instant. Its coder is deterministic, so it
 * can key a {@code GroupByKey}. This class is immutable and thread-safe.
 *
 * @param underlying the underlying, upper case
 * @param asOf the snapshot's as-of instant
 */
public record SnapshotKey(String underlying, Instant asOf) {

  @Override
  public String toString() {
    return underlying + " at " + asOf;
  }
}
