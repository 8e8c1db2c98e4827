package io.zerogex.core.pricing;

import io.zerogex.core.model.OptionContract;
import java.time.Duration;
import java.time.Instant;

/**
 * A policy for the time to expiry T, in years, that the pricing formulas use for a contract seen
 * at an as-of instant. Two policies exist:
 * <ul>
 *   <li>{@link #calendar(Duration)}: calendar time to the settlement instant (16:00
 *       America/New_York on the expiration date for PM-settled contracts, 09:30 for AM-settled
 *       ones) in seconds divided by 365 x 86,400, never below a floor while time remains, 0 at
 *       and after settlement. {@link #defaultPolicy()} is this with a one-minute floor.</li>
 *   <li>{@link #businessDays(int, boolean)}: weekdays (Monday to Friday, no holidays) from the
 *       as-of date, inclusive, to the expiration date, exclusive, divided by a day count, as
 *       {@code numpy.busday_count} counts them; the compatibility convention of the published
 *       community GEX script (262 days, with a 0DTE floor of one day).</li>
 * </ul>
 * A result of 0 means "no time left": the contract contributes zero gamma.
 *
 * <p>Implementations are immutable and thread-safe, compare equal when their settings are
 * equal, and describe their settings in {@code toString()}.
 */
public interface YearFraction {

  /**
   * The time from {@code asOf} to the contract's expiry, in years, &gt;= 0 and finite.
   *
   * @param asOf the instant the chain was observed
   * @param contract the option contract
   * @return the year fraction; 0 when no time is left
   * @throws NullPointerException if an argument is null
   */
  double years(Instant asOf, OptionContract contract);

  /**
   * Calendar time to settlement: {@code seconds(asOf, settlement) / (365 * 86400)}, where
   * settlement is the expiration date at 16:00 America/New_York for
   * {@link io.zerogex.core.model.Settlement#PM} and 09:30 for
   * {@link io.zerogex.core.model.Settlement#AM}. At or after settlement the result is exactly 0;
   * before it, never less than {@code floor} (so a contract minutes from expiry keeps a finite,
   * large gamma instead of an infinite one). Early closes are not applied: a PM contract
   * expiring on a half day is taken to settle at 16:00.
   *
   * @param floor the smallest time returned while time remains; zero for none
   * @return the policy
   * @throws IllegalArgumentException if floor is negative
   */
  static YearFraction calendar(Duration floor) {
    return new CalendarYearFraction(floor);
  }

  /**
   * The production default: {@code calendar(Duration.ofMinutes(1))}.
   *
   * @return the default policy
   */
  static YearFraction defaultPolicy() {
    return CalendarYearFraction.ONE_MINUTE_FLOOR;
  }

  /**
   * Business days: the number of Monday-to-Friday dates from the as-of date (the as-of instant's
   * date in America/New_York), inclusive, to the expiration date, exclusive, divided by
   * {@code daysPerYear}. An expiration before the as-of date gives 0. A count of 0 (expiring
   * today, or on the next business day seen from a weekend) gives {@code 1 / daysPerYear} when
   * {@code zeroDteFloor} is set and 0 otherwise.
   *
   * @param daysPerYear business days per year, &gt; 0 (262 in the community convention)
   * @param zeroDteFloor whether a count of 0 is floored to one day
   * @return the policy
   * @throws IllegalArgumentException if daysPerYear is not positive
   */
  static YearFraction businessDays(int daysPerYear, boolean zeroDteFloor) {
    return new BusinessDayYearFraction(daysPerYear, zeroDteFloor);
  }
}
