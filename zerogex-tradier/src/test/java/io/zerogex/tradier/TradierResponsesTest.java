package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.MarketDataException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small-endpoint readers on documented, recorded (2013) and edge-case bodies. */
class TradierResponsesTest {

  private static final Instant FALLBACK = Instant.parse("2030-01-01T00:00:00Z");

  private static byte[] utf8(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void expirationsInEveryShapeComeOutAscendingAndDistinct() {
    assertThat(TradierResponses.expirations(Fixtures.bytes("legacy/expirations.json")))
        .hasSize(12).startsWith(LocalDate.of(2013, 6, 7)).endsWith(LocalDate.of(2015, 1, 17)).isSorted();
    assertThat(TradierResponses.expirations(Fixtures.bytes("edge/expirations_single_date_string.json")))
        .containsExactly(LocalDate.of(2026, 10, 5));
    assertThat(TradierResponses.expirations(Fixtures.bytes("edge/expirations_empty_null.json"))).isEmpty();
    assertThat(TradierResponses.expirations(utf8("{\"expirations\":\"null\"}"))).isEmpty();
    assertThat(TradierResponses.expirations(Fixtures.bytes("docs/markets_options_expirations_VXX_allroots_strikes_size_type.json")))
        .containsExactly(LocalDate.of(2023, 11, 10), LocalDate.of(2023, 11, 17), LocalDate.of(2023, 12, 29));
    assertThat(TradierResponses.expirations(Fixtures.bytes("legacy/expirations_with_strikes.json"))).isNotEmpty().isSorted();
    assertThat(TradierResponses.expirations(utf8("{\"expirations\":{\"date\":[\"2024-01-19\",\"2024-01-05\",\"2024-01-19\"]}}")))
        .containsExactly(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 19));
    assertThatThrownBy(() -> TradierResponses.expirations(utf8("{\"expirations\":{\"date\":\"01/19/2024\"}}")))
        .isInstanceOf(MarketDataException.class);
  }

  @Test
  void quotesAsArrayOrSingleObjectWithEpochMillisTradeDates() {
    Map<String, Quote> docs = TradierResponses.quotes(Fixtures.bytes("docs/markets_quotes_AAPL_and_option.json"), FALLBACK);
    // The option row has no last, no bid (0.0) and no previous close: no price, so it is left out.
    assertThat(docs).containsOnlyKeys("AAPL");
    Quote aapl = docs.get("AAPL");
    assertThat(aapl.last()).isEqualTo(208.21);
    assertThat(aapl.bid().getAsDouble()).isEqualTo(208.19);
    assertThat(aapl.ask().getAsDouble()).isEqualTo(208.21);
    assertThat(aapl.volume()).isEqualTo(25288395);
    assertThat(aapl.asOf()).isEqualTo(Instant.ofEpochMilli(1557168406000L));
    Map<String, Quote> single = TradierResponses.quotes(
        utf8("{\"quotes\":{\"quote\":{\"symbol\":\"SPX\",\"last\":4697.24,\"trade_date\":0}}}"), FALLBACK);
    assertThat(single.get("SPX").asOf()).as("trade_date 0 means none").isEqualTo(FALLBACK);
  }

  @Test
  void quoteFromTheLegacyFormatWithIsoOffsetTimes() {
    Map<String, Quote> legacy = TradierResponses.quotes(Fixtures.bytes("legacy/quote.json"), FALLBACK);
    assertThat(legacy.get("AAPL").asOf()).isEqualTo(Instant.parse("2013-06-10T20:00:00Z"));
    assertThat(TradierResponses.quotes(Fixtures.bytes("legacy/quotes.json"), FALLBACK)).hasSizeGreaterThan(1);
  }

  @Test
  void unmatchedSymbolsAreLeftOut() {
    assertThat(TradierResponses.quotes(Fixtures.bytes("edge/quotes_all_unmatched.json"), FALLBACK)).isEmpty();
    Map<String, Quote> partial = TradierResponses.quotes(Fixtures.bytes("edge/quotes_partial_unmatched.json"), FALLBACK);
    assertThat(partial).containsOnlyKeys("SPY", "QQQ");
    assertThat(partial.get("QQQ").last()).isEqualTo(510.30);
    assertThat(partial.get("SPY").asOf()).isEqualTo(FALLBACK);
  }

  @Test
  void indexBeforeTheOpenFallsBackToThePreviousClose() {
    Map<String, Quote> quotes = TradierResponses.quotes(
        utf8("{\"quotes\":{\"quote\":{\"symbol\":\"spx\",\"last\":null,\"bid\":\"null\",\"prevclose\":4688.68}}}"), FALLBACK);
    assertThat(quotes.get("SPX").last()).isEqualTo(4688.68);
  }

  @Test
  void timesalesFromEpochSecondsOrZonelessEasternTimeSortedAscending() {
    List<PriceBar> bars = TradierResponses.timesales(Fixtures.bytes("docs/markets_timesales_AAPL_1min.json"), "AAPL", Duration.ofMinutes(1));
    assertThat(bars).extracting(PriceBar::start).containsExactly(
        Instant.parse("2019-05-09T13:30:00Z"), Instant.parse("2019-05-09T13:31:00Z"), Instant.parse("2019-05-09T13:32:00Z"));
    assertThat(bars.get(0).open()).isEqualTo(200.46);
    assertThat(bars.get(0).volume()).isEqualTo(1273841);
    // Without the epoch field the zone-less time is read as America/New_York (EST in January).
    List<PriceBar> zoneless = TradierResponses.timesales(utf8("""
        {"series":{"data":{"time":"2024-01-05T09:30:00","open":1,"high":2,"low":0.5,"close":1.5}}}"""), "SPX", Duration.ofMinutes(5));
    assertThat(zoneless.get(0).start()).isEqualTo(Instant.parse("2024-01-05T14:30:00Z"));
    List<PriceBar> shuffled = TradierResponses.timesales(Fixtures.bytes("spx/timesales_5min.json"), "SPX", Duration.ofMinutes(5));
    assertThat(shuffled).hasSize(7).extracting(PriceBar::start).isSorted();
  }

  @Test
  void timesalesOnAClosedDayIsEmpty() {
    assertThat(TradierResponses.timesales(Fixtures.bytes("edge/timesales_closed_day_null.json"), "SPX", Duration.ofMinutes(5))).isEmpty();
  }

  @Test
  void barsWithMissingOrInconsistentPricesAreLeftOut() {
    List<PriceBar> bars = TradierResponses.timesales(utf8("""
        {"series":{"data":[{"timestamp":1557408600,"open":null,"high":2,"low":1,"close":1.5},
                           {"timestamp":1557408660,"open":1,"high":0.9,"low":1,"close":1.5},
                           {"timestamp":1557408720,"open":1,"high":2,"low":1,"close":1.5}]}}"""), "X", Duration.ofMinutes(1));
    assertThat(bars).extracting(PriceBar::start).containsExactly(Instant.ofEpochSecond(1557408720));
  }

  @Test
  void dailyHistoryStartsAtEasternMidnight() {
    List<PriceBar> bars = TradierResponses.history(Fixtures.bytes("docs/markets_history_AAPL_daily.json"), "AAPL");
    assertThat(bars).hasSize(3);
    PriceBar first = bars.get(0);
    assertThat(first.start()).isEqualTo(Instant.parse("2019-01-02T05:00:00Z"));
    assertThat(first.interval()).isEqualTo(Duration.ofDays(1));
    assertThat(first.close()).isEqualTo(157.92);
    assertThat(TradierResponses.history(Fixtures.bytes("legacy/history.json"), "AAPL")).hasSizeGreaterThan(200).isSortedAccordingTo(
        (a, b) -> a.start().compareTo(b.start()));
    assertThat(TradierResponses.history(utf8("{\"history\":null}"), "AAPL")).isEmpty();
  }

  @Test
  void clockFromDocsAndLegacy() {
    MarketClock open = TradierResponses.clock(Fixtures.bytes("docs/markets_clock_open.json"), FALLBACK);
    assertThat(open.isOpen()).isTrue();
    assertThat(open.date()).isEqualTo(LocalDate.of(2019, 5, 6));
    assertThat(open.asOf()).isEqualTo(Instant.ofEpochSecond(1557156988));
    assertThat(open.nextState()).isEqualTo("postmarket");
    assertThat(open.nextChange()).contains(LocalTime.of(16, 0));
    MarketClock closed = TradierResponses.clock(Fixtures.bytes("legacy/clock.json"), FALLBACK);
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.state()).isEqualTo("closed");
  }

  @Test
  void calendarDaysWithSessionHours() {
    List<MarketDay> april = TradierResponses.calendar(Fixtures.bytes("docs/markets_calendar_2019-04.json"));
    assertThat(april).hasSize(3);
    assertThat(april.get(0).open()).isTrue();
    assertThat(april.get(0).sessionStart()).contains(LocalTime.of(9, 30));
    assertThat(april.get(0).sessionEnd()).contains(LocalTime.of(16, 0));
    List<MarketDay> june2013 = TradierResponses.calendar(Fixtures.bytes("legacy/calendar.json"));
    MarketDay saturday = june2013.get(0);
    assertThat(saturday.date()).isEqualTo(LocalDate.of(2013, 6, 1));
    assertThat(saturday.open()).isFalse();
    assertThat(saturday.sessionStart()).isEmpty();
  }

  @Test
  void stringNullContainerAndMissingKeys() {
    assertThat(TradierResponses.quotes(utf8("{\"quotes\":\"null\"}"), FALLBACK)).isEmpty();
    assertThatThrownBy(() -> TradierResponses.quotes(Fixtures.bytes("edge/string_null_container.json"), FALLBACK))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("orders");
  }

  @Test
  void timeFormats() {
    assertThat(TradierJson.instant("1557408600")).contains(Instant.ofEpochSecond(1557408600));
    assertThat(TradierJson.instant("1719589861696")).contains(Instant.ofEpochMilli(1719589861696L));
    assertThat(TradierJson.instant("2024-06-28 14:58:59")).contains(Instant.parse("2024-06-28T18:58:59Z"));
    assertThat(TradierJson.instant("2013-06-10T16:00:00-04:00")).contains(Instant.parse("2013-06-10T20:00:00Z"));
    assertThat(TradierJson.instant("2024-01-05")).contains(Instant.parse("2024-01-05T05:00:00Z"));
    assertThat(TradierJson.instant("null")).isEmpty();
    assertThat(TradierJson.instant("0")).isEmpty();
    assertThat(TradierJson.instant("yesterday")).isEmpty();
  }
}
