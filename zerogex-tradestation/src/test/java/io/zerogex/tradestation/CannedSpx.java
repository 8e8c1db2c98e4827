package io.zerogex.tradestation;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback TradeStation serving canned SPX data for the compatibility kits: the monthly root
 * $SPX.X lists 2024-01-19, the weekly root $SPXW.X lists 2024-01-05 and 2024-01-19; every listed
 * (root, expiration) has strikes 4700 and 4750, a call and a put each, streamed in the
 * specification's spread shape and closed by EndSnapshot; SPX is at 4697.24 (snapshot and
 * stream); 5-minute bars end 14:35Z to 15:05Z.
 */
final class CannedSpx implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();

  CannedSpx() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request.getRequestUrl());
      }
    });
    server.start();
  }

  /** A new source on this server with millisecond retry and reconnect delays. */
  TradeStationMarketDataSource source() {
    String base = server.url("/").toString();
    TradeStationConfig config = TradeStationConfig.builder()
        .clientId("id").clientSecret("secret").refreshToken("refresh")
        .baseUrl(base).tokenUrl(base + "oauth/token").tokenStore(TokenStore.inMemory())
        .retryDelays(Duration.ofMillis(1), Duration.ofMillis(5))
        .reconnectDelays(Duration.ofMillis(5), Duration.ofMillis(20))
        .snapshotTimeout(Duration.ofSeconds(10))
        .build();
    return new TradeStationMarketDataSource(config, new OkHttpClient(),
        Clock.fixed(Instant.parse("2024-01-05T21:00:00Z"), ZoneOffset.UTC));
  }

  private static final List<String> SPX_DATES = List.of("2024-01-19");
  private static final List<String> SPXW_DATES = List.of("2024-01-05", "2024-01-19");
  private static MockResponse answer(HttpUrl url) {
    String path = url.encodedPath();
    if (path.equals("/oauth/token")) {
      return FakeTradeStation.json(200, "{\"access_token\":\"a\",\"expires_in\":1200}");
    }
    if (path.equals(FakeTradeStation.SPX_QUOTE)) {
      return FakeTradeStation.json(200, FakeTradeStation.quotesBody("$SPX.X", "4697.24"));
    }
    if (path.equals(FakeTradeStation.SPX_QUOTE_STREAM)) {
      return FakeTradeStation.stream(256, FakeTradeStation.quoteObject("$SPX.X", "4697.24"), FakeTradeStation.heartbeat(1))
          .throttleBody(4096, 2, TimeUnit.SECONDS);
    }
    if (path.equals("/v3/marketdata/barcharts/$SPX.X")) {
      return FakeTradeStation.json(200, bars());
    }
    String root = url.pathSegments().get(url.pathSize() - 1);
    List<String> dates = root.equals("$SPX.X") ? SPX_DATES : root.equals("$SPXW.X") ? SPXW_DATES : List.of();
    if (path.startsWith("/v3/marketdata/options/expirations/")) {
      StringBuilder body = new StringBuilder("{\"Expirations\":[");
      for (int i = 0; i < dates.size(); i++) {
        body.append(i == 0 ? "" : ",").append("{\"Date\":\"").append(dates.get(i)).append("T00:00:00Z\",\"Type\":\"Weekly\"}");
      }
      return FakeTradeStation.json(200, body.append("]}").toString());
    }
    String expiration = url.queryParameter("expiration");
    String date = expiration == null ? "" : expiration.substring(0, 10);
    if (!dates.contains(date)) {
      return FakeTradeStation.json(404, "{\"Error\":\"NotFound\",\"Message\":\"" + path + "\"}");
    }
    if (path.startsWith("/v3/marketdata/options/strikes/")) {
      return FakeTradeStation.json(200, "{\"SpreadType\":\"Single\",\"Strikes\":[[\"4700\"],[\"4750\"]]}");
    }
    if (path.startsWith("/v3/marketdata/stream/options/chains/")) {
      String name = root.substring(1, root.length() - 2) + " " + date.substring(2).replace("-", "");
      return FakeTradeStation.stream(256,
          FakeTradeStation.spread(name + "C4700", "Call", "4700", "12.1", "12.5", 1000, "0.0021"),
          FakeTradeStation.spread(name + "P4700", "Put", "4700", "14.8", "15.2", 2000, "0.0022"),
          FakeTradeStation.spread(name + "C4750", "Call", "4750", "1.05", "1.15", 3000, "0.0009"),
          FakeTradeStation.spread(name + "P4750", "Put", "4750", "52.0", "53.0", 400, "0.0008"),
          FakeTradeStation.compact("stream_status_endsnapshot_object.json"));
    }
    return FakeTradeStation.json(404, "{\"Error\":\"NotFound\",\"Message\":\"" + path + "\"}");
  }

  /** Seven 5-minute bars whose TimeStamps (bar ends) run from 14:35Z to 15:05Z. */
  private static String bars() {
    List<String> out = new ArrayList<>();
    Instant end = Instant.parse("2024-01-05T14:35:00Z");
    for (int i = 0; i < 7; i++, end = end.plus(Duration.ofMinutes(5))) {
      double open = 4700 + i;
      out.add("{\"High\":\"" + (open + 2) + "\",\"Low\":\"" + (open - 1) + "\",\"Open\":\"" + open + "\",\"Close\":\""
          + (open + 1) + "\",\"TimeStamp\":\"" + end + "\",\"TotalVolume\":\"0\"}");
    }
    return "{\"Bars\":[" + String.join(",", out) + "]}";
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
