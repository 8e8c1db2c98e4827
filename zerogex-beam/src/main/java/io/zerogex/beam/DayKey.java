package io.zerogex.beam;

import java.time.LocalDate;

/**
 * The key of one symbol's trading day (New York date). Its coder is deterministic. This class is
 * immutable and thread-safe.
 *
 * @param symbol the underlying or bar symbol, e.g. {@code SPX}
 * @param date the New York calendar date
 */
public record DayKey(String symbol, LocalDate date) {
}
