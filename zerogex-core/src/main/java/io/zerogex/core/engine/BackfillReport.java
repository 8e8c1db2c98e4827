package io.zerogex.core.engine;

import java.util.List;
import java.util.Map;

/**
 * What a backfill did.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param missingMinutes 1-minute bars missing from the store before the backfill, per symbol
 * @param barsStored bars fetched from the source's history and stored, per symbol
 * @param failures one message per symbol whose backfill failed (the others went on)
 */
public record BackfillReport(Map<String, Integer> missingMinutes, Map<String, Integer> barsStored,
    List<String> failures) {

  /** Copies the collections. */
  public BackfillReport {
    missingMinutes = Map.copyOf(missingMinutes);
    barsStored = Map.copyOf(barsStored);
    failures = List.copyOf(failures);
  }
}
