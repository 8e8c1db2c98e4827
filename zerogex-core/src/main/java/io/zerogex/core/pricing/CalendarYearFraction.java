package io.zerogex.core.pricing;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * {@link YearFraction#calendar(Duration)}: seconds to settlement over 365 x 86,400, floored.
 *
 * @param floor the smallest time returned while time remains, not negative
 */
record CalendarYearFraction(Duration floor) implements YearFraction {

  static final YearFraction ONE_MINUTE_FLOOR = new CalendarYearFraction(Duration.ofMinutes(1));

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime AM_SETTLEMENT = LocalTime.of(9, 30);
  private static final LocalTime PM_SETTLEMENT = LocalTime.of(16, 0);
  private static final double SECONDS_PER_YEAR = 365.0 * 86_400;

  CalendarYearFraction {
    Arguments.notNull(floor, "floor");
    if (floor.isNegative()) {
      throw new IllegalArgumentException("floor must not be negative, got " + floor);
    }
  }

  @Override
  public double years(Instant asOf, OptionContract contract) {
    Arguments.notNull(asOf, "asOf");
    Arguments.notNull(contract, "contract");
    Duration remaining = Duration.between(asOf, settlementInstant(contract));
    if (remaining.isNegative() || remaining.isZero()) {
      return 0.0;
    }
    Duration time = remaining.compareTo(floor) < 0 ? floor : remaining;
    return (time.getSeconds() + time.getNano() * 1e-9) / SECONDS_PER_YEAR;
  }

  /** 09:30 (AM) or 16:00 (PM) America/New_York on the expiration date. */
  static Instant settlementInstant(OptionContract contract) {
    LocalTime time = contract.settlement() == Settlement.AM ? AM_SETTLEMENT : PM_SETTLEMENT;
    return contract.expiration().atTime(time).atZone(NEW_YORK).toInstant();
  }

  @Override
  public String toString() {
    return "YearFraction.calendar(floor=" + floor + ")";
  }
}
