package io.zerogex.tradier;

import io.zerogex.core.model.Arguments;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The exchange's state now, as Tradier's market clock reports it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the exchange (America/New_York) date
 * @param state {@code premarket}, {@code open}, {@code postmarket} or {@code closed}, lower case
 * @param asOf when the vendor produced the reading
 * @param nextState the state after the next change, lower case, or "" when not given
 * @param nextChange the America/New_York time of the next change, if given
 * @param description the vendor's sentence, e.g. "Market is open from 09:30 to 16:00"
 */
public record MarketClock(LocalDate date, String state, Instant asOf, String nextState,
    Optional<LocalTime> nextChange, String description) {

  /** Validates every component. */
  public MarketClock {
    Arguments.notNull(date, "date");
    Arguments.notBlank(state, "state");
    Arguments.notNull(asOf, "asOf");
    Arguments.notNull(nextState, "nextState");
    Arguments.notNull(nextChange, "nextChange");
    Arguments.notNull(description, "description");
  }

  /** True during the regular session. */
  public boolean isOpen() {
    return state.equals("open");
  }
}
