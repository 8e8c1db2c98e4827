package io.zerogex.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Sessions, instants and settlement of the NYSE calendar. Expected UTC instants are written by
 * hand from the rule "New York is UTC-5 in standard time and UTC-4 in daylight time, daylight
 * time from the second Sunday of March to the first Sunday of November" (US Energy Policy Act of
 * 2005), so 09:30 ET is 14:30Z in winter and 13:30Z in summer.
 */
class TradingCalendarTest {

  private static final TradingCalendar NYSE = TradingCalendar.nyse();

  @Test
  void weekendsAreNotTradingDaysAndHaveNoSession() {
    LocalDate saturday = LocalDate.of(2024, 6, 15);
    LocalDate sunday = LocalDate.of(2024, 6, 16);
    for (LocalDate day : new LocalDate[] {saturday, sunday}) {
      assertThat(NYSE.isTradingDay(day)).isFalse();
      assertThat(NYSE.isHoliday(day)).isFalse();
      assertThat(NYSE.holidayName(day)).isEmpty();
      assertThat(NYSE.regularSession(day)).isEmpty();
      assertThat(NYSE.session(Instant.parse("2024-06-15T15:00:00Z"))).isEqualTo(MarketSession.CLOSED);
    }
    assertThat(NYSE.isTradingDay(LocalDate.of(2024, 6, 14))).isTrue();
    assertThat(NYSE.isOpen(Instant.parse("2024-06-15T15:00:00Z"))).isFalse();
  }

  @Test
  void sessionsOnTheMondaysAfterTheDaylightSavingSwitches() {
    // DST began Sunday 2024-03-10: the Friday before is EST, the Monday after EDT
    assertSession(LocalDate.of(2024, 3, 8), "2024-03-08T14:30:00Z", "2024-03-08T21:00:00Z");
    assertSession(LocalDate.of(2024, 3, 11), "2024-03-11T13:30:00Z", "2024-03-11T20:00:00Z");
    // DST ended Sunday 2024-11-03
    assertSession(LocalDate.of(2024, 11, 1), "2024-11-01T13:30:00Z", "2024-11-01T20:00:00Z");
    assertSession(LocalDate.of(2024, 11, 4), "2024-11-04T14:30:00Z", "2024-11-04T21:00:00Z");
    // 2026: DST from Sunday 2026-03-08 to Sunday 2026-11-01
    assertSession(LocalDate.of(2026, 3, 9), "2026-03-09T13:30:00Z", "2026-03-09T20:00:00Z");
    assertSession(LocalDate.of(2026, 11, 2), "2026-11-02T14:30:00Z", "2026-11-02T21:00:00Z");
    // Before the 2007 change, DST ran from the first Sunday of April (2006-04-02) to the last
    // Sunday of October (2006-10-29)
    assertSession(LocalDate.of(2006, 3, 13), "2006-03-13T14:30:00Z", "2006-03-13T21:00:00Z");
    assertSession(LocalDate.of(2006, 4, 3), "2006-04-03T13:30:00Z", "2006-04-03T20:00:00Z");
    assertSession(LocalDate.of(2006, 10, 30), "2006-10-30T14:30:00Z", "2006-10-30T21:00:00Z");
    assertThat(NYSE.isOpen(Instant.parse("2024-03-11T13:30:00Z"))).isTrue();
    assertThat(NYSE.isOpen(Instant.parse("2024-03-11T20:00:00Z"))).isFalse();
    assertThat(NYSE.isOpen(Instant.parse("2024-11-04T14:29:59Z"))).isFalse();
    assertThat(NYSE.isOpen(Instant.parse("2024-11-04T20:30:00Z"))).isTrue();
  }

  @Test
  void earlyCloseSessionsEndAt1300() {
    RegularSession july3 = assertSession(LocalDate.of(2024, 7, 3), "2024-07-03T13:30:00Z", "2024-07-03T17:00:00Z");
    assertThat(july3.earlyClose()).isTrue();
    assertThat(july3.length()).isEqualTo(Duration.ofMinutes(210));
    RegularSession blackFriday = assertSession(LocalDate.of(2024, 11, 29), "2024-11-29T14:30:00Z", "2024-11-29T18:00:00Z");
    assertThat(blackFriday.earlyClose()).isTrue();
    assertSession(LocalDate.of(2025, 12, 24), "2025-12-24T14:30:00Z", "2025-12-24T18:00:00Z");
    assertThat(NYSE.regularSession(LocalDate.of(2024, 7, 2)).orElseThrow().earlyClose()).isFalse();
    assertThat(NYSE.regularSession(LocalDate.of(2024, 7, 2)).orElseThrow().length()).isEqualTo(Duration.ofMinutes(390));
    assertThat(NYSE.isOpen(Instant.parse("2024-11-29T17:59:59.999999999Z"))).isTrue();
    assertThat(NYSE.isOpen(Instant.parse("2024-11-29T18:00:00Z"))).isFalse();
    // 14:00 early closes before 1993 (exchange_calendars XNYS, pandas_market_calendars NYSE)
    assertSession(LocalDate.of(1991, 12, 24), "1991-12-24T14:30:00Z", "1991-12-24T19:00:00Z");
  }

  @Test
  void historicalEarlyClosesFromTheReferenceLibraries() {
    // Dates documented by exchange_calendars XNYS and pandas_market_calendars NYSE
    assertThat(NYSE.isEarlyClose(LocalDate.of(1997, 12, 26))).isTrue();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2003, 12, 26))).isTrue();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2002, 7, 5))).isTrue();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2002, 7, 3))).isFalse();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2013, 7, 3))).isTrue();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2013, 7, 5))).isFalse();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2008, 12, 26))).isFalse();
    assertThat(NYSE.isEarlyClose(LocalDate.of(2014, 12, 26))).isFalse();
    assertThat(NYSE.isEarlyClose(LocalDate.of(1991, 11, 29))).isFalse();
    assertThat(NYSE.isEarlyClose(LocalDate.of(1999, 12, 31))).isFalse();
  }

  @Test
  void sessionPhasesOnAFullDayAnEarlyCloseAndAHoliday() {
    // 2024-06-14 (EDT): 04:00 ET = 08:00Z, 09:30 = 13:30Z, 16:00 = 20:00Z, 20:00 = 24:00Z
    assertThat(NYSE.session(Instant.parse("2024-06-14T07:59:59Z"))).isEqualTo(MarketSession.CLOSED);
    assertThat(NYSE.session(Instant.parse("2024-06-14T08:00:00Z"))).isEqualTo(MarketSession.PRE_MARKET);
    assertThat(NYSE.session(Instant.parse("2024-06-14T13:29:59Z"))).isEqualTo(MarketSession.PRE_MARKET);
    assertThat(NYSE.session(Instant.parse("2024-06-14T13:30:00Z"))).isEqualTo(MarketSession.REGULAR);
    assertThat(NYSE.session(Instant.parse("2024-06-14T19:59:59Z"))).isEqualTo(MarketSession.REGULAR);
    assertThat(NYSE.session(Instant.parse("2024-06-14T20:00:00Z"))).isEqualTo(MarketSession.AFTER_HOURS);
    assertThat(NYSE.session(Instant.parse("2024-06-14T23:59:59Z"))).isEqualTo(MarketSession.AFTER_HOURS);
    assertThat(NYSE.session(Instant.parse("2024-06-15T00:00:00Z"))).isEqualTo(MarketSession.CLOSED);
    // 2024-11-29 (EST) closes 13:00 = 18:00Z; after-hours until 17:00 ET = 22:00Z
    assertThat(NYSE.session(Instant.parse("2024-11-29T17:59:00Z"))).isEqualTo(MarketSession.REGULAR);
    assertThat(NYSE.session(Instant.parse("2024-11-29T18:00:00Z"))).isEqualTo(MarketSession.AFTER_HOURS);
    assertThat(NYSE.session(Instant.parse("2024-11-29T21:59:59Z"))).isEqualTo(MarketSession.AFTER_HOURS);
    assertThat(NYSE.session(Instant.parse("2024-11-29T22:00:00Z"))).isEqualTo(MarketSession.CLOSED);
    // Thanksgiving 2024-11-28 is closed all day
    assertThat(NYSE.session(Instant.parse("2024-11-28T10:00:00Z"))).isEqualTo(MarketSession.CLOSED);
    assertThat(NYSE.session(Instant.parse("2024-11-28T16:00:00Z"))).isEqualTo(MarketSession.CLOSED);
    assertThat(NYSE.session(Instant.parse("2024-11-28T22:00:00Z"))).isEqualTo(MarketSession.CLOSED);
  }

  @Test
  void configurableExtendedHours() {
    TradingCalendar tradierHours = TradingCalendar.builder()
        .extendedHours(java.time.LocalTime.of(7, 0), java.time.LocalTime.of(20, 0), java.time.LocalTime.of(20, 0))
        .build();
    assertThat(tradierHours.session(Instant.parse("2024-06-14T10:59:00Z"))).isEqualTo(MarketSession.CLOSED);
    assertThat(tradierHours.session(Instant.parse("2024-06-14T11:00:00Z"))).isEqualTo(MarketSession.PRE_MARKET);
    assertThat(tradierHours.session(Instant.parse("2024-11-29T23:00:00Z"))).isEqualTo(MarketSession.AFTER_HOURS);
    assertThatThrownBy(() -> TradingCalendar.builder().extendedHours(
        java.time.LocalTime.of(9, 31), java.time.LocalTime.of(20, 0), java.time.LocalTime.of(17, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preMarketOpen").hasMessageContaining("09:31");
  }

  @Test
  void nextOpenIsStrictlyAfterNextCloseStrictlyAfterPreviousCloseAtOrBefore() {
    // Thursday 2024-03-28 (EDT), Good Friday 2024-03-29 closed, next open Monday 2024-04-01
    Instant thursdayOpen = Instant.parse("2024-03-28T13:30:00Z");
    Instant thursdayClose = Instant.parse("2024-03-28T20:00:00Z");
    Instant mondayOpen = Instant.parse("2024-04-01T13:30:00Z");
    Instant mondayClose = Instant.parse("2024-04-01T20:00:00Z");
    assertThat(NYSE.nextOpen(Instant.parse("2024-03-28T13:29:59Z"))).isEqualTo(thursdayOpen);
    assertThat(NYSE.nextOpen(thursdayOpen)).isEqualTo(mondayOpen);
    assertThat(NYSE.nextOpen(Instant.parse("2024-03-29T15:00:00Z"))).isEqualTo(mondayOpen);
    assertThat(NYSE.nextClose(thursdayOpen)).isEqualTo(thursdayClose);
    assertThat(NYSE.nextClose(thursdayClose)).isEqualTo(mondayClose);
    assertThat(NYSE.previousClose(thursdayClose)).isEqualTo(thursdayClose);
    assertThat(NYSE.previousClose(mondayOpen)).isEqualTo(thursdayClose);
    assertThat(NYSE.previousClose(Instant.parse("2024-03-28T19:59:59Z")))
        .isEqualTo(Instant.parse("2024-03-27T20:00:00Z"));
    // Across an early close: Black Friday 2024-11-29 closes 18:00Z
    assertThat(NYSE.nextClose(Instant.parse("2024-11-29T15:00:00Z"))).isEqualTo(Instant.parse("2024-11-29T18:00:00Z"));
    assertThat(NYSE.previousClose(Instant.parse("2024-11-30T12:00:00Z"))).isEqualTo(Instant.parse("2024-11-29T18:00:00Z"));
  }

  @Test
  void nextAndPreviousTradingDaySkipWeekendsHolidaysAndClosures() {
    // Carter's day of mourning Thursday 2025-01-09
    assertThat(NYSE.nextTradingDay(LocalDate.of(2025, 1, 8))).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(NYSE.previousTradingDay(LocalDate.of(2025, 1, 10))).isEqualTo(LocalDate.of(2025, 1, 8));
    // 9/11: closed Tuesday 2001-09-11 to Friday 2001-09-14, reopened Monday 2001-09-17
    assertThat(NYSE.nextTradingDay(LocalDate.of(2001, 9, 10))).isEqualTo(LocalDate.of(2001, 9, 17));
    assertThat(NYSE.previousTradingDay(LocalDate.of(2001, 9, 17))).isEqualTo(LocalDate.of(2001, 9, 10));
    // Christmas 2027 observed Friday Dec 24: from Thursday Dec 23 to Monday Dec 27
    assertThat(NYSE.nextTradingDay(LocalDate.of(2027, 12, 23))).isEqualTo(LocalDate.of(2027, 12, 27));
    assertThat(NYSE.tradingDays(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13))).containsExactly(
        LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 10));
    assertThat(NYSE.tradingDaysBetween(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 6))).isZero();
  }

  @Test
  void settlementInstantsForAmAndPm() {
    // SPX January 2024 monthly, AM-settled 2024-01-19 at 09:30 EST
    assertThat(NYSE.settlementInstant(LocalDate.of(2024, 1, 19), Settlement.AM)).isEqualTo(Instant.parse("2024-01-19T14:30:00Z"));
    assertThat(NYSE.settlementInstant(LocalDate.of(2024, 1, 19), Settlement.PM)).isEqualTo(Instant.parse("2024-01-19T21:00:00Z"));
    // PM on the 2024-07-03 early close: 13:00 EDT
    assertThat(NYSE.settlementInstant(LocalDate.of(2024, 7, 3), Settlement.PM)).isEqualTo(Instant.parse("2024-07-03T17:00:00Z"));
    assertThat(NYSE.settlementInstant(LocalDate.of(2024, 7, 3), Settlement.AM)).isEqualTo(Instant.parse("2024-07-03T13:30:00Z"));
    // April 2025 monthly moved to Thursday 2025-04-17 by Good Friday 2025-04-18
    assertThat(NYSE.settlementInstant(OptionContract.parse("SPX250417C05000000"))).isEqualTo(Instant.parse("2025-04-17T13:30:00Z"));
    assertThat(NYSE.settlementInstant(OptionContract.parse("SPXW250417P05000000"))).isEqualTo(Instant.parse("2025-04-17T20:00:00Z"));
    // A legacy Saturday expiration (SPX 2014-01-18) settled at Friday 2014-01-17's open
    assertThat(NYSE.settlementInstant(OptionContract.parse("SPX140118C01800000"))).isEqualTo(Instant.parse("2014-01-17T14:30:00Z"));
  }

  @Test
  void monthlyExpirationsOnThirdFridaysAndBeforeHolidays() {
    assertThat(NYSE.monthlyExpiration(YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 4, 17));
    assertThat(NYSE.monthlyExpiration(YearMonth.of(2025, 4))).isEqualTo(LocalDate.of(2025, 4, 17));
    assertThat(NYSE.monthlyExpiration(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 18));
    assertThat(NYSE.monthlyExpiration(YearMonth.of(2024, 1))).isEqualTo(LocalDate.of(2024, 1, 19));
    assertThat(NYSE.monthlyExpiration(YearMonth.of(2025, 6))).isEqualTo(LocalDate.of(2025, 6, 20));
  }

  @Test
  void additionalClosuresOverrideTheRules() {
    LocalDate announced = LocalDate.of(2026, 12, 28);
    TradingCalendar withClosure = TradingCalendar.nyse(java.util.List.of(announced, LocalDate.of(2026, 12, 27)));
    assertThat(NYSE.isTradingDay(announced)).isTrue();
    assertThat(withClosure.isTradingDay(announced)).isFalse();
    assertThat(withClosure.holidayName(announced)).contains("Additional closure");
    assertThat(withClosure.isHoliday(LocalDate.of(2026, 12, 27))).as("a Sunday is ignored").isFalse();
    assertThat(withClosure.nextTradingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(withClosure.tradingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
        .isEqualTo(NYSE.tradingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)) - 1);

    TradingCalendar custom = TradingCalendar.builder()
        .addClosure(LocalDate.of(2026, 3, 11), "Storm")
        .removeClosure(LocalDate.of(2025, 1, 9))
        .addEarlyClose(LocalDate.of(2026, 12, 31))
        .removeEarlyClose(LocalDate.of(2026, 11, 27))
        .addClosure(LocalDate.of(2026, 12, 24))
        .build();
    assertThat(custom.holidayName(LocalDate.of(2026, 3, 11))).contains("Storm");
    assertThat(custom.isTradingDay(LocalDate.of(2025, 1, 9))).isTrue();
    assertThat(custom.isEarlyClose(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(custom.isEarlyClose(LocalDate.of(2026, 11, 27))).isFalse();
    assertThat(custom.isTradingDay(LocalDate.of(2026, 12, 24))).as("closure wins over early close").isFalse();
    assertThat(custom.isEarlyClose(LocalDate.of(2026, 12, 24))).isFalse();
    assertThat(NYSE.isTradingDay(LocalDate.of(2025, 1, 9))).as("the shared default is unchanged").isFalse();
  }

  @Test
  void theValuesQuotedInTheReadme() {
    assertThat(NYSE.isTradingDay(LocalDate.of(2026, 6, 19))).isFalse();
    assertThat(NYSE.monthlyExpiration(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 18));
    assertThat(NYSE.regularSession(LocalDate.of(2026, 11, 27)).orElseThrow().close())
        .isEqualTo(Instant.parse("2026-11-27T18:00:00Z"));
    assertThat(NYSE.session(Instant.parse("2026-03-09T12:00:00Z"))).isEqualTo(MarketSession.PRE_MARKET);
    assertThat(NYSE.settlementInstant(OptionContract.parse("SPX260618C06000000")))
        .isEqualTo(Instant.parse("2026-06-18T13:30:00Z"));
    // 251: the 2026 line of nyse-reference-1990-2100.csv (numpy.busday_count)
    assertThat(NYSE.tradingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(251);
  }

  @Test
  void badInputIsRejectedNamingTheArgument() {
    assertThatThrownBy(() -> NYSE.isTradingDay(LocalDate.of(1989, 12, 29)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1989-12-29");
    assertThatThrownBy(() -> NYSE.regularSession(LocalDate.of(2101, 1, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2101-01-03");
    assertThatThrownBy(() -> NYSE.isOpen(Instant.parse("1989-12-31T23:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1989-12-31T23:00:00Z");
    assertThatThrownBy(() -> NYSE.nextTradingDay(LocalDate.of(2100, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2100-12-31");
    assertThatThrownBy(() -> NYSE.previousTradingDay(LocalDate.of(1990, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1990-01-02");
    assertThatThrownBy(() -> NYSE.tradingDaysBetween(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02-01").hasMessageContaining("2025-01-01");
    assertThatThrownBy(() -> TradingCalendar.nyse(java.util.List.of(LocalDate.of(2200, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2200-01-01");
    assertThatThrownBy(() -> TradingCalendar.builder().addEarlyClose(LocalDate.of(2026, 1, 5), java.time.LocalTime.of(16, 30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16:30");
    assertThatThrownBy(() -> NYSE.isTradingDay(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> NYSE.isOpen(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("instant");
    assertThatThrownBy(() -> NYSE.settlementInstant(LocalDate.of(2025, 1, 17), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("settlement");
    assertThatThrownBy(() -> NYSE.tradingDaysBetween(null, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("startInclusive");
    assertThat(NYSE.tradingDaysBetween(LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1))).isEqualTo(1);
  }

  private static RegularSession assertSession(LocalDate date, String open, String close) {
    RegularSession session = NYSE.regularSession(date).orElseThrow();
    assertThat(session.date()).isEqualTo(date);
    assertThat(session.open()).as("open %s", date).isEqualTo(Instant.parse(open));
    assertThat(session.close()).as("close %s", date).isEqualTo(Instant.parse(close));
    assertThat(NYSE.isOpen(session.open())).isTrue();
    assertThat(NYSE.isOpen(session.close().minusNanos(1))).isTrue();
    assertThat(NYSE.isOpen(session.open().minusNanos(1))).isFalse();
    assertThat(NYSE.isOpen(session.close())).isFalse();
    return session;
  }
}
