package io.zerogex.benchmarks;

import com.opengamma.strata.basics.ReferenceData;
import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarIds;
import io.zerogex.core.calendar.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * NYSE calendar lookups over 1,024 seeded random dates (2000-2030) and instants: ZeroGEX's
 * {@link TradingCalendar} against OpenGamma Strata's NYSE {@link HolidayCalendar} in the same run.
 * Each operation processes the whole batch of 1,024 inputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TradingCalendarBenchmark {

  private static final int BATCH = 1024;

  private TradingCalendar zerogex;
  private HolidayCalendar strata;
  private LocalDate[] dates;
  private LocalDate[] ends;
  private Instant[] instants;

  /** Builds the calendars and the seeded inputs. */
  @Setup
  public void setUp() {
    zerogex = TradingCalendar.nyse();
    strata = ReferenceData.standard().getValue(HolidayCalendarIds.NYSE);
    SplittableRandom random = new SplittableRandom(20240105L);
    long first = LocalDate.of(2000, 1, 1).toEpochDay();
    long last = LocalDate.of(2030, 1, 1).toEpochDay();
    dates = new LocalDate[BATCH];
    ends = new LocalDate[BATCH];
    instants = new Instant[BATCH];
    for (int i = 0; i < BATCH; i++) {
      dates[i] = LocalDate.ofEpochDay(random.nextLong(first, last));
      ends[i] = dates[i].plusDays(random.nextInt(1, 730));
      instants[i] = Instant.ofEpochSecond(random.nextLong(first * 86_400, last * 86_400));
    }
  }

  /** ZeroGEX: is each date a trading day. */
  @Benchmark
  public int isTradingDayZerogex() {
    int count = 0;
    for (LocalDate date : dates) {
      count += zerogex.isTradingDay(date) ? 1 : 0;
    }
    return count;
  }

  /** Strata: is each date a business day of the NYSE calendar. */
  @Benchmark
  public int isBusinessDayStrata() {
    int count = 0;
    for (LocalDate date : dates) {
      count += strata.isBusinessDay(date) ? 1 : 0;
    }
    return count;
  }

  /** ZeroGEX: trading days between each date and an end up to two years later. */
  @Benchmark
  public long tradingDaysBetweenZerogex() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += zerogex.tradingDaysBetween(dates[i], ends[i]);
    }
    return sum;
  }

  /** Strata: business days between the same pairs. */
  @Benchmark
  public long daysBetweenStrata() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += strata.daysBetween(dates[i], ends[i]);
    }
    return sum;
  }

  /** ZeroGEX: is the regular session open at each instant (no peer has sessions). */
  @Benchmark
  public int isOpenZerogex() {
    int count = 0;
    for (Instant instant : instants) {
      count += zerogex.isOpen(instant) ? 1 : 0;
    }
    return count;
  }
}
