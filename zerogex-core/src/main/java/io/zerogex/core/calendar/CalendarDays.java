package io.zerogex.core.calendar;

import static io.zerogex.core.calendar.TradingCalendar.FIRST_SUPPORTED_DATE;
import static io.zerogex.core.calendar.TradingCalendar.LAST_SUPPORTED_DATE;
import static io.zerogex.core.calendar.TradingCalendar.NEW_YORK;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Day arithmetic of {@link TradingCalendar}'s table: the index of a date or an instant's New York
 * date among the days from 1990-01-01, with the range checks. Not API.
 */
final class CalendarDays {

  static final int SECONDS_PER_DAY = 86_400;
  static final long FIRST_EPOCH_DAY = FIRST_SUPPORTED_DATE.toEpochDay();
  static final int DAY_COUNT = (int) (LAST_SUPPORTED_DATE.toEpochDay() - FIRST_EPOCH_DAY + 1);
  private static final ZoneRules ZONE_RULES = NEW_YORK.getRules();
  private static final int FIRST_YEAR = FIRST_SUPPORTED_DATE.getYear();
  private static final int LAST_YEAR = LAST_SUPPORTED_DATE.getYear();
  /** The number of months from January 1990 to December 2100. */
  static final int MONTH_COUNT = (LAST_YEAR - FIRST_YEAR + 1) * 12;
  /** Table index of the first day of each month, from January 1990: dates index without toEpochDay. */
  private static final int[] MONTH_START = monthStarts();
  /**
   * New York's UTC offset at noon of each day, in seconds. The regular session (09:30-16:00)
   * lies after the 02:00 daylight-saving switch, so it has this offset all session long.
   */
  static final int[] NOON_OFFSET_SECONDS = noonOffsets();

  private CalendarDays() {
  }

  static Instant instantAt(LocalDate date, int secondOfDay) {
    // Session times (04:00-20:00) never fall in a DST gap or overlap (01:00-03:00).
    return ZonedDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay), NEW_YORK).toInstant();
  }

  static LocalDate dateOf(int index) {
    return LocalDate.ofEpochDay(FIRST_EPOCH_DAY + index);
  }

  static long localSecond(Instant instant) {
    requireNonNull(instant, "instant");
    return instant.getEpochSecond() + ZONE_RULES.getOffset(instant).getTotalSeconds();
  }

  static int index(LocalDate date) {
    return MONTH_START[monthIndex(date)] + date.getDayOfMonth() - 1;
  }

  /** The index of the date's month among the months from January 1990. */
  static int monthIndex(LocalDate date) {
    requireNonNull(date, "date");
    int year = date.getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("date must be within " + FIRST_SUPPORTED_DATE + ".."
          + LAST_SUPPORTED_DATE + ", got " + date);
    }
    return (year - FIRST_YEAR) * 12 + date.getMonthValue() - 1;
  }

  /** {@link #monthIndex} of a range bound, which may be 2101-01-01 (giving MONTH_COUNT). */
  static int boundMonthIndex(LocalDate date, String name) {
    requireNonNull(date, name);
    int year = date.getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR && !date.equals(LAST_SUPPORTED_DATE.plusDays(1))) {
      throw new IllegalArgumentException(name + " must be within " + FIRST_SUPPORTED_DATE + ".."
          + LAST_SUPPORTED_DATE.plusDays(1) + ", got " + date);
    }
    return (year - FIRST_YEAR) * 12 + date.getMonthValue() - 1;
  }

  private static int[] monthStarts() {
    int[] starts = new int[(LAST_YEAR - FIRST_YEAR + 1) * 12];
    for (int m = 0; m < starts.length; m++) {
      starts[m] = (int) (LocalDate.of(FIRST_YEAR + m / 12, m % 12 + 1, 1).toEpochDay() - FIRST_EPOCH_DAY);
    }
    return starts;
  }

  private static int[] noonOffsets() {
    int[] offsets = new int[DAY_COUNT];
    for (int i = 0; i < DAY_COUNT; i++) {
      Instant noon = Instant.ofEpochSecond((FIRST_EPOCH_DAY + i) * SECONDS_PER_DAY + 12 * 3600 + 5 * 3600);
      offsets[i] = ZONE_RULES.getOffset(noon).getTotalSeconds();
    }
    return offsets;
  }

  static int index(long localSecond, Instant instant) {
    long i = Math.floorDiv(localSecond, SECONDS_PER_DAY) - FIRST_EPOCH_DAY;
    if (i < 0 || i >= DAY_COUNT) {
      throw new IllegalArgumentException("instant must fall within " + FIRST_SUPPORTED_DATE + ".."
          + LAST_SUPPORTED_DATE + " in " + NEW_YORK + ", got " + instant);
    }
    return (int) i;
  }

  /** Index of a range bound, which may be one day past the last supported date. */
  static int boundIndex(LocalDate date, String name) {
    requireNonNull(date, name);
    long i = date.toEpochDay() - FIRST_EPOCH_DAY;
    if (i < 0 || i > DAY_COUNT) {
      throw new IllegalArgumentException(name + " must be within " + FIRST_SUPPORTED_DATE + ".."
          + LAST_SUPPORTED_DATE.plusDays(1) + ", got " + date);
    }
    return (int) i;
  }

  /**
   * The null check of {@link io.zerogex.core.model.Arguments#notNull} for the lookup path: it
   * builds the message only on failure (building it on every call showed in the benchmark).
   */
  static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
  }
}
