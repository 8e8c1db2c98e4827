package io.zerogex.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random properties tying the calendar's derived answers (counts, neighbours, instants) to
 * its day-by-day answers. Each test prints its seed; rerun with the same seed to reproduce.
 */
class TradingCalendarPropertyTest {

  private static final TradingCalendar NYSE = TradingCalendar.nyse();
  private static final long FIRST = TradingCalendar.FIRST_SUPPORTED_DATE.toEpochDay();
  private static final long LAST = TradingCalendar.LAST_SUPPORTED_DATE.toEpochDay();

  @Test
  void countsAndListsAgreeWithDayByDayAnswers() {
    long seed = 19900101L;
    System.out.println("countsAndListsAgreeWithDayByDayAnswers seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 300; n++) {
      LocalDate start = LocalDate.ofEpochDay(random.nextLong(FIRST, LAST + 1));
      LocalDate end = start.plusDays(random.nextInt(0, 400));
      if (end.isAfter(TradingCalendar.LAST_SUPPORTED_DATE)) {
        end = TradingCalendar.LAST_SUPPORTED_DATE.plusDays(1);
      }
      int expected = 0;
      for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
        expected += NYSE.isTradingDay(d) ? 1 : 0;
      }
      List<LocalDate> days = NYSE.tradingDays(start, end);
      assertThat(NYSE.tradingDaysBetween(start, end)).as("seed %s, %s..%s", seed, start, end).isEqualTo(expected);
      assertThat(days).hasSize(expected).isSorted().allMatch(NYSE::isTradingDay);
    }
  }

  @Test
  void nextAndPreviousTradingDaysSkipOnlyClosedDays() {
    long seed = 20250109L;
    System.out.println("nextAndPreviousTradingDaysSkipOnlyClosedDays seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 2000; n++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextLong(FIRST + 10, LAST - 10));
      LocalDate next = NYSE.nextTradingDay(date);
      LocalDate previous = NYSE.previousTradingDay(date);
      assertThat(NYSE.isTradingDay(next)).isTrue();
      assertThat(NYSE.isTradingDay(previous)).isTrue();
      assertThat(NYSE.tradingDaysBetween(date.plusDays(1), next)).as("seed %s, %s", seed, date).isZero();
      assertThat(NYSE.tradingDaysBetween(previous.plusDays(1), date)).as("seed %s, %s", seed, date).isZero();
      assertThat(next.toEpochDay() - date.toEpochDay()).isBetween(1L, 7L);
    }
  }

  @Test
  void instantQueriesAgreeWithTheRegularSessions() {
    long seed = 20010917L;
    System.out.println("instantQueriesAgreeWithTheRegularSessions seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    long firstSecond = Instant.parse("1990-01-02T00:00:00Z").getEpochSecond();
    long lastSecond = Instant.parse("2100-12-20T00:00:00Z").getEpochSecond();
    for (int n = 0; n < 20_000; n++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(firstSecond, lastSecond));
      LocalDate date = instant.atZone(TradingCalendar.NEW_YORK).toLocalDate();
      Optional<RegularSession> session = NYSE.regularSession(date);
      boolean open = session.map(s -> s.contains(instant)).orElse(false);
      assertThat(NYSE.isOpen(instant)).as("seed %s, %s", seed, instant).isEqualTo(open);
      assertThat(NYSE.session(instant) == MarketSession.REGULAR).isEqualTo(open);
      if (session.isEmpty()) {
        assertThat(NYSE.session(instant)).isEqualTo(MarketSession.CLOSED);
      }
      Instant nextOpen = NYSE.nextOpen(instant);
      Instant nextClose = NYSE.nextClose(instant);
      Instant previousClose = NYSE.previousClose(instant);
      assertThat(nextOpen).isAfter(instant);
      assertThat(nextClose).isAfter(instant);
      assertThat(previousClose).isBeforeOrEqualTo(instant);
      assertThat(NYSE.isOpen(nextOpen)).isTrue();
      assertThat(NYSE.isOpen(nextClose)).isFalse();
      assertThat(NYSE.isOpen(nextClose.minusNanos(1))).isTrue();
      assertThat(NYSE.isOpen(previousClose.minusNanos(1))).isTrue();
      if (open) {
        assertThat(nextClose).isEqualTo(session.orElseThrow().close());
      } else {
        assertThat(nextClose).as("seed %s, %s", seed, instant).isAfter(nextOpen);
      }
    }
  }
}
