package io.zerogex.core.pricing;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionContract;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * {@link YearFraction#businessDays(int, boolean)}: weekdays from the as-of date to expiration.
 *
 * @param daysPerYear business days per year, &gt; 0
 * @param zeroDteFloor whether a count of 0 is floored to one day
 */
record BusinessDayYearFraction(int daysPerYear, boolean zeroDteFloor) implements YearFraction {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  BusinessDayYearFraction {
    Arguments.positive(daysPerYear, "daysPerYear");
  }

  @Override
  public double years(Instant asOf, OptionContract contract) {
    Arguments.notNull(asOf, "asOf");
    Arguments.notNull(contract, "contract");
    LocalDate from = asOf.atZone(NEW_YORK).toLocalDate();
    LocalDate expiration = contract.expiration();
    if (expiration.isBefore(from)) {
      return 0.0;
    }
    long count = weekdaysBetween(from, expiration);
    if (count == 0) {
      return zeroDteFloor ? 1.0 / daysPerYear : 0.0;
    }
    return (double) count / daysPerYear;
  }

  /** Monday-to-Friday dates in [from, to), for from &lt;= to: whole weeks, then the rest. */
  static long weekdaysBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    long count = days / 7 * 5;
    DayOfWeek day = from.getDayOfWeek();
    for (long i = 0; i < days % 7; i++) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        count++;
      }
      day = day.plus(1);
    }
    return count;
  }

  @Override
  public String toString() {
    return "YearFraction.businessDays(daysPerYear=" + daysPerYear + ", zeroDteFloor=" + zeroDteFloor + ")";
  }
}
