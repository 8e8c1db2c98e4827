package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback TradeStation: a MockWebServer whose dispatcher answers by path. Each path has a queue
 * of one-off responses, then a default; unknown paths answer 404. Every request is recorded.
 * Bodies are built from the WebAPI v3 specification's examples in src/test/resources/tradestation.
 */
final class FakeTradeStation implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN_PATH = "/oauth/token";

  final MockWebServer server = new MockWebServer();
  private final Map<String, Deque<MockResponse>> queued = new HashMap<>();
  private final Map<String, MockResponse> defaults = new HashMap<>();
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private int tokenCounter;

  FakeTradeStation() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String path = request.getRequestUrl().encodedPath();
        synchronized (FakeTradeStation.this) {
          Deque<MockResponse> q = queued.get(path);
          if (q != null && !q.isEmpty()) {
            return q.poll();
          }
          if (path.equals(TOKEN_PATH) && !defaults.containsKey(path)) {
            tokenCounter++;
            return json(200, "{\"access_token\":\"access-" + tokenCounter
                + "\",\"expires_in\":1200,\"scope\":\"openid offline_access MarketData\",\"token_type\":\"Bearer\"}");
          }
          MockResponse d = defaults.get(path);
          return d != null ? d : json(404, "{\"Error\":\"NotFound\",\"Message\":\"no route " + path + "\"}");
        }
      }
    });
    server.start();
  }

  /** The base URL (no trailing slash). */
  String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  TradeStationConfig.Builder config() {
    return TradeStationConfig.builder()
        .clientId("client-id-SECRET1")
        .clientSecret("client-secret-SECRET2")
        .refreshToken("refresh-token-SECRET3")
        .baseUrl(baseUrl())
        .tokenUrl(baseUrl() + TOKEN_PATH)
        .tokenStore(TokenStore.inMemory())
        .retryDelays(Duration.ofMillis(1), Duration.ofMillis(5))
        .reconnectDelays(Duration.ofMillis(5), Duration.ofMillis(20))
        .streamInactivityTimeout(Duration.ofSeconds(5))
        .snapshotTimeout(Duration.ofSeconds(10));
  }

  synchronized FakeTradeStation enqueue(String path, MockResponse response) {
    queued.computeIfAbsent(path, k -> new ArrayDeque<>()).add(response);
    return this;
  }

  synchronized FakeTradeStation always(String path, MockResponse response) {
    defaults.put(path, response);
    return this;
  }

  /** The requests received for a path, in order. */
  List<RecordedRequest> requests(String path) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.getRequestUrl().encodedPath().equals(path)).toList();
    }
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  /** A stream response: the lines joined with newlines, in HTTP chunks of at most {@code chunk} bytes. */
  static MockResponse stream(int chunk, String... lines) {
    return new MockResponse().setResponseCode(200)
        .setHeader("Content-Type", "application/vnd.tradestation.streams.v2+json")
        .setChunkedBody(String.join("\n", lines) + "\n", chunk);
  }

  static String resource(String name) {
    try (InputStream in = FakeTradeStation.class.getResourceAsStream("/tradestation/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON resource on one line, as streams send it. */
  static String compact(String name) {
    try {
      return JSON.readTree(resource(name)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One single-leg spread of the option-chain stream: the specification's example object with the
   * leg, side, strike, prices, open interest and greeks replaced.
   */
  static String spread(String legSymbol, String side, String strike, String bid, String ask, int openInterest,
      String gamma) {
    return edited("stream_options_chain_spread_object.json", node -> {
      node.put("Side", side);
      node.put("Bid", bid);
      node.put("Ask", ask);
      node.put("Last", ask);
      node.put("Gamma", gamma);
      node.put("Vega", "0.25");
      node.put("DailyOpenInterest", openInterest);
      node.putArray("Strikes").add(strike);
      ObjectNode leg = (ObjectNode) node.get("Legs").get(0);
      leg.put("Symbol", legSymbol);
      leg.put("StrikePrice", strike);
      leg.put("OptionType", side);
    });
  }

  /** A quote-stream or snapshot quote object with the given symbol and last price. */
  static String quoteObject(String vendorSymbol, String last) {
    return edited("stream_quotes_quote_object.json", node -> {
      node.put("Symbol", vendorSymbol);
      node.put("Last", last);
      node.put("Bid", last);
      node.put("Ask", last);
    });
  }

  /** A JSON resource object, edited, on one line. */
  private static String edited(String name, java.util.function.Consumer<ObjectNode> edit) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(resource(name));
      edit.accept(node);
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A quotes snapshot body holding one quote. */
  static String quotesBody(String vendorSymbol, String last) {
    return "{\"Quotes\":[" + quoteObject(vendorSymbol, last) + "]}";
  }

  static String heartbeat(int n) {
    return "{\"Heartbeat\":" + n + ",\"Timestamp\":\"2024-01-05T15:00:00Z\"}";
  }

  static final String SPX_EXPIRATIONS = "/v3/marketdata/options/expirations/$SPX.X";
  static final String SPXW_EXPIRATIONS = "/v3/marketdata/options/expirations/$SPXW.X";
  static final String SPXW_STRIKES = "/v3/marketdata/options/strikes/$SPXW.X";
  static final String SPXW_CHAIN = "/v3/marketdata/stream/options/chains/$SPXW.X";
  static final String SPX_QUOTE = "/v3/marketdata/quotes/$SPX.X";
  static final String SPX_QUOTE_STREAM = "/v3/marketdata/stream/quotes/$SPX.X";

  /** The four SPXW contracts of 2024-01-05 served by {@link #listSpx()}: 4700 and 4750, call and put. */
  static final String[] SPXW_SPREADS = {
      spread("SPXW 240105C4700", "Call", "4700", "12.1", "12.5", 1000, "0.0021"),
      spread("SPXW 240105P4700", "Put", "4700", "14.8", "15.2", 2000, "0.0022"),
      spread("SPXW 240105C4750", "Call", "4750", "1.05", "1.15", 3000, "0.0009"),
      spread("SPXW 240105P4750", "Put", "4750", "52.0", "53.0", 400, "0.0008")};

  /**
   * Lists SPX: the monthly root $SPX.X expires 2024-01-19 only, the weekly root $SPXW.X on
   * 2024-01-05 and 2024-01-19; SPXW 2024-01-05 has strikes 4700 and 4750; SPX is at 4697.24.
   */
  FakeTradeStation listSpx() {
    always(SPX_EXPIRATIONS, json(200, "{\"Expirations\":[{\"Date\":\"2024-01-19T00:00:00Z\",\"Type\":\"Monthly\"}]}"));
    always(SPXW_EXPIRATIONS, json(200, "{\"Expirations\":[{\"Date\":\"2024-01-05T00:00:00Z\",\"Type\":\"Weekly\"},"
        + "{\"Date\":\"2024-01-19T00:00:00Z\",\"Type\":\"Monthly\"}]}"));
    always(SPXW_STRIKES, json(200, "{\"SpreadType\":\"Single\",\"Strikes\":[[\"4700\"],[\"4750\"]]}"));
    always(SPX_QUOTE, json(200, quotesBody("$SPX.X", "4697.24")));
    return this;
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
