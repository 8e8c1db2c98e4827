package io.zerogex.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.opengamma.strata.basics.ReferenceData;
import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarIds;
import io.zerogex.core.calendar.TradingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's two calendars answer the same questions: ZeroGEX's NYSE trading days against
 * OpenGamma Strata's NYSE holiday calendar (strata-basics 2.12.48), day by day, which is also a
 * third independent check of the closures from 1990 to 2099.
 */
class TradingCalendarStrataAgreementTest {

  @Test
  void sameTradingDaysAsStrata() {
    TradingCalendar zerogex = TradingCalendar.nyse();
    HolidayCalendar strata = ReferenceData.standard().getValue(HolidayCalendarIds.NYSE);
    List<LocalDate> differences = new ArrayList<>();
    for (LocalDate d = LocalDate.of(1990, 1, 1); d.getYear() <= 2099; d = d.plusDays(1)) {
      if (zerogex.isTradingDay(d) != strata.isBusinessDay(d)) {
        differences.add(d);
      }
    }
    System.out.println("ZeroGEX vs Strata NYSE differences 1990-2099: " + differences);
    // The NYSE closed on both days of Hurricane Sandy, 2012-10-29 and 30 (exchange_calendars and
    // pandas_market_calendars list both); Strata's NYSE calendar closes only the 30th.
    assertThat(differences).containsExactly(LocalDate.of(2012, 10, 29));
  }
}
