package io.zerogex.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * The NYSE's scheduled holidays, known special closures and early closes from 1990 to 2100, as
 * rules. Not API: {@link TradingCalendar} turns these into its day table.
 *
 * <p>Holidays follow NYSE Rule 7.2 with the exchange's weekend substitution (Saturday to the
 * preceding Friday, Sunday to the following Monday) except New Year's Day on a Saturday, which is
 * not observed. Early closes follow the history documented by exchange_calendars (XNYS) and
 * pandas_market_calendars (NYSE), which agree from 1990 on except for 1999-12-31 (see
 * {@link #addEarlyCloses}).
 */
final class NyseRules {

  /** The early close since 1993 (NYSE 13:00 ET). */
  static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

  /** The early close before 1993 (14:00 ET). */
  static final LocalTime EARLY_CLOSE_BEFORE_1993 = LocalTime.of(14, 0);

  /** Unscheduled full-day closures of the NYSE from 1990 on, with their reason. */
  static final Map<LocalDate, String> SPECIAL_CLOSURES = Map.ofEntries(
      Map.entry(LocalDate.of(1994, 4, 27), "National Day of Mourning for President Richard Nixon"),
      Map.entry(LocalDate.of(2001, 9, 11), "September 11 attacks"),
      Map.entry(LocalDate.of(2001, 9, 12), "September 11 attacks"),
      Map.entry(LocalDate.of(2001, 9, 13), "September 11 attacks"),
      Map.entry(LocalDate.of(2001, 9, 14), "September 11 attacks"),
      Map.entry(LocalDate.of(2004, 6, 11), "National Day of Mourning for President Ronald Reagan"),
      Map.entry(LocalDate.of(2007, 1, 2), "National Day of Mourning for President Gerald Ford"),
      Map.entry(LocalDate.of(2012, 10, 29), "Hurricane Sandy"),
      Map.entry(LocalDate.of(2012, 10, 30), "Hurricane Sandy"),
      Map.entry(LocalDate.of(2018, 12, 5), "National Day of Mourning for President George H. W. Bush"),
      Map.entry(LocalDate.of(2025, 1, 9), "National Day of Mourning for President Jimmy Carter"));

  private NyseRules() {
  }

  /**
   * Puts the observed scheduled holidays of {@code year} into {@code out}, each on the weekday the
   * exchange is closed, with its name.
   */
  static void addHolidays(int year, Map<LocalDate, String> out) {
    LocalDate newYear = LocalDate.of(year, 1, 1);
    // A Saturday New Year's Day is not moved to Friday: that Friday ends the previous year.
    if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
      out.put(observed(newYear), "New Year's Day");
    }
    // The NYSE first closed for Martin Luther King Jr. Day in 1998.
    if (year >= 1998) {
      out.put(nthWeekday(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Martin Luther King Jr. Day");
    }
    out.put(nthWeekday(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
    out.put(easterSunday(year).minusDays(2), "Good Friday");
    out.put(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        "Memorial Day");
    if (year >= 2022) {
      out.put(observed(LocalDate.of(year, 6, 19)), "Juneteenth National Independence Day");
    }
    out.put(observed(LocalDate.of(year, 7, 4)), "Independence Day");
    out.put(nthWeekday(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
    out.put(thanksgiving(year), "Thanksgiving Day");
    out.put(observed(LocalDate.of(year, 12, 25)), "Christmas Day");
  }

  /**
   * Puts the scheduled early closes of {@code year} into {@code out} with their closing time.
   * Days that turn out to be closed are dropped later by the caller.
   *
   * <ul>
   *   <li>Day after Thanksgiving: 14:00 in 1992, 13:00 from 1993 (none before 1992).
   *   <li>December 24 on a Monday to Thursday: 14:00 before 1993, 13:00 from 1993 (a Friday
   *       December 24 is the observed Christmas holiday).
   *   <li>July 3 on a Monday, Tuesday or Thursday from 1995, and on a Wednesday from 2013 (a
   *       Friday July 3 is the observed holiday; no early close precedes a Monday July 5
   *       observance).
   *   <li>July 5 on a Friday from 1996 to 2012 (the exchange then closed early after, not before,
   *       a Thursday Independence Day).
   *   <li>The Fridays after Christmas 1997-12-26 and 2003-12-26 (not 2008 nor 2014). 1999-12-31
   *       is not an early close here: the NYSE board approved a 13:00 close in April 1999, but the
   *       exchange's own closings history does not list it and the two reference libraries disagree.
   * </ul>
   */
  static void addEarlyCloses(int year, Map<LocalDate, LocalTime> out) {
    LocalTime close = year < 1993 ? EARLY_CLOSE_BEFORE_1993 : EARLY_CLOSE;
    if (year >= 1992) {
      out.put(thanksgiving(year).plusDays(1), close);
    }
    LocalDate christmasEve = LocalDate.of(year, 12, 24);
    if (christmasEve.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue()) {
      out.put(christmasEve, close);
    }
    LocalDate julyThird = LocalDate.of(year, 7, 3);
    DayOfWeek third = julyThird.getDayOfWeek();
    boolean monTueThu = third == DayOfWeek.MONDAY || third == DayOfWeek.TUESDAY
        || third == DayOfWeek.THURSDAY;
    if (year >= 1995 && monTueThu || year >= 2013 && third == DayOfWeek.WEDNESDAY) {
      out.put(julyThird, close);
    }
    LocalDate julyFifth = LocalDate.of(year, 7, 5);
    if (year >= 1996 && year <= 2012 && julyFifth.getDayOfWeek() == DayOfWeek.FRIDAY) {
      out.put(julyFifth, close);
    }
    if (year == 1997 || year == 2003) {
      out.put(LocalDate.of(year, 12, 26), close);
    }
  }

  /**
   * Gregorian Easter Sunday by the anonymous (Meeus/Jones/Butcher) computus, valid for every
   * Gregorian year.
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate thanksgiving(int year) {
    return nthWeekday(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
  }

  private static LocalDate nthWeekday(int year, Month month, int n, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /** Saturday to the preceding Friday, Sunday to the following Monday. */
  private static LocalDate observed(LocalDate date) {
    switch (date.getDayOfWeek()) {
      case SATURDAY:
        return date.minusDays(1);
      case SUNDAY:
        return date.plusDays(1);
      default:
        return date;
    }
  }
}
