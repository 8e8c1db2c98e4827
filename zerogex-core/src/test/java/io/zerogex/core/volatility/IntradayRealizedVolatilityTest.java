package io.zerogex.core.volatility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.volatility.DataIssue.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Expected volatilities were computed independently of the Java code by
 * src/test/resources/volatility/intraday_reference.py (mpmath at 40 digits on the test's doubles taken exactly: sqrt(sum(r^2) * 252 * 78 /
 * slots covered) over the samples present in the window), printed with 17 significant digits; the price
 * series below are that script's seeded walks, rounded to cents.
 */
class IntradayRealizedVolatilityTest {

  /** 2024-11-26, a full session: 09:30 ET = 14:30Z to 16:00 ET = 21:00Z, prices at slots 0..78. */
  static final Instant FULL_DAY_OPEN = Instant.parse("2024-11-26T14:30:00Z");
  static final double[] FULL_DAY = {5987.37, 5992.25, 5985.20, 5992.22, 5990.44, 5980.99, 5981.71, 5985.87,
      5984.51, 5981.77, 5982.11, 5980.75, 5978.55, 5979.53, 5982.07, 5985.63, 5986.72, 5984.21, 5988.63, 5981.39,
      5975.76, 5975.29, 5970.71, 5967.50, 5967.73, 5970.18, 5969.32, 5969.66, 5965.52, 5959.09, 5959.28, 5961.56,
      5959.72, 5967.43, 5971.74, 5966.65, 5974.79, 5977.24, 5972.49, 5968.88, 5969.53, 5971.96, 5963.81, 5960.84,
      5957.18, 5957.75, 5958.43, 5961.86, 5965.49, 5970.43, 5970.50, 5970.91, 5972.32, 5966.71, 5966.94, 5974.02,
      5974.94, 5981.50, 5975.66, 5971.87, 5962.66, 5965.26, 5954.86, 5957.98, 5959.48, 5960.38, 5960.52, 5960.08,
      5964.36, 5967.36, 5958.34, 5965.28, 5960.46, 5956.28, 5959.43, 5952.86, 5956.88, 5959.55, 5962.17};

  /** 2024-11-29, the day after Thanksgiving: early close 13:00 ET = 18:00Z, prices at slots 0..42. */
  static final Instant HALF_DAY_OPEN = Instant.parse("2024-11-29T14:30:00Z");
  static final double[] HALF_DAY = {6003.98, 6001.12, 6000.35, 5995.58, 5994.11, 5989.43, 5994.71, 5993.41,
      5998.24, 6003.28, 6003.98, 6002.72, 6003.11, 6008.67, 6000.26, 5997.72, 5999.13, 6002.83, 6002.85, 6002.12,
      5999.27, 6007.72, 6007.88, 6014.55, 6011.71, 6011.64, 6016.48, 6020.20, 6019.84, 6015.21, 6016.16, 6014.77,
      6017.76, 6015.33, 6012.45, 6010.52, 6011.07, 6013.27, 6009.81, 6009.47, 6014.54, 6012.09, 6017.02};

  static final IntradayRealizedVolatility INTRADAY = IntradayRealizedVolatility.of(TradingCalendar.nyse());

  static List<PriceSample> samples(Instant open, double[] prices, Set<Integer> skipped) {
    List<PriceSample> samples = new ArrayList<>();
    for (int j = 0; j < prices.length; j++) {
      if (!skipped.contains(j)) {
        samples.add(new PriceSample(open.plus(Duration.ofMinutes(5L * j)), prices[j]));
      }
    }
    return samples;
  }

  static Instant at(Instant open, int minutes) {
    return open.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void fullNormalDayAfterTheClose() {
    Instant asOf = at(FULL_DAY_OPEN, 7 * 60);   // 16:30 ET
    List<RealizedVolatilityReading> readings = INTRADAY.readings("SPX", samples(FULL_DAY_OPEN, FULL_DAY, Set.of()), asOf);
    RealizedVolatilityReading hour = readings.get(0);
    RealizedVolatilityReading day = readings.get(1);

    assertThat(day.window()).isEqualTo(RealizedVolatilityWindow.ONE_DAY);
    assertThat(day.annualizedVolatility().getAsDouble()).isCloseTo(0.10340055508869762, within(1e-15));
    assertThat(day.returnsUsed()).isEqualTo(78);
    assertThat(day.slotsCovered()).isEqualTo(78);
    assertThat(day.expectedReturns()).isEqualTo(78);
    assertThat(day.windowStart()).isEqualTo(FULL_DAY_OPEN);
    assertThat(day.windowEnd()).isEqualTo(Instant.parse("2024-11-26T21:00:00Z"));
    assertThat(day.earlyClose()).isFalse();
    assertThat(day.complete()).isTrue();
    assertThat(day.issues()).isEmpty();

    assertThat(hour.window()).isEqualTo(RealizedVolatilityWindow.ONE_HOUR);
    assertThat(hour.annualizedVolatility().getAsDouble()).isCloseTo(0.11381647406091437, within(1e-15));
    assertThat(hour.returnsUsed()).isEqualTo(12);
    assertThat(hour.windowStart()).isEqualTo(Instant.parse("2024-11-26T20:00:00Z"));
    assertThat(hour.issues()).isEmpty();
  }

  @Test
  void midSessionIgnoresAndReportsLaterSamples() {
    Instant asOf = Instant.parse("2024-11-26T16:02:10Z");   // 11:02:10 ET: the last grid point is 11:00, slot 18
    List<PriceSample> all = samples(FULL_DAY_OPEN, FULL_DAY, Set.of());
    RealizedVolatilityReading day = INTRADAY.reading("SPX", all, asOf, RealizedVolatilityWindow.ONE_DAY);
    RealizedVolatilityReading hour = INTRADAY.reading("SPX", all, asOf, RealizedVolatilityWindow.ONE_HOUR);
    assertThat(day.annualizedVolatility().getAsDouble()).isCloseTo(0.095026050343731711, within(1e-15));
    assertThat(day.returnsUsed()).isEqualTo(18);
    assertThat(day.expectedReturns()).isEqualTo(18);
    assertThat(hour.annualizedVolatility().getAsDouble()).isCloseTo(0.060712228278208109, within(1e-15));
    assertThat(hour.windowStart()).isEqualTo(Instant.parse("2024-11-26T15:00:00Z"));
    assertThat(hour.windowEnd()).isEqualTo(Instant.parse("2024-11-26T16:00:00Z"));
    assertThat(day.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.kind()).isEqualTo(Kind.AFTER_AS_OF);
      assertThat(issue.count()).isEqualTo(60);   // slots 19..78
      assertThat(issue.at()).isEqualTo(Instant.parse("2024-11-26T16:05:00Z"));
    });
  }

  @Test
  void oneHourWindowAtTheStartOfTheSessionIsTruncatedAndSaysSo() {
    Instant asOf = at(FULL_DAY_OPEN, 30);   // 10:00 ET
    RealizedVolatilityReading hour = INTRADAY.reading("SPX", samples(FULL_DAY_OPEN, FULL_DAY, Set.of()).subList(0, 7),
        asOf, RealizedVolatilityWindow.ONE_HOUR);
    assertThat(hour.annualizedVolatility().getAsDouble()).isCloseTo(0.14042044511672008, within(1e-15));
    assertThat(hour.returnsUsed()).isEqualTo(6);
    assertThat(hour.expectedReturns()).isEqualTo(6);
    assertThat(hour.windowStart()).isEqualTo(FULL_DAY_OPEN);
    assertThat(hour.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.kind()).isEqualTo(Kind.WINDOW_TRUNCATED);
      assertThat(issue.count()).isEqualTo(6);
    });
  }

  @Test
  void halfDayUsesItsFortyTwoReturnsAndIsReportedAsAnEarlyClose() {
    List<PriceSample> samples = new ArrayList<>(samples(HALF_DAY_OPEN, HALF_DAY, Set.of()));
    // a poller that kept running to the regular 16:00 close: samples after the 13:00 early close
    samples.add(new PriceSample(at(HALF_DAY_OPEN, 215), 6018.00));
    samples.add(new PriceSample(at(HALF_DAY_OPEN, 220), 6019.50));
    Instant asOf = at(HALF_DAY_OPEN, 6 * 60 + 30);   // 16:00 ET
    List<RealizedVolatilityReading> readings = INTRADAY.readings("SPX", samples, asOf);
    RealizedVolatilityReading day = readings.get(1);
    assertThat(day.earlyClose()).isTrue();
    assertThat(day.session().close()).isEqualTo(Instant.parse("2024-11-29T18:00:00Z"));
    assertThat(day.annualizedVolatility().getAsDouble()).isCloseTo(0.084806553613359384, within(1e-15));
    assertThat(day.returnsUsed()).isEqualTo(42);
    assertThat(day.expectedReturns()).isEqualTo(42);
    assertThat(day.complete()).isTrue();
    assertThat(day.windowEnd()).isEqualTo(Instant.parse("2024-11-29T18:00:00Z"));
    assertThat(day.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.kind()).isEqualTo(Kind.OUTSIDE_SESSION);
      assertThat(issue.count()).isEqualTo(2);
      assertThat(issue.at()).isEqualTo(Instant.parse("2024-11-29T18:05:00Z"));
    });
    assertThat(readings.get(0).annualizedVolatility().getAsDouble()).isCloseTo(0.067985066961093105, within(1e-15));
    assertThat(readings.get(0).windowStart()).isEqualTo(Instant.parse("2024-11-29T17:00:00Z"));
  }

  @Test
  void gapsCountEverySlotTheirReturnSpansAndAreReported() {
    Instant asOf = at(FULL_DAY_OPEN, 6 * 60 + 30);   // 16:00 ET, the close
    List<RealizedVolatilityReading> readings =
        INTRADAY.readings("SPX", samples(FULL_DAY_OPEN, FULL_DAY, Set.of(20, 21, 22, 70)), asOf);
    RealizedVolatilityReading day = readings.get(1);
    // reference script: 0.10353846337214569; treating each return as one slot would give 0.10629997362145018
    assertThat(day.annualizedVolatility().getAsDouble()).isCloseTo(0.10353846337214569, within(1e-15));
    assertThat(day.returnsUsed()).isEqualTo(74);
    assertThat(day.slotsCovered()).isEqualTo(78);
    assertThat(day.complete()).isFalse();
    assertThat(day.issues()).extracting(DataIssue::kind, DataIssue::at, DataIssue::count).containsExactly(
        tuple(Kind.GAP, Instant.parse("2024-11-26T16:10:00Z"), 3),
        tuple(Kind.GAP, Instant.parse("2024-11-26T20:20:00Z"), 1));
    RealizedVolatilityReading hour = readings.get(0);
    assertThat(hour.annualizedVolatility().getAsDouble()).isCloseTo(0.084767263308829971, within(1e-15));
    assertThat(hour.returnsUsed()).isEqualTo(11);
    assertThat(hour.slotsCovered()).isEqualTo(12);
    assertThat(hour.issues()).extracting(DataIssue::kind).containsExactly(Kind.GAP);
  }

  @Test
  void missingSamplesAtTheWindowEdgesAreReportedAndNotCovered() {
    Instant asOf = at(FULL_DAY_OPEN, 6 * 60 + 30);
    List<PriceSample> samples = samples(FULL_DAY_OPEN, FULL_DAY, Set.of(0, 1, 76, 77, 78));
    RealizedVolatilityReading day = INTRADAY.reading("SPX", samples, asOf, RealizedVolatilityWindow.ONE_DAY);
    assertThat(day.returnsUsed()).isEqualTo(73);
    assertThat(day.slotsCovered()).isEqualTo(73);
    assertThat(day.expectedReturns()).isEqualTo(78);
    assertThat(day.issues()).extracting(DataIssue::kind, DataIssue::count).containsExactly(
        tuple(Kind.MISSING_AT_START, 2),
        tuple(Kind.MISSING_AT_END, 3));
    // slots 2..75 of the numpy series: the same returns, by hand
    double sum = 0;
    for (int j = 3; j <= 75; j++) {
      double r = Math.log(FULL_DAY[j] / FULL_DAY[j - 1]);
      sum += r * r;
    }
    assertThat(day.annualizedVolatility().getAsDouble()).isCloseTo(Math.sqrt(sum * 252 * 78 / 73), within(1e-15));
  }

  @Test
  void shuffledJitteredAndDuplicatedInputGivesTheCleanReadingAndReportsEachProblem() {
    long seed = 8_675_309L;
    System.out.println("shuffledJitteredAndDuplicatedInput seed " + seed);
    Random random = new Random(seed);
    List<PriceSample> samples = new ArrayList<>();
    for (PriceSample s : samples(FULL_DAY_OPEN, FULL_DAY, Set.of())) {
      // pollers fire a little late or early: up to 45 s either way, inside the 60 s tolerance
      samples.add(new PriceSample(s.at().plusSeconds(random.nextInt(91) - 45), s.price()));
    }
    samples.add(samples.get(10));
    samples.add(samples.get(40));
    Collections.shuffle(samples, random);
    PriceSample original = samples.stream().filter(s -> s.price() == FULL_DAY[30]).findFirst().orElseThrow();
    samples.add(new PriceSample(original.at(), FULL_DAY[30] + 1.25));   // conflicting, given after the original
    samples.add(new PriceSample(at(FULL_DAY_OPEN, 32).plusSeconds(30), 5999.99));   // 10:02:30, off the grid
    Instant asOf = at(FULL_DAY_OPEN, 7 * 60);
    RealizedVolatilityReading day = INTRADAY.reading("SPX", samples, asOf, RealizedVolatilityWindow.ONE_DAY);
    assertThat(day.annualizedVolatility().getAsDouble()).isCloseTo(0.10340055508869762, within(1e-15));
    assertThat(day.returnsUsed()).isEqualTo(78);
    assertThat(day.issues()).extracting(DataIssue::kind).containsExactly(
        Kind.OUT_OF_ORDER, Kind.DUPLICATE, Kind.CONFLICTING_DUPLICATE, Kind.OFF_GRID);
    assertThat(day.issues().get(1).count()).isEqualTo(2);
    assertThat(day.issues().get(2).detail()).isEqualTo("samples on grid point 2024-11-26T17:00:00Z with prices [5959.28, 5960.53]; kept 5959.28");
    assertThat(day.issues().get(3).at()).isEqualTo(Instant.parse("2024-11-26T15:02:30Z"));
  }

  @Test
  void emptyWindowHasNoVolatilityAndSaysWhy() {
    Instant asOf = at(FULL_DAY_OPEN, 60);
    RealizedVolatilityReading day = INTRADAY.reading("SPX", List.of(), asOf, RealizedVolatilityWindow.ONE_DAY);
    assertThat(day.annualizedVolatility()).isEmpty();
    assertThat(day.returnsUsed()).isZero();
    assertThat(day.expectedReturns()).isEqualTo(12);
    assertThat(day.issues()).extracting(DataIssue::kind, DataIssue::count)
        .containsExactly(tuple(Kind.MISSING_AT_START, 13));
  }

  @Test
  void beforeTheOpenTheReadingDescribesThePreviousSession() {
    // 2024-11-29 08:00 ET: the previous session is 2024-11-27 (Thanksgiving closed)
    Instant asOf = Instant.parse("2024-11-29T13:00:00Z");
    RealizedVolatilityReading day = INTRADAY.reading("SPX", List.of(), asOf, RealizedVolatilityWindow.ONE_DAY);
    assertThat(day.session().date()).isEqualTo(LocalDate.of(2024, 11, 27));
    assertThat(day.expectedReturns()).isEqualTo(78);
  }

  @Test
  void aTighterToleranceReportsJitteredSamplesAsOffGrid() {
    IntradayRealizedVolatility strict = IntradayRealizedVolatility.of(TradingCalendar.nyse(), Duration.ofSeconds(5));
    List<PriceSample> samples = new ArrayList<>(samples(FULL_DAY_OPEN, FULL_DAY, Set.of(40)));
    samples.add(new PriceSample(at(FULL_DAY_OPEN, 200).plusSeconds(6), FULL_DAY[40]));   // 12:50:06 ET
    samples.add(new PriceSample(Instant.parse("2024-11-25T20:55:00Z"), 5990.00));   // the previous session
    RealizedVolatilityReading day = strict.reading("SPX", samples, at(FULL_DAY_OPEN, 400), RealizedVolatilityWindow.ONE_DAY);
    assertThat(strict.tolerance()).isEqualTo(Duration.ofSeconds(5));
    assertThat(day.issues()).extracting(DataIssue::kind, DataIssue::at).containsExactly(
        tuple(Kind.OUT_OF_ORDER, Instant.parse("2024-11-25T20:55:00Z")),
        tuple(Kind.OUTSIDE_SESSION, Instant.parse("2024-11-25T20:55:00Z")),
        tuple(Kind.OFF_GRID, Instant.parse("2024-11-26T17:50:06Z")),
        tuple(Kind.GAP, Instant.parse("2024-11-26T17:50:00Z")));
    assertThat(day.slotsCovered()).isEqualTo(78);
    assertThat(day.returnsUsed()).isEqualTo(77);
    // with the default 60 s tolerance the same sample fills its slot and the reading is complete
    RealizedVolatilityReading lenient = INTRADAY.reading("SPX", samples, at(FULL_DAY_OPEN, 400), RealizedVolatilityWindow.ONE_DAY);
    assertThat(lenient.complete()).isTrue();
    assertThat(lenient.annualizedVolatility().getAsDouble()).isCloseTo(0.10340055508869762, within(1e-15));
  }

  @Test
  void aReturnAcrossTheOneHourWindowStartIsLeftOutAndTheStartReportedMissing() {
    Instant asOf = at(FULL_DAY_OPEN, 6 * 60 + 30);
    RealizedVolatilityReading hour = INTRADAY.reading("SPX", samples(FULL_DAY_OPEN, FULL_DAY, Set.of(66)), asOf,
        RealizedVolatilityWindow.ONE_HOUR);
    assertThat(hour.returnsUsed()).isEqualTo(11);
    assertThat(hour.slotsCovered()).isEqualTo(11);
    assertThat(hour.issues()).extracting(DataIssue::kind, DataIssue::at).containsExactly(
        tuple(Kind.MISSING_AT_START, Instant.parse("2024-11-26T20:00:00Z")));
  }

  @Test
  void samplesComeFromQuotes() {
    PriceSample sample = PriceSample.of(Quote.ofLast("SPX", FULL_DAY_OPEN, 5987.37));
    assertThat(sample).isEqualTo(new PriceSample(FULL_DAY_OPEN, 5987.37));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> IntradayRealizedVolatility.of(TradingCalendar.nyse(), Duration.ofSeconds(150)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance").hasMessageContaining("PT2M30S");
    assertThatThrownBy(() -> new PriceSample(FULL_DAY_OPEN, 0)).hasMessageContaining("got 0.0");
    assertThatThrownBy(() -> new PriceSample(FULL_DAY_OPEN, Double.NaN)).hasMessageContaining("got NaN");
    assertThatThrownBy(() -> INTRADAY.reading(" ", List.of(), FULL_DAY_OPEN, RealizedVolatilityWindow.ONE_DAY))
        .hasMessageContaining("symbol");
    List<PriceSample> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> INTRADAY.reading("SPX", withNull, FULL_DAY_OPEN, RealizedVolatilityWindow.ONE_DAY))
        .hasMessageContaining("samples[0]");
  }
}
