package io.zerogex.core.calendar;

import static io.zerogex.core.calendar.CalendarDays.DAY_COUNT;
import static io.zerogex.core.calendar.CalendarDays.FIRST_EPOCH_DAY;
import static io.zerogex.core.calendar.CalendarDays.MONTH_COUNT;
import static io.zerogex.core.calendar.CalendarDays.NOON_OFFSET_SECONDS;
import static io.zerogex.core.calendar.CalendarDays.SECONDS_PER_DAY;
import static io.zerogex.core.calendar.CalendarDays.boundIndex;
import static io.zerogex.core.calendar.CalendarDays.boundMonthIndex;
import static io.zerogex.core.calendar.CalendarDays.dateOf;
import static io.zerogex.core.calendar.CalendarDays.index;
import static io.zerogex.core.calendar.CalendarDays.instantAt;
import static io.zerogex.core.calendar.CalendarDays.localSecond;
import static io.zerogex.core.calendar.CalendarDays.monthIndex;
import static io.zerogex.core.calendar.CalendarDays.requireNonNull;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.Settlement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NYSE trading calendar from 1990-01-01 to 2100-12-31: trading days, holidays, special
 * closures, early closes, regular and extended sessions in America/New_York, and the settlement
 * instants of AM- and PM-settled options.
 *
 * <p><b>Rules.</b> The regular session runs 09:30-16:00 ET, Monday to Friday. Holidays (NYSE Rule
 * 7.2): New Year's Day, Martin Luther King Jr. Day (third Monday of January, from 1998),
 * Washington's Birthday (third Monday of February), Good Friday (Gregorian Easter minus two
 * days), Memorial Day (last Monday of May), Juneteenth (June 19, from 2022), Independence Day,
 * Labor Day (first Monday of September), Thanksgiving (fourth Thursday of November) and Christmas.
 * A holiday on a Saturday is observed on the Friday before and one on a Sunday on the Monday
 * after, except New Year's Day on a Saturday, which is not observed (2022, 2028). Special
 * closures: 1994-04-27, 2001-09-11 to 14, 2004-06-11, 2007-01-02, 2012-10-29 and 30, 2018-12-05,
 * 2025-01-09. Early closes at 13:00 ET: the day after Thanksgiving, December 24 on a Monday to
 * Thursday, and July 3 when it is a Monday to Thursday (July 4 then being observed on its own
 * day).
 *
 * <p><b>Range of validity.</b> Full-day closures are exact for every year from 1990 to the
 * present and follow the rules above afterwards; closures announced later (days of mourning,
 * storms) must be added with {@link #nyse(Collection)} or {@link Builder#addClosure}. Early closes
 * follow the modern rule from 2013; before that the history is reproduced as documented by
 * exchange_calendars and pandas_market_calendars: 14:00 closes on December 24 (1990-1992) and the
 * day after Thanksgiving (1992), no July 3 early close before 1995 and none on a Wednesday
 * July 3 before 2013, Friday July 5 early closes 1996-2012, and 1997-12-26 and 2003-12-26;
 * 1999-12-31, on which the sources disagree, is a full day. Late openings and intraday halts (such
 * as the 2015-07-08 outage) are not modelled. Every method throws {@link IllegalArgumentException}
 * naming the date for a date, or an instant whose New York date, outside 1990-01-01..2100-12-31,
 * and {@link NullPointerException} naming the argument for a null.
 *
 * <p><b>Extended hours.</b> Pre-market 04:00 ET to the open and after-hours from the close to
 * 20:00 ET (17:00 ET after an early close, as NYSE Arca and Nasdaq run half days) by default;
 * change them with {@link Builder#extendedHours}.
 *
 * <p>The calendar is built once into tables: a bit per day packed by month (5 KB) answers
 * {@link #isTradingDay} with one array read and {@link #tradingDaysBetween} as a difference of
 * monthly prefix sums plus two bit counts; a per-day closing time answers the session queries.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TradingCalendar {

  /** The exchange's time zone, America/New_York. */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The first date the calendar covers. */
  public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(1990, 1, 1);

  /** The last date the calendar covers. */
  public static final LocalDate LAST_SUPPORTED_DATE = LocalDate.of(2100, 12, 31);

  /** The regular open, 09:30 ET. */
  public static final LocalTime REGULAR_OPEN = LocalTime.of(9, 30);

  /** The regular close, 16:00 ET. */
  public static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);

  /** The early close since 1993, 13:00 ET. */
  public static final LocalTime EARLY_CLOSE = NyseRules.EARLY_CLOSE;

  private static final int OPEN_SECOND = REGULAR_OPEN.toSecondOfDay();
  private static final int REGULAR_CLOSE_SECOND = REGULAR_CLOSE.toSecondOfDay();
  private static final String ADDITIONAL_CLOSURE = "Additional closure";

  /** Per day from FIRST_SUPPORTED_DATE: the regular close as second of day, 0 when closed. */
  private final int[] closeSecond;
  /**
   * Per month from January 1990, bit d - 1 set when day d is a trading day; one more, empty, month
   * for range ends of 2101-01-01. About 5 KB, so that loops over dates stay in the L1 cache.
   */
  private final int[] tradingDayBits;
  /** tradingDaysBeforeMonth[m] = number of trading days in the months before month m. */
  private final int[] tradingDaysBeforeMonth;
  /** Weekday closures (holidays and special closures) and their names. */
  private final Map<LocalDate, String> closureNames;
  private final int preMarketOpenSecond;
  private final int afterHoursCloseSecond;
  private final int afterHoursCloseOnEarlyCloseSecond;

  private TradingCalendar(Builder builder) {
    Map<LocalDate, String> names = new HashMap<>();
    Map<LocalDate, LocalTime> earlyCloses = new HashMap<>();
    for (int year = FIRST_SUPPORTED_DATE.getYear(); year <= LAST_SUPPORTED_DATE.getYear(); year++) {
      NyseRules.addHolidays(year, names);
      NyseRules.addEarlyCloses(year, earlyCloses);
    }
    names.putAll(NyseRules.SPECIAL_CLOSURES);
    names.keySet().removeAll(builder.removedClosures);
    names.putAll(builder.addedClosures);
    names.keySet().removeIf(date -> isWeekend(date.getDayOfWeek()));
    earlyCloses.keySet().removeAll(builder.removedEarlyCloses);
    earlyCloses.putAll(builder.addedEarlyCloses);

    closeSecond = new int[DAY_COUNT];
    tradingDayBits = new int[MONTH_COUNT + 1];
    tradingDaysBeforeMonth = new int[MONTH_COUNT + 1];
    for (int i = 0; i < DAY_COUNT; i++) {
      LocalDate date = LocalDate.ofEpochDay(FIRST_EPOCH_DAY + i);
      boolean trading = !isWeekend(date.getDayOfWeek()) && !names.containsKey(date);
      if (trading) {
        closeSecond[i] = earlyCloses.getOrDefault(date, REGULAR_CLOSE).toSecondOfDay();
      }
      if (trading) {
        tradingDayBits[monthIndex(date)] |= 1 << (date.getDayOfMonth() - 1);
      }
    }
    for (int m = 0; m < MONTH_COUNT; m++) {
      tradingDaysBeforeMonth[m + 1] = tradingDaysBeforeMonth[m] + Integer.bitCount(tradingDayBits[m]);
    }
    closureNames = Map.copyOf(names);
    preMarketOpenSecond = builder.preMarketOpen.toSecondOfDay();
    afterHoursCloseSecond = builder.afterHoursClose.toSecondOfDay();
    afterHoursCloseOnEarlyCloseSecond = builder.afterHoursCloseOnEarlyClose.toSecondOfDay();
  }

  /** The NYSE calendar with its rules and known special closures, shared and built once. */
  public static TradingCalendar nyse() {
    return Default.NYSE;
  }

  /**
   * The NYSE calendar with {@code additionalClosures} closed as well: closures announced after
   * this library was released. Weekend dates in the list are ignored (already closed).
   *
   * @throws IllegalArgumentException naming a date outside 1990-01-01..2100-12-31
   */
  public static TradingCalendar nyse(Collection<LocalDate> additionalClosures) {
    Arguments.notNull(additionalClosures, "additionalClosures");
    return builder().addClosures(additionalClosures).build();
  }

  /** A builder starting from the NYSE rules, to add or remove closures and early closes. */
  public static Builder builder() {
    return new Builder();
  }

  /** True on a weekday that is neither a holiday nor a special closure. */
  public boolean isTradingDay(LocalDate date) {
    return (tradingDayBits[monthIndex(date)] >>> (date.getDayOfMonth() - 1) & 1) != 0;
  }

  /**
   * True on a weekday the exchange is closed: a scheduled holiday, a special closure or an added
   * closure. Weekends are not holidays (a Saturday New Year's Day is not observed at all).
   */
  public boolean isHoliday(LocalDate date) {
    index(date);
    return closureNames.containsKey(date);
  }

  /** The name of the holiday or closure on {@code date}, empty when {@link #isHoliday} is false. */
  public Optional<String> holidayName(LocalDate date) {
    index(date);
    return Optional.ofNullable(closureNames.get(date));
  }

  /** True on a trading day whose regular session closes before 16:00 ET (13:00 since 1993). */
  public boolean isEarlyClose(LocalDate date) {
    int close = closeSecond[index(date)];
    return close != 0 && close < REGULAR_CLOSE_SECOND;
  }

  /** The regular session of {@code date}, empty when it is not a trading day. */
  public Optional<RegularSession> regularSession(LocalDate date) {
    int close = closeSecond[index(date)];
    if (close == 0) {
      return Optional.empty();
    }
    return Optional.of(new RegularSession(date, instantAt(date, OPEN_SECOND), instantAt(date, close),
        close < REGULAR_CLOSE_SECOND));
  }

  /** True when {@code instant} falls in a regular session {@code [09:30, close)} ET. */
  public boolean isOpen(Instant instant) {
    requireNonNull(instant, "instant");
    long epochSecond = instant.getEpochSecond();
    // The day as if New York kept standard time (UTC-5) all year: the right day for every
    // instant from 01:00 ET on, so for every instant of a session.
    int i = index(epochSecond - 5 * 3600, instant);
    long second = epochSecond + NOON_OFFSET_SECONDS[i] - (FIRST_EPOCH_DAY + i) * SECONDS_PER_DAY;
    return second >= OPEN_SECOND && second < closeSecond[i];
  }

  /**
   * The session {@code instant} falls in. Each phase is half-open: pre-market
   * {@code [preMarketOpen, 09:30)}, regular {@code [09:30, close)}, after-hours
   * {@code [close, afterHoursClose)}, in New York time; non-trading days are closed all day.
   */
  public MarketSession session(Instant instant) {
    long local = localSecond(instant);
    int close = closeSecond[index(local, instant)];
    if (close == 0) {
      return MarketSession.CLOSED;
    }
    int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
    int afterHoursEnd = close < REGULAR_CLOSE_SECOND
        ? afterHoursCloseOnEarlyCloseSecond : afterHoursCloseSecond;
    if (second < preMarketOpenSecond) {
      return MarketSession.CLOSED;
    } else if (second < OPEN_SECOND) {
      return MarketSession.PRE_MARKET;
    } else if (second < close) {
      return MarketSession.REGULAR;
    } else if (second < afterHoursEnd) {
      return MarketSession.AFTER_HOURS;
    }
    return MarketSession.CLOSED;
  }

  /**
   * The first regular open strictly after {@code instant}: at exactly 09:30 on a trading day this
   * is the next trading day's open.
   *
   * @throws IllegalArgumentException if there is none before 2101
   */
  public Instant nextOpen(Instant instant) {
    long local = localSecond(instant);
    int i = index(local, instant);
    if (closeSecond[i] == 0 || Math.floorMod(local, SECONDS_PER_DAY) >= OPEN_SECOND) {
      i = nextTradingIndex(i, instant);
    }
    return instantAt(dateOf(i), OPEN_SECOND);
  }

  /**
   * The first regular close strictly after {@code instant}: during a session, that session's
   * close; at the close itself or later, the next trading day's close.
   *
   * @throws IllegalArgumentException if there is none before 2101
   */
  public Instant nextClose(Instant instant) {
    long local = localSecond(instant);
    int i = index(local, instant);
    if (closeSecond[i] == 0 || Math.floorMod(local, SECONDS_PER_DAY) >= closeSecond[i]) {
      i = nextTradingIndex(i, instant);
    }
    return instantAt(dateOf(i), closeSecond[i]);
  }

  /**
   * The last regular close at or before {@code instant}: at 16:00 on a trading day, that close.
   *
   * @throws IllegalArgumentException if there is none after 1989
   */
  public Instant previousClose(Instant instant) {
    long local = localSecond(instant);
    int i = index(local, instant);
    if (closeSecond[i] == 0 || Math.floorMod(local, SECONDS_PER_DAY) < closeSecond[i]) {
      i = previousTradingIndex(i, instant);
    }
    return instantAt(dateOf(i), closeSecond[i]);
  }

  /**
   * The first trading day strictly after {@code date}.
   *
   * @throws IllegalArgumentException if there is none up to 2100-12-31
   */
  public LocalDate nextTradingDay(LocalDate date) {
    return dateOf(nextTradingIndex(index(date), date));
  }

  /**
   * The last trading day strictly before {@code date}.
   *
   * @throws IllegalArgumentException if there is none from 1990-01-01
   */
  public LocalDate previousTradingDay(LocalDate date) {
    return dateOf(previousTradingIndex(index(date), date));
  }

  /**
   * The number of trading days {@code d} with {@code startInclusive <= d < endExclusive}.
   * {@code endExclusive} may be 2101-01-01.
   *
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   */
  public int tradingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    int start = tradingDaysBefore(startInclusive, "startInclusive");
    int end = tradingDaysBefore(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException("endExclusive must not be before startInclusive, got "
          + startInclusive + " and " + endExclusive);
    }
    return end - start;
  }

  /** The number of trading days from 1990-01-01 up to, not including, {@code date}. */
  private int tradingDaysBefore(LocalDate date, String name) {
    int m = boundMonthIndex(date, name);
    int earlierDaysOfMonth = (1 << (date.getDayOfMonth() - 1)) - 1;
    return tradingDaysBeforeMonth[m] + Integer.bitCount(tradingDayBits[m] & earlierDaysOfMonth);
  }

  /** The trading days {@code d} with {@code startInclusive <= d < endExclusive}, in order. */
  public List<LocalDate> tradingDays(LocalDate startInclusive, LocalDate endExclusive) {
    List<LocalDate> days = new ArrayList<>(tradingDaysBetween(startInclusive, endExclusive));
    int end = boundIndex(endExclusive, "endExclusive");
    for (int i = boundIndex(startInclusive, "startInclusive"); i < end; i++) {
      if (closeSecond[i] != 0) {
        days.add(dateOf(i));
      }
    }
    return List.copyOf(days);
  }

  /**
   * The instant an option expiring on {@code expiration} settles: for AM settlement the 09:30 ET
   * open of that day (the special opening quotation), for PM settlement that day's regular close
   * (16:00 ET, 13:00 on an early close). An expiration that is not a trading day (the Saturday
   * expirations listed before 2015, or a day later closed) settles on the last trading day before
   * it.
   */
  public Instant settlementInstant(LocalDate expiration, Settlement settlement) {
    Arguments.notNull(settlement, "settlement");
    int i = index(expiration);
    if (closeSecond[i] == 0) {
      i = previousTradingIndex(i, expiration);
    }
    return instantAt(dateOf(i), settlement == Settlement.AM ? OPEN_SECOND : closeSecond[i]);
  }

  /** {@link #settlementInstant(LocalDate, Settlement)} for the contract's expiration and settlement. */
  public Instant settlementInstant(OptionContract contract) {
    Arguments.notNull(contract, "contract");
    return settlementInstant(contract.expiration(), contract.settlement());
  }

  /**
   * The standard monthly expiration of {@code month}: its third Friday, or the last trading day
   * before it when that Friday is closed (Good Friday, a Friday Juneteenth: the Thursday). For
   * years before 2015 this is the last trading day, not the Saturday the contracts were listed with.
   */
  public LocalDate monthlyExpiration(YearMonth month) {
    Arguments.notNull(month, "month");
    LocalDate thirdFriday = month.atDay(1)
        .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    return isTradingDay(thirdFriday) ? thirdFriday : previousTradingDay(thirdFriday);
  }

  private static boolean isWeekend(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }


  private int nextTradingIndex(int from, Object argument) {
    for (int i = from + 1; i < DAY_COUNT; i++) {
      if (closeSecond[i] != 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no trading day after " + argument + " up to " + LAST_SUPPORTED_DATE);
  }

  private int previousTradingIndex(int from, Object argument) {
    for (int i = from - 1; i >= 0; i--) {
      if (closeSecond[i] != 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no trading day before " + argument + " from " + FIRST_SUPPORTED_DATE);
  }

  /** Holds the shared default calendar, built on first use. */
  private static final class Default {
    static final TradingCalendar NYSE = builder().build();
  }

  /**
   * Adds or removes closures and early closes on top of the NYSE rules, and sets the extended
   * hours. Removals apply to the rule-based days, additions win over them, and a closure wins over
   * an early close on the same day. Not thread-safe; the calendar it builds is.
   */
  public static final class Builder {
    private final Map<LocalDate, String> addedClosures = new HashMap<>();
    private final List<LocalDate> removedClosures = new ArrayList<>();
    private final Map<LocalDate, LocalTime> addedEarlyCloses = new HashMap<>();
    private final List<LocalDate> removedEarlyCloses = new ArrayList<>();
    private LocalTime preMarketOpen = LocalTime.of(4, 0);
    private LocalTime afterHoursClose = LocalTime.of(20, 0);
    private LocalTime afterHoursCloseOnEarlyClose = LocalTime.of(17, 0);

    private Builder() {
    }

    /** Closes the exchange all day on {@code date}, named "Additional closure"; weekends are ignored. */
    public Builder addClosure(LocalDate date) {
      return addClosure(date, ADDITIONAL_CLOSURE);
    }

    /** Closes the exchange all day on {@code date} with the given reason; weekends are ignored. */
    public Builder addClosure(LocalDate date, String name) {
      index(date);
      addedClosures.put(date, Arguments.notBlank(name, "name"));
      return this;
    }

    /** {@link #addClosure(LocalDate)} for each date. */
    public Builder addClosures(Collection<LocalDate> dates) {
      Arguments.notNull(dates, "dates");
      dates.forEach(this::addClosure);
      return this;
    }

    /** Opens a rule-based holiday or special closure on {@code date}; no effect on other days. */
    public Builder removeClosure(LocalDate date) {
      index(date);
      removedClosures.add(date);
      return this;
    }

    /** Makes {@code date} close at 13:00 ET when it is a trading day. */
    public Builder addEarlyClose(LocalDate date) {
      return addEarlyClose(date, EARLY_CLOSE);
    }

    /**
     * Makes {@code date} close at {@code close} ET when it is a trading day.
     *
     * @throws IllegalArgumentException unless 09:30 &lt; {@code close} &lt; 16:00
     */
    public Builder addEarlyClose(LocalDate date, LocalTime close) {
      index(date);
      Arguments.notNull(close, "close");
      if (!close.isAfter(REGULAR_OPEN) || !close.isBefore(REGULAR_CLOSE)) {
        throw new IllegalArgumentException("close must be after 09:30 and before 16:00, got " + close);
      }
      addedEarlyCloses.put(date, close);
      return this;
    }

    /** Gives a rule-based early-close day its full session; no effect on other days. */
    public Builder removeEarlyClose(LocalDate date) {
      index(date);
      removedEarlyCloses.add(date);
      return this;
    }

    /**
     * Sets the extended hours in ET: pre-market from {@code preMarketOpen} to 09:30, after-hours
     * from the close to {@code afterHoursClose}, or to {@code afterHoursCloseOnEarlyClose} on an
     * early-close day. Defaults 04:00, 20:00 and 17:00; equal bounds make a phase empty.
     *
     * @throws IllegalArgumentException unless preMarketOpen &lt;= 09:30, afterHoursClose &gt;=
     *     16:00 and afterHoursCloseOnEarlyClose &gt;= 13:00
     */
    public Builder extendedHours(LocalTime preMarketOpen, LocalTime afterHoursClose,
        LocalTime afterHoursCloseOnEarlyClose) {
      Arguments.notNull(preMarketOpen, "preMarketOpen");
      Arguments.notNull(afterHoursClose, "afterHoursClose");
      Arguments.notNull(afterHoursCloseOnEarlyClose, "afterHoursCloseOnEarlyClose");
      if (preMarketOpen.isAfter(REGULAR_OPEN)) {
        throw new IllegalArgumentException("preMarketOpen must be at or before 09:30, got " + preMarketOpen);
      }
      if (afterHoursClose.isBefore(REGULAR_CLOSE)) {
        throw new IllegalArgumentException("afterHoursClose must be at or after 16:00, got " + afterHoursClose);
      }
      if (afterHoursCloseOnEarlyClose.isBefore(EARLY_CLOSE)) {
        throw new IllegalArgumentException(
            "afterHoursCloseOnEarlyClose must be at or after 13:00, got " + afterHoursCloseOnEarlyClose);
      }
      this.preMarketOpen = preMarketOpen;
      this.afterHoursClose = afterHoursClose;
      this.afterHoursCloseOnEarlyClose = afterHoursCloseOnEarlyClose;
      return this;
    }

    /** Builds the calendar (about 40,000 days, a few milliseconds). */
    public TradingCalendar build() {
      return new TradingCalendar(this);
    }
  }
}
