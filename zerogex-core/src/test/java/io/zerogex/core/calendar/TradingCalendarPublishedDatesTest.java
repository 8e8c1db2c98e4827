package io.zerogex.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The calendar against published dates: every date in the tables and rules of
 * {@code calendar/nyse.md} (NYSE Group announcements for 2024-2028, parsed from the file), and every
 * year 1990-2100 against {@code calendar/nyse-reference-1990-2100.csv}, written by
 * {@code nyse_reference.py} beside it from the rules with python-dateutil (easter, relativedelta)
 * and numpy.busday_count, independently of the Java code.
 */
class TradingCalendarPublishedDatesTest {

  private static final TradingCalendar NYSE = TradingCalendar.nyse();
  private static final NyseReferenceDocument DOCUMENT = NyseReferenceDocument.load();

  @Test
  void everyHolidayAndTheSpecialClosureInTheTableIsClosed() {
    Map<String, List<LocalDate>> table = DOCUMENT.holidayTable();
    assertThat(table).hasSize(11);
    List<LocalDate> all = new ArrayList<>();
    table.forEach((name, dates) -> {
      assertThat(dates).as(name).isNotEmpty();
      all.addAll(dates);
    });
    // 10 holidays in each of 4 years, plus the 2025 day of mourning
    assertThat(all).hasSize(41);
    for (LocalDate date : all) {
      assertThat(NYSE.isTradingDay(date)).as("trading on %s", date).isFalse();
      assertThat(NYSE.isHoliday(date)).as("holiday on %s", date).isTrue();
      assertThat(NYSE.holidayName(date)).as("name of %s", date).isPresent();
      assertThat(NYSE.regularSession(date)).isEmpty();
    }
    assertThat(NYSE.holidayName(table.get("Good Friday").get(1))).contains("Good Friday");
    assertThat(NYSE.holidayName(table.get("Special closure").get(0)))
        .hasValueSatisfying(name -> assertThat(name).contains("Mourning").contains("Carter"));
  }

  @Test
  void theTableListsEveryWeekdayClosureOfItsYears() {
    TreeSet<LocalDate> published = new TreeSet<>();
    DOCUMENT.holidayTable().values().forEach(published::addAll);
    assertThat(weekdayClosures(2024, 2027)).containsExactlyElementsOf(published);
  }

  @Test
  void everyEarlyCloseInTheTableClosesAt1300AndNoOtherDayDoes() {
    Map<Integer, TreeSet<LocalDate>> table = DOCUMENT.earlyCloseTable();
    assertThat(table.keySet()).containsExactly(2024, 2025, 2026, 2027);
    for (Map.Entry<Integer, TreeSet<LocalDate>> year : table.entrySet()) {
      assertThat(earlyCloses(year.getKey())).as("early closes %s", year.getKey())
          .containsExactlyElementsOf(year.getValue());
      for (LocalDate date : year.getValue()) {
        RegularSession session = NYSE.regularSession(date).orElseThrow();
        assertThat(session.earlyClose()).isTrue();
        assertThat(session.close().atZone(TradingCalendar.NEW_YORK).toLocalDateTime())
            .isEqualTo(LocalDateTime.of(date, LocalTime.of(13, 0)));
      }
    }
  }

  @Test
  void the2028LineHolidaysNoNewYearAndTheJuly3EarlyClose() {
    String line = DOCUMENT.paragraph("2028 (announced");
    String afterNewYear = line.substring(line.indexOf(';') + 1);
    List<LocalDate> earlyCloses = NyseReferenceDocument.weekdayDates(
        afterNewYear.substring(afterNewYear.indexOf("early close")), 2028);
    List<LocalDate> holidays = NyseReferenceDocument.monthDates(
        afterNewYear.replaceAll("\\(early close [^)]*\\)", ""), 2028);
    assertThat(holidays).hasSize(9);
    assertThat(earlyCloses).containsExactly(LocalDate.of(2028, 7, 3));
    assertThat(line).contains("no New Year holiday (Sat)");

    assertThat(weekdayClosures(2028, 2028)).containsExactlyElementsOf(holidays);
    assertThat(earlyCloses(2028)).containsAll(earlyCloses);
    assertThat(NYSE.isTradingDay(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2027, 12, 31))).isFalse();
  }

  @Test
  void ruleSaturdayNewYearIsNotObserved() {
    List<LocalDate> saturdays = NyseReferenceDocument.isoDates(
        DOCUMENT.paragraph("- Weekend substitution"));
    assertThat(saturdays).hasSize(2);
    for (LocalDate newYear : saturdays) {
      assertThat(newYear.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(NYSE.isHoliday(newYear)).isFalse();
      assertThat(NYSE.isTradingDay(newYear.minusDays(1))).as("Friday before %s", newYear).isTrue();
      assertThat(NYSE.isTradingDay(newYear.plusDays(2))).as("Monday after %s", newYear).isTrue();
    }
  }

  @Test
  void ruleSpecialClosuresAreClosedWithTheirNames() {
    List<LocalDate> closures = NyseReferenceDocument.isoDatesWithRanges(
        DOCUMENT.paragraph("- Special (unscheduled) closures"));
    assertThat(closures).hasSize(10).contains(LocalDate.of(2001, 9, 13), LocalDate.of(2012, 10, 30));
    for (LocalDate date : closures) {
      assertThat(NYSE.isTradingDay(date)).as("trading on %s", date).isFalse();
      assertThat(NYSE.holidayName(date)).as("name of %s", date).isPresent();
    }
    // Nixon's day of mourning, from the brief and exchange_calendars' XNYS list; not in nyse.md
    assertThat(NYSE.holidayName(LocalDate.of(1994, 4, 27))).hasValueSatisfying(
        name -> assertThat(name).contains("Nixon"));
  }

  @Test
  void ruleJuneteenthFrom2022AndMlkFrom1998() {
    String rule = DOCUMENT.paragraph("- Holidays (NYSE Rule 7.2)");
    assertThat(rule).contains("Jun 19, **from 2022**");
    // 2021-06-18 is the Friday before a Saturday June 19, 2021: not yet a holiday
    assertThat(NYSE.isTradingDay(LocalDate.of(2021, 6, 18))).isTrue();
    // 2022-06-19 is a Sunday: observed on Monday 2022-06-20
    assertThat(NYSE.holidayName(LocalDate.of(2022, 6, 20))).contains("Juneteenth National Independence Day");
    // MLK day: third Mondays 1997-01-20 (open) and 1998-01-19 (first closure)
    assertThat(NYSE.isTradingDay(LocalDate.of(1997, 1, 20))).isTrue();
    assertThat(NYSE.isHoliday(LocalDate.of(1998, 1, 19))).isTrue();
  }

  @Test
  void ruleMonthlyOnAHolidayFridayExpiresThursday() {
    List<LocalDate> thursdays = NyseReferenceDocument.isoDates(DOCUMENT.paragraph("- Options:"));
    assertThat(thursdays).containsExactly(LocalDate.of(2026, 6, 18));
    assertThat(NYSE.monthlyExpiration(YearMonth.from(thursdays.get(0)))).isEqualTo(thursdays.get(0));
    LocalDate goodFriday2025 = DOCUMENT.holidayTable().get("Good Friday").get(1);
    assertThat(NYSE.monthlyExpiration(YearMonth.from(goodFriday2025))).isEqualTo(goodFriday2025.minusDays(1));
  }

  @Test
  void tradingDays2024To2028MatchNumpyBusdayCountWithTheFilesHolidays() {
    // numpy 2.4.6: np.busday_count('2024-01-01', '2029-01-01', holidays=<the 41 dates of the
    // nyse.md table and the 9 of its 2028 line>) = 1255; to '2028-01-01' = 1004.
    assertThat(NYSE.tradingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1))).isEqualTo(1255);
    assertThat(NYSE.tradingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 1, 1))).isEqualTo(1004);
  }

  @Test
  void every1990To2100ClosureEarlyCloseAndYearCountMatchesTheIndependentReference() throws IOException {
    TreeSet<LocalDate> closed = new TreeSet<>();
    TreeMap<LocalDate, LocalTime> early = new TreeMap<>();
    Map<Integer, Integer> counts = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/calendar/nyse-reference-1990-2100.csv"), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",");
        switch (f[0]) {
          case "CLOSED" -> closed.add(LocalDate.parse(f[1]));
          case "EARLY" -> early.put(LocalDate.parse(f[1]), LocalTime.parse(f[2]));
          case "COUNT" -> counts.put(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
          default -> throw new AssertionError("unexpected line " + line);
        }
      }
    }
    assertThat(counts).hasSize(111);
    assertThat(weekdayClosures(1990, 2100)).containsExactlyElementsOf(closed);
    TreeMap<LocalDate, LocalTime> actualEarly = new TreeMap<>();
    for (LocalDate date : earlyCloses(1990, 2100)) {
      actualEarly.put(date, NYSE.regularSession(date).orElseThrow().close()
          .atZone(TradingCalendar.NEW_YORK).toLocalTime());
    }
    assertThat(actualEarly).isEqualTo(early);
    counts.forEach((year, count) -> assertThat(
        NYSE.tradingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))
        .as("trading days in %s", year).isEqualTo(count));
  }

  private static TreeSet<LocalDate> weekdayClosures(int firstYear, int lastYear) {
    TreeSet<LocalDate> closures = new TreeSet<>();
    for (LocalDate d = LocalDate.of(firstYear, 1, 1); d.getYear() <= lastYear; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5 && !NYSE.isTradingDay(d)) {
        closures.add(d);
      }
    }
    return closures;
  }

  private static TreeSet<LocalDate> earlyCloses(int year) {
    return earlyCloses(year, year);
  }

  private static TreeSet<LocalDate> earlyCloses(int firstYear, int lastYear) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate d = LocalDate.of(firstYear, 1, 1); d.getYear() <= lastYear; d = d.plusDays(1)) {
      if (NYSE.isEarlyClose(d)) {
        days.add(d);
      }
    }
    return days;
  }
}
