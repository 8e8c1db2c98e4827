package io.zerogex.tradier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Test bodies from src/test/resources/tradier and a loopback server answering like Tradier. */
final class Fixtures {

  static final String TOKEN = "s3cr3t-T0KEN-value";

  private Fixtures() {
  }

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/tradier/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /tradier/" + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json;charset=UTF-8").setBody(body);
  }

  /** Settings for a loopback server with fast retries, so failure tests take milliseconds. */
  static TradierConfig config(MockWebServer server) {
    return TradierConfig.sandbox(TOKEN)
        .withBaseUrl(server.url("/").toString())
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500))
        .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(4));
  }

  /** Serves the canned SPX data of tradier/spx by path and query, recording every request path. */
  static class SpxDispatcher extends Dispatcher {

    final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      requests.add(request.getPath());
      if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
        return new MockResponse().setResponseCode(401).setHeader("Content-Type", "plain/text").setBody("Invalid Access Token");
      }
      String path = request.getRequestUrl().encodedPath();
      String symbol = request.getRequestUrl().queryParameter("symbol");
      String symbols = request.getRequestUrl().queryParameter("symbols");
      switch (path) {
        case "/v1/markets/options/expirations":
          return "SPX".equals(symbol) && "true".equals(request.getRequestUrl().queryParameter("includeAllRoots"))
              ? json(text("spx/expirations.json")) : json("{\"expirations\":null}");
        case "/v1/markets/options/chains":
          String expiration = request.getRequestUrl().queryParameter("expiration");
          if (!"SPX".equals(symbol) || !"true".equals(request.getRequestUrl().queryParameter("greeks"))) {
            return json("{\"options\":null}");
          }
          try {
            return json(text("spx/chain_" + expiration + ".json"));
          } catch (IllegalArgumentException e) {
            return json("{\"options\":null}");
          }
        case "/v1/markets/quotes":
          return "SPX".equals(symbols) ? json(text("spx/quote.json"))
              : json("{\"quotes\":{\"unmatched_symbols\":{\"symbol\":\"" + symbols + "\"}}}");
        case "/v1/markets/timesales":
          return "SPX".equals(symbol) && "5min".equals(request.getRequestUrl().queryParameter("interval"))
              ? json(text("spx/timesales_5min.json")) : json("{\"series\":null}");
        default:
          return new MockResponse().setResponseCode(404).setBody("{\"fault\":{\"faultstring\":\"no such path\"}}");
      }
    }
  }
}
