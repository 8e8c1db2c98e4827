package io.zerogex.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionRight;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link YearFraction} policies. Calendar expectations are hand-derived second counts (the UTC
 * offsets of America/New_York: -5 hours in winter, -4 in summer). Business-day counts come from
 * {@code numpy.busday_count(asOf, expiration)} (numpy 2.4.6; 30 pairs drawn with
 * {@code random.seed(262)} around January 2024, plus the reference facts).
 */
class YearFractionTest {

  private static final double SECONDS_PER_YEAR = 365.0 * 86_400;
  private static final OptionContract SPXW_0105 =
      OptionContract.of("SPXW", LocalDate.of(2024, 1, 5), OptionRight.CALL, 4700);
  private static final OptionContract SPX_0119 =
      OptionContract.of("SPX", LocalDate.of(2024, 1, 19), OptionRight.PUT, 4700);

  @Test
  void calendarCountsSecondsToThePmClose() {
    YearFraction policy = YearFraction.defaultPolicy();
    // 09:30 EST = 14:30Z; the PM settlement is 16:00 EST = 21:00Z, 6.5 hours later.
    assertThat(policy.years(Instant.parse("2024-01-05T14:30:00Z"), SPXW_0105))
        .isEqualTo(23_400 / SECONDS_PER_YEAR);
    // one day and 6.5 hours before
    assertThat(policy.years(Instant.parse("2024-01-04T14:30:00Z"), SPXW_0105))
        .isEqualTo((86_400 + 23_400) / SECONDS_PER_YEAR);
  }

  @Test
  void calendarSettlesAmContractsAtTheOpen() {
    // SPX monthly, AM-settled: 09:30 EST on 2024-01-19 = 14:30Z; asOf is 2024-01-18 21:00Z.
    assertThat(YearFraction.defaultPolicy().years(Instant.parse("2024-01-18T21:00:00Z"), SPX_0119))
        .isEqualTo((17.5 * 3600) / SECONDS_PER_YEAR);
    assertThat(YearFraction.defaultPolicy().years(Instant.parse("2024-01-19T14:30:00Z"), SPX_0119))
        .isZero();
  }

  @Test
  void calendarUsesDaylightSavingTime() {
    OptionContract july = OptionContract.of("SPXW", LocalDate.of(2024, 7, 19), OptionRight.CALL, 5500);
    // 16:00 EDT = 20:00Z
    assertThat(YearFraction.defaultPolicy().years(Instant.parse("2024-07-19T19:00:00Z"), july))
        .isEqualTo(3600 / SECONDS_PER_YEAR);
  }

  @Test
  void calendarIsZeroAtAndAfterSettlementAndFlooredBeforeIt() {
    YearFraction policy = YearFraction.calendar(Duration.ofMinutes(1));
    assertThat(policy.years(Instant.parse("2024-01-05T21:00:00Z"), SPXW_0105)).isZero();
    assertThat(policy.years(Instant.parse("2024-01-05T21:00:01Z"), SPXW_0105)).isZero();
    assertThat(policy.years(Instant.parse("2024-01-08T15:00:00Z"), SPXW_0105)).isZero();
    assertThat(policy.years(Instant.parse("2024-01-05T20:59:30Z"), SPXW_0105))
        .isEqualTo(60 / SECONDS_PER_YEAR);
    assertThat(policy.years(Instant.parse("2024-01-05T20:59:59.999Z"), SPXW_0105))
        .isEqualTo(60 / SECONDS_PER_YEAR);
    assertThat(YearFraction.calendar(Duration.ZERO).years(Instant.parse("2024-01-05T20:59:30Z"), SPXW_0105))
        .isEqualTo(30 / SECONDS_PER_YEAR);
    assertThat(YearFraction.calendar(Duration.ZERO)
        .years(Instant.parse("2024-01-05T20:59:59.750Z"), SPXW_0105))
        .isEqualTo(0.25 / SECONDS_PER_YEAR);
  }

  @ParameterizedTest(name = "asOf {0}, expiration {1}: numpy.busday_count {2}")
  @CsvSource({
      "2024-01-09, 2024-02-24, 34",
      "2024-01-18, 2024-02-24, 27",
      "2024-01-12, 2024-02-17, 26",
      "2024-01-03, 2023-12-28, -4",
      "2024-01-25, 2024-02-17, 17",
      "2024-01-15, 2024-01-30, 11",
      "2023-12-29, 2024-02-01, 24",
      "2024-01-23, 2024-02-11, 14",
      "2024-01-25, 2024-02-28, 24",
      "2024-01-21, 2024-02-01, 8",
      "2023-12-21, 2024-02-19, 42",
      "2024-01-16, 2024-01-18, 2",
      "2023-12-20, 2024-01-20, 23",
      "2024-01-13, 2024-03-03, 35",
      "2024-01-16, 2024-02-16, 23",
      "2024-01-08, 2024-01-29, 15",
      "2024-01-03, 2024-02-02, 22",
      "2024-01-07, 2024-02-04, 20",
      "2024-01-20, 2024-02-02, 9",
      "2024-01-27, 2024-02-28, 22",
      "2023-12-21, 2024-01-03, 9",
      "2024-01-19, 2024-02-02, 10",
      "2024-01-19, 2024-03-02, 31",
      "2024-01-06, 2024-01-03, -2",
      "2023-12-23, 2024-02-16, 39",
      "2023-12-21, 2023-12-26, 3",
      "2024-01-25, 2024-01-26, 1",
      "2023-12-20, 2024-02-01, 31",
      "2024-01-02, 2024-01-23, 15",
      "2023-12-22, 2024-02-15, 39",
      "2024-01-07, 2024-01-08, 0",
      "2024-01-07, 2024-01-09, 1",
      "2024-01-07, 2024-01-05, 0",
      "2024-01-05, 2024-01-05, 0",
      "2024-01-06, 2024-01-06, 0",
      "2024-01-05, 2025-01-05, 261",
  })
  void businessDaysMatchNumpyBusdayCount(LocalDate asOfDate, LocalDate expiration, int numpyCount) {
    OptionContract contract = OptionContract.of("SPXW", expiration, OptionRight.CALL, 4700);
    // noon in New York on the as-of date (17:00Z in winter, 16:00Z in summer)
    Instant asOf = asOfDate.atTime(12, 0).atZone(java.time.ZoneId.of("America/New_York")).toInstant();
    boolean expired = expiration.isBefore(asOfDate);
    double floored = expired ? 0 : numpyCount == 0 ? 1.0 / 262 : numpyCount / 262.0;
    double unfloored = expired ? 0 : numpyCount / 262.0;
    assertThat(YearFraction.businessDays(262, true).years(asOf, contract)).isEqualTo(floored);
    assertThat(YearFraction.businessDays(262, false).years(asOf, contract)).isEqualTo(unfloored);
  }

  @Test
  void businessDaysReproduceTheReferenceFacts() {
    YearFraction policy = YearFraction.businessDays(262, true);
    Instant sunday = Instant.parse("2024-01-07T15:00:00Z");
    assertThat(policy.years(sunday, contract(2024, 1, 8))).isEqualTo(1.0 / 262);
    assertThat(policy.years(sunday, contract(2024, 1, 9))).isEqualTo(1.0 / 262);
    assertThat(policy.years(sunday, contract(2024, 1, 5))).isZero();
    assertThat(YearFraction.businessDays(262, false).years(sunday, contract(2024, 1, 8))).isZero();
    // 2024-01-06 03:00Z is still Friday 2024-01-05 in New York: a 0DTE contract, floored
    assertThat(policy.years(Instant.parse("2024-01-06T03:00:00Z"), contract(2024, 1, 5)))
        .isEqualTo(1.0 / 262);
  }

  private static OptionContract contract(int year, int month, int day) {
    return OptionContract.of("SPXW", LocalDate.of(year, month, day), OptionRight.PUT, 4700);
  }

  @Test
  void policiesValidateDescribeThemselvesAndCompareBySettings() {
    assertThatThrownBy(() -> YearFraction.calendar(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor").hasMessageContaining("PT-1S");
    assertThatThrownBy(() -> YearFraction.businessDays(0, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daysPerYear").hasMessageContaining("0");
    assertThat(YearFraction.defaultPolicy()).isEqualTo(YearFraction.calendar(Duration.ofMinutes(1)));
    assertThat(YearFraction.defaultPolicy()).hasToString("YearFraction.calendar(floor=PT1M)");
    assertThat(YearFraction.businessDays(262, true))
        .isEqualTo(YearFraction.businessDays(262, true))
        .isNotEqualTo(YearFraction.businessDays(262, false))
        .hasToString("YearFraction.businessDays(daysPerYear=262, zeroDteFloor=true)");
    assertThatThrownBy(() -> YearFraction.defaultPolicy().years(null, SPXW_0105))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
  }
}
