package io.zerogex.tradier;

import io.zerogex.core.model.Arguments;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One day of Tradier's market calendar.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the exchange (America/New_York) date
 * @param open true when the market holds a regular session that day
 * @param description the vendor's sentence, e.g. "Market is closed for Good Friday"
 * @param sessionStart the regular session's America/New_York opening time, if open
 * @param sessionEnd the regular session's America/New_York closing time (13:00 on early closes), if open
 */
public record MarketDay(LocalDate date, boolean open, String description, Optional<LocalTime> sessionStart,
    Optional<LocalTime> sessionEnd) {

  /** Validates every component. */
  public MarketDay {
    Arguments.notNull(date, "date");
    Arguments.notNull(description, "description");
    Arguments.notNull(sessionStart, "sessionStart");
    Arguments.notNull(sessionEnd, "sessionEnd");
  }
}
