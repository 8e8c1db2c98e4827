package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.MarketDataException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests the source sends and what it makes of the answers, on the canned SPX server. */
class TradierMarketDataSourceTest {

  private static final Instant NOW = Instant.parse("2024-01-05T21:00:00Z");

  private MockWebServer server;
  private Fixtures.SpxDispatcher dispatcher;
  private TradierMarketDataSource source;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    dispatcher = new Fixtures.SpxDispatcher();
    server.setDispatcher(dispatcher);
    server.start();
    source = new TradierMarketDataSource(Fixtures.config(server).withConcurrency(3), null,
        Clock.fixed(NOW, ZoneOffset.UTC), duration -> { });
  }

  @AfterEach
  void stop() throws IOException {
    source.close();
    server.shutdown();
  }

  @Test
  void wholeChainIsEveryExpirationMergedWithOneAsOfAndTheQuotedSpot() {
    OptionChain chain = source.chain("SPX");
    assertThat(chain.asOf()).isEqualTo(NOW);
    assertThat(chain.spot()).isEqualTo(4697.24);
    // 10 SPXW rows on each weekly, 10 SPX + 10 SPXW on each monthly.
    assertThat(chain.size()).isEqualTo(60);
    assertThat(chain.expirations()).containsExactly(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 8),
        LocalDate.of(2024, 1, 19), LocalDate.of(2024, 2, 16));
    assertThat(chain.quotes().get(0).contract().expiration()).as("merged in expiration order")
        .isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(dispatcher.requests).hasSize(1 + 1 + 4)
        .filteredOn(path -> path.startsWith("/v1/markets/options/chains")).hasSize(4)
        .allSatisfy(path -> assertThat(path).contains("greeks=true"));
    assertThat(dispatcher.requests).anySatisfy(path -> assertThat(path).contains("includeAllRoots=true"));
  }

  @Test
  void wholeChainOfAnUnknownUnderlyingSaysSo() {
    assertThatThrownBy(() -> source.chain("NOPE")).isInstanceOf(MarketDataException.class)
        .hasMessageContaining("no expirations");
  }

  @Test
  void oneFailingExpirationFailsTheWholeChain() throws IOException {
    MockWebServer failing = new MockWebServer();
    failing.setDispatcher(new Fixtures.SpxDispatcher() {
      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(RecordedRequest request) {
        if ("2024-01-19".equals(request.getRequestUrl().queryParameter("expiration"))) {
          return Fixtures.json("{\"options\":{\"option\":[{\"symbol\":");
        }
        return super.dispatch(request);
      }
    });
    failing.start();
    try (TradierMarketDataSource other = new TradierMarketDataSource(Fixtures.config(failing), null,
        Clock.fixed(NOW, ZoneOffset.UTC), duration -> { })) {
      assertThatThrownBy(() -> other.chain("SPX")).isInstanceOf(MarketDataException.class)
          .hasMessageContaining("malformed");
    } finally {
      failing.shutdown();
    }
  }

  @Test
  void severalQuotesInOneRequest() throws InterruptedException {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(RecordedRequest request) {
        return Fixtures.json(Fixtures.text("edge/quotes_partial_unmatched.json"));
      }
    });
    Map<String, Quote> quotes = source.quotes(List.of("spy", "QQQ", "nope"));
    assertThat(quotes).containsOnlyKeys("SPY", "QQQ");
    HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.queryParameter("symbols")).isEqualTo("SPY,QQQ,NOPE");
  }

  @Test
  void minuteBarsAskForEasternMinutesAndTheSession() throws InterruptedException {
    List<PriceBar> bars = source.bars("SPX", Duration.ofMinutes(5), Instant.parse("2024-01-05T14:30:00Z"),
        Instant.parse("2024-01-05T16:00:00Z"), SessionFilter.ALL);
    assertThat(bars).hasSize(7);
    HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.queryParameter("interval")).isEqualTo("5min");
    assertThat(url.queryParameter("start")).isEqualTo("2024-01-05 09:30");
    assertThat(url.queryParameter("end")).isEqualTo("2024-01-05 11:00");
    assertThat(url.queryParameter("session_filter")).isEqualTo("all");
  }

  @Test
  void dailyBarsAskForEasternDates() throws InterruptedException {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(RecordedRequest request) {
        return Fixtures.json(Fixtures.text("docs/markets_history_AAPL_daily.json"));
      }
    });
    // [2019-01-03 00:00 ET, 2019-01-05 00:00 ET) holds the 3rd and 4th.
    List<PriceBar> bars = source.bars("AAPL", Duration.ofDays(1), Instant.parse("2019-01-03T05:00:00Z"),
        Instant.parse("2019-01-05T05:00:00Z"));
    assertThat(bars).extracting(PriceBar::close).containsExactly(142.19, 148.26);
    HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.encodedPath()).isEqualTo("/v1/markets/history");
    assertThat(url.queryParameter("start")).isEqualTo("2019-01-03");
    assertThat(url.queryParameter("end")).isEqualTo("2019-01-04");
  }

  @Test
  void clockAndCalendar() throws InterruptedException {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(RecordedRequest request) {
        return Fixtures.json(Fixtures.text(request.getPath().startsWith("/v1/markets/clock")
            ? "docs/markets_clock_open.json" : "docs/markets_calendar_2019-04.json"));
      }
    });
    assertThat(source.clock().isOpen()).isTrue();
    assertThat(source.calendar(YearMonth.of(2019, 4))).hasSize(3);
    server.takeRequest();
    HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.queryParameter("month")).isEqualTo("04");
    assertThat(url.queryParameter("year")).isEqualTo("2019");
  }

  @Test
  void badSymbolsAreRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> source.quote("SPX,QQQ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPX,QQQ");
    assertThatThrownBy(() -> source.quotes(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(dispatcher.requests).isEmpty();
  }
}
