package io.zerogex.core.calendar;

import io.zerogex.core.model.Arguments;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The regular session of one NYSE trading day: opens at 09:30 America/New_York and closes at
 * 16:00, or earlier on an early-close day (13:00 since 1993).
 *
 * <p>The session is the half-open interval {@code [open, close)}: the market is open at
 * {@code open} and closed at {@code close}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the trading day, in America/New_York
 * @param open the opening instant (09:30 ET on {@code date})
 * @param close the closing instant, after {@code open}
 * @param earlyClose true when the session closes before 16:00 ET
 */
public record RegularSession(LocalDate date, Instant open, Instant close, boolean earlyClose) {

  /** Validates that every component is present and that {@code open} is before {@code close}. */
  public RegularSession {
    Arguments.notNull(date, "date");
    Arguments.notNull(open, "open");
    Arguments.notNull(close, "close");
    if (!open.isBefore(close)) {
      throw new IllegalArgumentException(
          "open must be before close, got open " + open + " and close " + close + " on " + date);
    }
  }

  /** The length of the session: 6 h 30 min on a full day, 3 h 30 min on a 13:00 early close. */
  public Duration length() {
    return Duration.between(open, close);
  }

  /** True when {@code instant} is in {@code [open, close)}. */
  public boolean contains(Instant instant) {
    Arguments.notNull(instant, "instant");
    return !instant.isBefore(open) && instant.isBefore(close);
  }
}
