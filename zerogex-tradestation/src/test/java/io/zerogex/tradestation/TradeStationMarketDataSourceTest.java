package io.zerogex.tradestation;

import static io.zerogex.tradestation.FakeTradeStation.SPXW_CHAIN;
import static io.zerogex.tradestation.FakeTradeStation.SPXW_SPREADS;
import static io.zerogex.tradestation.FakeTradeStation.SPX_QUOTE;
import static io.zerogex.tradestation.FakeTradeStation.json;
import static io.zerogex.tradestation.FakeTradeStation.resource;
import static io.zerogex.tradestation.FakeTradeStation.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** REST snapshots and one-off chains against a loopback TradeStation. */
class TradeStationMarketDataSourceTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-05T15:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate JAN5 = LocalDate.of(2024, 1, 5);

  private FakeTradeStation fake;
  private TradeStationMarketDataSource source;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeTradeStation();
    source = new TradeStationMarketDataSource(fake.config().build(), new OkHttpClient(), CLOCK);
  }

  @AfterEach
  void stop() throws Exception {
    source.close();
    fake.close();
  }

  @Test
  void quoteMapsIndexSymbolsBothWaysAndParsesStringNumbers() {
    fake.always(SPX_QUOTE, json(200, FakeTradeStation.quotesBody("$SPX.X", "4697.24")));
    Quote quote = source.quote("SPX");
    assertThat(quote.symbol()).isEqualTo("SPX");
    assertThat(quote.last()).isEqualTo(4697.24);
    assertThat(fake.requests(SPX_QUOTE).get(0).getHeader("Authorization")).isEqualTo("Bearer access-1");
  }

  @Test
  void quoteOfTheSpecificationExample() {
    fake.always("/v3/marketdata/quotes/MSFT", json(200, resource("quotes_snapshot_MSFT.json")));
    Quote quote = source.quote("MSFT");
    // values of the WebAPI v3 specification's "Quotes" example
    assertThat(quote.symbol()).isEqualTo("MSFT");
    assertThat(quote.last()).isEqualTo(212.85);
    assertThat(quote.bid().getAsDouble()).isEqualTo(212.85);
    assertThat(quote.ask().getAsDouble()).isEqualTo(212.87);
    assertThat(quote.volume()).isEqualTo(5_852_511L);
    assertThat(quote.asOf()).isEqualTo(Instant.parse("2020-11-18T15:19:14Z"));
  }

  @Test
  void unknownSymbolIsAMarketDataExceptionNamingIt() {
    fake.always("/v3/marketdata/quotes/INVALID", json(200, resource("quotes_snapshot_errors_only.json")));
    assertThatThrownBy(() -> source.quote("INVALID")).isInstanceOf(MarketDataException.class)
        .hasMessageContaining("INVALID").hasMessageContaining("FAILED, INVALID SYMBOL");
  }

  @Test
  void dailyBarsOfTheSpecificationExample() {
    String path = "/v3/marketdata/barcharts/MSFT";
    fake.always(path, json(200, resource("barcharts_MSFT_daily.json")));
    List<PriceBar> bars = source.barsBack("MSFT", Duration.ofDays(1), 7, SessionTemplate.US_EQUITY_PRE_AND_POST);
    assertThat(bars).hasSize(7);
    PriceBar first = bars.get(0);
    // 2020-11-04T21:00:00Z is the 16:00 ET close of 2020-11-04; the bar starts at that date's New York midnight
    assertThat(first.start()).isEqualTo(Instant.parse("2020-11-04T05:00:00Z"));
    assertThat(first.open()).isEqualTo(214.02);
    assertThat(first.high()).isEqualTo(218.32);
    assertThat(first.low()).isEqualTo(212.42);
    assertThat(first.close()).isEqualTo(216.39);
    assertThat(first.volume()).isEqualTo(42_311_777L);
    RecordedRequest request = fake.requests(path).get(0);
    assertThat(request.getRequestUrl().queryParameter("unit")).isEqualTo("Daily");
    assertThat(request.getRequestUrl().queryParameter("barsback")).isEqualTo("7");
    assertThat(request.getRequestUrl().queryParameter("sessiontemplate")).isEqualTo("USEQPreAndPost");
  }

  @Test
  void minuteBarsOverARangeStartOneIntervalBeforeTheirTimestamp() {
    String path = "/v3/marketdata/barcharts/MSFT";
    String lines = resource("stream_barcharts_MSFT_1min_two_objects.ndjson").strip().replace("\n", ",");
    fake.always(path, json(200, "{\"Bars\":[" + lines + "]}"));
    List<PriceBar> bars = source.bars("MSFT", Duration.ofMinutes(1), Instant.parse("2021-03-02T22:12:00Z"),
        Instant.parse("2021-03-02T22:13:00Z"));
    // TimeStamps 22:13 and 22:14 are the bars' ends: starts 22:12 (inside the range) and 22:13 (excluded)
    assertThat(bars).extracting(PriceBar::start).containsExactly(Instant.parse("2021-03-02T22:12:00Z"));
    assertThat(bars.get(0).close()).isEqualTo(233.75);
    RecordedRequest request = fake.requests(path).get(0);
    assertThat(request.getRequestUrl().queryParameter("unit")).isEqualTo("Minute");
    assertThat(request.getRequestUrl().queryParameter("interval")).isEqualTo("1");
    assertThat(request.getRequestUrl().queryParameter("firstdate")).isEqualTo("2021-03-02T22:11:00Z");
  }

  @Test
  void barIntervalsTradeStationCannotServeAreRejected() {
    assertThatThrownBy(() -> source.barsBack("SPX", Duration.ofSeconds(30), 1, SessionTemplate.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT30S");
  }

  @Test
  void expirationsAreTheUnionOfTheRoots() {
    fake.listSpx();
    assertThat(source.expirations("SPX")).containsExactly(JAN5, LocalDate.of(2024, 1, 19));
    assertThat(source.strikes("SPX", JAN5)).containsExactly(4700.0, 4750.0);
  }

  @Test
  void expirationsOfTheSpecificationExample() {
    fake.always("/v3/marketdata/options/expirations/AAPL", json(200, resource("options_expirations_AAPL.json")));
    assertThat(source.expirations("AAPL")).containsExactly(LocalDate.of(2021, 12, 17), LocalDate.of(2021, 12, 23),
        LocalDate.of(2021, 12, 31));
  }

  @Test
  void chainComesFromTheStreamWithTheWholeStrikeRange() {
    fake.listSpx().always(SPXW_CHAIN, stream(64, SPXW_SPREADS));
    OptionChain chain = source.chain("SPX", JAN5);
    assertThat(chain.underlying()).isEqualTo("SPX");
    assertThat(chain.spot()).isEqualTo(4697.24);
    assertThat(chain.asOf()).isEqualTo(CLOCK.instant());
    assertThat(chain.quotes()).extracting(q -> q.contract().symbol()).containsExactly(
        "SPXW240105C04700000", "SPXW240105P04700000", "SPXW240105C04750000", "SPXW240105P04750000");
    OptionQuote call = chain.quotes().get(0);
    assertThat(call.bid().getAsDouble()).isEqualTo(12.1);
    assertThat(call.ask().getAsDouble()).isEqualTo(12.5);
    assertThat(call.openInterest()).isEqualTo(1000);
    assertThat(call.greeks().gamma().getAsDouble()).isEqualTo(0.0021);
    // Vega per percentage point 0.25 -> per 1.00 of volatility 25; Theta per day -0.0049 -> per year x365
    assertThat(call.greeks().vega().getAsDouble()).isCloseTo(25.0, within(1e-12));
    assertThat(call.greeks().theta().getAsDouble()).isCloseTo(-0.0049 * 365, within(1e-12));
    assertThat(call.impliedVolatility().getAsDouble()).isEqualTo(0.3118);
    RecordedRequest request = fake.requests(SPXW_CHAIN).get(0);
    assertThat(request.getRequestUrl().queryParameter("strikeProximity")).isEqualTo("2");
    assertThat(request.getRequestUrl().queryParameter("spreadType")).isEqualTo("Single");
    assertThat(request.getRequestUrl().queryParameter("enableGreeks")).isEqualTo("true");
    assertThat(request.getRequestUrl().queryParameter("expiration")).isEqualTo("2024-01-05T00:00:00Z");
    assertThat(fake.requests("/v3/marketdata/stream/options/chains/$SPX.X")).isEmpty();
  }

  @Test
  void chainSnapshotEndsOnEndSnapshotOrTheFirstHeartbeatWhenStrikesAreMissing() {
    fake.listSpx().always(SPXW_CHAIN, stream(64, SPXW_SPREADS[0], SPXW_SPREADS[1], SPXW_SPREADS[2],
        FakeTradeStation.heartbeat(1)));
    assertThat(source.chain("SPX", JAN5).size()).isEqualTo(3);
    fake.always(SPXW_CHAIN, stream(64, SPXW_SPREADS[0], FakeTradeStation.compact("stream_status_endsnapshot_object.json")));
    assertThat(source.chain("SPX", JAN5).size()).isEqualTo(1);
  }

  @Test
  void expirationNotListedIsAMarketDataException() {
    fake.listSpx();
    assertThatThrownBy(() -> source.chain("SPX", LocalDate.of(2024, 1, 8))).isInstanceOf(MarketDataException.class)
        .hasMessageContaining("2024-01-08");
  }

  @Test
  void retriesServerErrorsAndRateLimitsThenSucceeds() {
    fake.enqueue(SPX_QUOTE, json(503, "{\"Error\":\"ServiceUnavailable\",\"Message\":\"busy\"}"))
        .enqueue(SPX_QUOTE, json(429, "{\"Error\":\"TooManyRequests\",\"Message\":\"slow down\"}")
            .setHeader("Retry-After", "0"))
        .enqueue(SPX_QUOTE, new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST))
        .always(SPX_QUOTE, json(200, FakeTradeStation.quotesBody("$SPX.X", "4700.5")));
    assertThat(source.quote("SPX").last()).isEqualTo(4700.5);
    assertThat(fake.requests(SPX_QUOTE)).hasSize(4);
  }

  @Test
  void persistentRateLimitIsARateLimitedExceptionWithTheServersWait() {
    fake.always(SPX_QUOTE, json(429, "{\"Error\":\"TooManyRequests\",\"Message\":\"slow down\"}")
        .setHeader("Retry-After", "0"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOfSatisfying(RateLimitedException.class, e -> {
      assertThat(e.status()).hasValue(429);
      assertThat(e.retryAfter()).contains(Duration.ZERO);
      assertThat(e.bodyExcerpt()).contains("TooManyRequests");
    });
    assertThat(fake.requests(SPX_QUOTE)).hasSize(4);
  }

  @Test
  void badRequestIsNotRetried() {
    fake.always(SPX_QUOTE, json(400, "{\"Error\":\"BadRequest\",\"Message\":\"bad symbol\"}"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOfSatisfying(MarketDataException.class, e -> {
      assertThat(e.status()).hasValue(400);
      assertThat(e.endpoint()).isEqualTo(SPX_QUOTE);
    });
    assertThat(fake.requests(SPX_QUOTE)).hasSize(1);
  }

  @Test
  void expiredTokenMidSessionIsRenewedOnceAndTheCallRetried() {
    fake.always(SPX_QUOTE, json(200, FakeTradeStation.quotesBody("$SPX.X", "4697.24")));
    source.quote("SPX");
    fake.enqueue(SPX_QUOTE, json(401, "{\"Error\":\"Unauthorized\",\"Message\":\"token expired\"}"));
    assertThat(source.quote("SPX").last()).isEqualTo(4697.24);
    List<RecordedRequest> calls = fake.requests(SPX_QUOTE);
    assertThat(calls).extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Bearer access-1", "Bearer access-1", "Bearer access-2");
    assertThat(fake.requests(FakeTradeStation.TOKEN_PATH)).hasSize(2);
  }

  @Test
  void persistentUnauthorizedIsAnAuthenticationException() {
    fake.always(SPX_QUOTE, json(401, "{\"Error\":\"Unauthorized\",\"Message\":\"no\"}"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("scopes");
    fake.always(SPX_QUOTE, json(403, "{\"Error\":\"Forbidden\",\"Message\":\"no\"}"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("permission");
  }

  @Test
  void malformedBodiesAreMarketDataExceptionsNotParserExceptions() {
    fake.always(SPX_QUOTE, json(200, "{\"Quotes\":[{\"Symbol\":\"$SPX.X\",\"Last\":"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(MarketDataException.class)
        .hasMessageContaining("malformed JSON");
    fake.always(SPX_QUOTE, json(200, FakeTradeStation.quotesBody("$SPX.X", "4,697.24")));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(MarketDataException.class)
        .hasMessageContaining("Last").hasMessageContaining("4,697.24");
    fake.always(SPX_QUOTE, json(200, "[]"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(MarketDataException.class);
  }

  @Test
  void toStringHidesTheCredentials() {
    assertThat(source.toString()).doesNotContain("SECRET").contains("<redacted>");
  }
}
