package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.VendorGreeks;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.support.InMemorySnapshotStore;
import io.zerogex.core.volatility.PriceSample;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's JSON endpoints over HTTP on loopback. The bundled SPX chain's expected numbers
 * are the library's published ones (PROVENANCE.md of the chain and SpxReferenceChainTest in core):
 * Perfiliev mode total -10.9987 $bn per 1% (numpy over the file's Gamma column: calls
 * 111.53070033623453e9, puts -122.52940972636324e9) and flip 4734.48 (the published chart title
 * 4,734); default mode flip 4733.3063 (default_zero_gamma.py), NET walls 4900 (+3.0413549 $bn)
 * and 4600. Per-expiration sums: numpy-free Python over the same CSV rows, Gamma x OI x 100 x
 * S^2 x 0.01 with S = 4697.2402, calls minus puts (see each test).
 */
class DashboardServerTest {

  static final Clock SUNDAY = Clock.fixed(Instant.parse("2024-01-07T16:00:00Z"), ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();

  static OptionChain bundled;
  static SnapshotStore store;
  static DashboardServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    bundled = WorkerCommand.bundledChain();
    SnapshotStore demo = new InMemorySnapshotStore();
    DashboardDemo.fill(demo, bundled);
    demo.writeChain(new OptionChain("xyz", 10.0, Instant.parse("2024-01-07T15:00:00Z"), List.of()));
    // Every write of the dashboard would go through this proxy and fail the test.
    store = readOnly(demo);
    DashboardData data = new DashboardData(store, DashboardData.DEFAULT_UNDERLYINGS, SUNDAY, Duration.ofDays(5));
    server = new DashboardServer(data, InetAddress.getLoopbackAddress(), 0, 5, "test note");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static SnapshotStore readOnly(SnapshotStore delegate) {
    return watched(delegate, method -> {
      if (method.startsWith("write") || method.equals("close")) {
        throw new AssertionError("the dashboard called " + method + " on the store");
      }
    });
  }

  /** The store with {@code onCall} told the name of each method called, before the call. */
  static SnapshotStore watched(SnapshotStore delegate, java.util.function.Consumer<String> onCall) {
    return (SnapshotStore) Proxy.newProxyInstance(SnapshotStore.class.getClassLoader(), new Class<?>[] {SnapshotStore.class},
        (proxy, method, args) -> {
          onCall.accept(method.getName());
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    return JSON.readTree(response.body());
  }

  @Test
  void perfilievModeGivesThePublishedTotalsAndFlip() throws Exception {
    JsonNode view = json("/api/exposure?underlying=SPX&mode=perfiliev");
    assertThat(view.get("asOf").asText()).isEqualTo("2024-01-07T15:52:00Z");
    assertThat(view.get("spot").asDouble()).isEqualTo(4697.2402);
    JsonNode totals = view.get("totals");
    assertThat(totals.get("netGamma").asDouble()).isCloseTo(-10.9987e9, within(0.0005e9));
    assertThat(totals.get("callGamma").asDouble()).isCloseTo(111.53070033623453e9, within(1e3));
    assertThat(totals.get("putGamma").asDouble()).isCloseTo(-122.52940972636324e9, within(1e3));
    assertThat(view.get("levels").get("zeroGamma").asDouble()).isCloseTo(4734.48, within(0.01));
    assertThat(view.get("profile").get("zeroGamma").asDouble()).isCloseTo(4734.48, within(0.01));
    assertThat(view.get("unitLabel").asText()).isEqualTo("$bn per 1% move");
  }

  @Test
  void defaultModeGivesThePublishedFlipAndWalls() throws Exception {
    JsonNode view = json("/api/exposure?underlying=spx");
    JsonNode levels = view.get("levels");
    assertThat(levels.get("zeroGamma").asDouble()).isCloseTo(4733.3063, within(0.01));
    assertThat(levels.get("callWall").asDouble()).isEqualTo(4900.0);
    assertThat(levels.get("putWall").asDouble()).isEqualTo(4600.0);
    assertThat(levels.get("maxPain").asDouble()).isEqualTo(4600.0);
    JsonNode byStrike = view.get("byStrike");
    int at4900 = indexOf(byStrike.get("strike"), 4900.0);
    assertThat(byStrike.get("netGamma").get(at4900).asDouble()).isCloseTo(3.0413549e9, within(1e3));
    // Strikes within 20% of spot only, ascending; one value per strike in every series.
    List<Double> strikes = doubles(byStrike.get("strike"));
    assertThat(strikes).isSorted().allSatisfy(k -> assertThat(Math.abs(k / 4697.2402 - 1)).isLessThanOrEqualTo(0.2));
    assertThat(byStrike.get("callGamma")).hasSize(strikes.size());
    assertThat(byStrike.get("netGamma")).hasSize(strikes.size());
  }

  @Test
  void oneExpirationIsThatExpirationsSum() throws Exception {
    // Python over the CSV rows dated "Mon Jan 08 2024" (169 rows): calls 2315769296.689537,
    // puts -4529774710.496134; "Fri Jan 19 2024" (772 rows): net 2443904150.6538887.
    JsonNode monday = json("/api/exposure?underlying=SPX&mode=perfiliev&expiration=2024-01-08");
    assertThat(monday.get("totals").get("callGamma").asDouble()).isCloseTo(2.315769296689537e9, within(1e3));
    assertThat(monday.get("totals").get("putGamma").asDouble()).isCloseTo(-4.529774710496134e9, within(1e3));
    assertThat(monday.get("byExpiration").get("expiration")).hasSize(1);
    assertThat(monday.get("byExpiration").get("expiration").get(0).asText()).isEqualTo("2024-01-08");
    JsonNode friday = json("/api/exposure?underlying=SPX&mode=perfiliev&expiration=2024-01-19");
    assertThat(friday.get("totals").get("netGamma").asDouble()).isCloseTo(2.4439041506538887e9, within(1e3));
    assertThat(friday.get("expirations")).hasSize(55);
  }

  @Test
  void unitsScaleBySpot() throws Exception {
    // $ per 1% = $ per point x spot x 0.01 = shares per point x spot^2 x 0.01 (ExposureUnit).
    double perPercent = json("/api/exposure?underlying=SPX&mode=perfiliev").get("totals").get("netGamma").asDouble();
    double perPoint = json("/api/exposure?underlying=SPX&mode=perfiliev&unit=dollars_per_point").get("totals")
        .get("netGamma").asDouble();
    JsonNode shares = json("/api/exposure?underlying=SPX&mode=perfiliev&unit=SHARES_PER_POINT");
    assertThat(perPoint * 4697.2402 * 0.01).isCloseTo(perPercent, within(1e-3));
    assertThat(shares.get("totals").get("netGamma").asDouble() * 4697.2402 * 4697.2402 * 0.01).isCloseTo(perPercent, within(1e-3));
    assertThat(shares.get("unitLabel").asText()).isEqualTo("bn shares per 1-point move");
  }

  @Test
  void emptyStatesSayWhy() throws Exception {
    JsonNode zeroDte = json("/api/exposure?underlying=SPX&expiration=0dte");
    assertThat(zeroDte.get("empty").asText()).contains("2024-01-07").contains("market is closed");
    assertThat(zeroDte.has("byStrike")).isFalse();
    JsonNode expired = json("/api/exposure?underlying=SPX&expiration=2024-01-05");
    assertThat(expired.get("empty").asText()).contains("No contract of this selection has gamma exposure");
    JsonNode missing = json("/api/exposure?underlying=SPX&expiration=2030-01-02");
    assertThat(missing.get("empty").asText()).contains("no contract expiring 2030-01-02");
    JsonNode qqq = json("/api/exposure?underlying=QQQ");
    assertThat(qqq.get("empty").asText()).contains("No snapshot of QQQ");
    assertThat(json("/api/history?underlying=QQQ").get("points")).isEmpty();
    assertThat(json("/api/volatility?underlying=NDX").get("empty").asText()).contains("NDX");
    assertThat(json("/api/exposure?underlying=XYZ").get("empty").asText()).contains("holds no option quotes");
  }

  @Test
  void eachOfTheOriginalFourUnderlyingsIsServedFromItsOwnChain() throws Exception {
    SnapshotStore four = new InMemorySnapshotStore();
    Instant asOf = Instant.parse("2024-03-15T14:00:00Z");
    LocalDate april = LocalDate.of(2024, 4, 19);
    // underlying, root, spot: one call above spot (OI 1000, gamma 0.05) and one put below (OI 2000, gamma 0.04).
    Object[][] cases = {{"SPX", "SPXW", 5100.0}, {"SPY", "SPY", 510.0}, {"QQQ", "QQQ", 440.0}, {"NDX", "NDX", 18000.0}};
    for (Object[] c : cases) {
      double spot = (Double) c[2];
      List<OptionQuote> quotes = List.of(
          quote((String) c[1], april, OptionRight.CALL, Math.round(spot * 1.01), 1000, 0.05),
          quote((String) c[1], april, OptionRight.PUT, Math.round(spot * 0.99), 2000, 0.04));
      four.writeChain(new OptionChain((String) c[0], spot, asOf, quotes));
    }
    try (DashboardServer other = new DashboardServer(new DashboardData(four, DashboardData.DEFAULT_UNDERLYINGS, SUNDAY,
        Duration.ofDays(1)), InetAddress.getLoopbackAddress(), 0, 5, null)) {
      for (Object[] c : cases) {
        double spot = (Double) c[2];
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port()
            + "/api/exposure?mode=perfiliev&underlying=" + c[0])).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode view = JSON.readTree(response.body());
        // Hand computation: gamma x OI x 100 x spot^2 x 0.01, calls positive, puts negative.
        double scale = 100 * spot * spot * 0.01;
        assertThat(view.get("underlying").asText()).isEqualTo(c[0]);
        assertThat(view.get("totals").get("callGamma").asDouble()).isCloseTo(0.05 * 1000 * scale, within(1e-6 * scale));
        assertThat(view.get("totals").get("putGamma").asDouble()).isCloseTo(-0.04 * 2000 * scale, within(1e-6 * scale));
        assertThat(doubles(view.get("byStrike").get("strike")))
            .containsExactly((double) Math.round(spot * 0.99), (double) Math.round(spot * 1.01));
        assertThat(view.get("expirations")).hasSize(1);
      }
    }
  }

  static OptionQuote quote(String root, LocalDate expiration, OptionRight right,
      double strike, long openInterest, double gamma) {
    return new OptionQuote(OptionContract.of(root, expiration, right, strike),
        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0,
        openInterest, OptionalDouble.of(0.2), VendorGreeks.ofDeltaGamma(0, gamma));
  }

  @Test
  void statusListsTheOriginalFourThenTheStoresOthers() throws Exception {
    JsonNode status = json("/api/status");
    List<String> names = new ArrayList<>();
    status.get("underlyings").forEach(u -> names.add(u.get("name").asText()));
    assertThat(names).containsExactly("SPX", "SPY", "QQQ", "NDX", "XYZ");
    assertThat(status.get("underlyings").get(0).get("latest").asText()).isEqualTo("2024-01-07T15:52:00Z");
    assertThat(status.get("underlyings").get(1).get("latest").isNull()).isTrue();
    // Sunday: NYSE closed.
    assertThat(status.get("marketOpen").asBoolean()).isFalse();
    assertThat(status.get("refreshSeconds").asInt()).isEqualTo(5);
    assertThat(status.get("note").asText()).isEqualTo("test note");
  }

  @Test
  void pagesPollingTogetherQueryTheStoreOncePerPeriod() throws Exception {
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    SnapshotStore counting = watched(store, method -> {
      if (method.equals("latestChainTime")) {
        reads.incrementAndGet();
      }
    });
    try (DashboardServer other = new DashboardServer(new DashboardData(counting, DashboardData.DEFAULT_UNDERLYINGS, SUNDAY,
        Duration.ofDays(1)), InetAddress.getLoopbackAddress(), 0, 600, null)) {
      for (int page = 0; page < 10; page++) {
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + "/api/status")).build(),
            HttpResponse.BodyHandlers.ofString());
      }
    }
    // SPX, SPY, QQQ, NDX and XYZ, once.
    assertThat(reads.get()).isEqualTo(5);
  }

  @Test
  void historyHoldsTheDemoSessionThenTheRecordedSnapshot() throws Exception {
    JsonNode points = json("/api/history?underlying=SPX").get("points");
    // 09:45 .. 16:00 every 15 minutes (26) and the recorded chain.
    assertThat(points).hasSize(27);
    assertThat(points.get(0).get("asOf").asText()).isEqualTo("2024-01-05T14:45:00Z");
    assertThat(points.get(25).get("asOfLocal").asText()).isEqualTo("2024-01-05 16:00 ET");
    JsonNode last = points.get(26);
    assertThat(last.get("spot").asDouble()).isEqualTo(4697.2402);
    // The default totals equal the Perfiliev ones on this chain (SpxReferenceChainTest).
    assertThat(last.get("netGamma").asDouble()).isCloseTo(-10.9987e9, within(0.0005e9));
    assertThat(last.get("zeroGamma").asDouble()).isCloseTo(4733.3063, within(0.01));
    // The walk ends at the recorded close.
    assertThat(points.get(25).get("spot").asDouble()).isCloseTo(4697.2402, within(1e-6));
  }

  @Test
  void volatilityIsTheWalksRealizedVolatility() throws Exception {
    JsonNode body = json("/api/volatility?underlying=SPX");
    assertThat(body.get("oneHour")).hasSize(26);
    assertThat(body.get("oneDay")).hasSize(26);
    // Independent: the definition sqrt(sum r^2 * 252 * 78 / slots) over 5-minute log returns of
    // the demo's walk (its input), 78 slots for the full day, 12 for the last hour.
    TradingCalendar calendar = TradingCalendar.nyse();
    List<PriceSample> walk = DashboardDemo.walk(calendar.regularSession(LocalDate.of(2024, 1, 5)).orElseThrow(), 4697.2402);
    double day = 0;
    double hour = 0;
    for (int i = 5; i < walk.size(); i += 5) {
      double r = Math.log(walk.get(i).price() / walk.get(i - 5).price());
      day += r * r;
      if (i > walk.size() - 1 - 60) {
        hour += r * r;
      }
    }
    JsonNode close1d = body.get("oneDay").get(25);
    assertThat(close1d.get("asOf").asText()).isEqualTo("2024-01-05T21:00:00Z");
    assertThat(close1d.get("volatility").asDouble()).isCloseTo(Math.sqrt(day * 252), within(1e-12));
    assertThat(body.get("oneHour").get(25).get("volatility").asDouble()).isCloseTo(Math.sqrt(hour * 252 * 78 / 12), within(1e-12));
  }

  @Test
  void storeTextIsEscapedInTheJson() throws Exception {
    SnapshotStore hostile = new InMemorySnapshotStore();
    String name = "\"><IMG SRC=X ONERROR=ALERT(1)><SCRIPT>ALERT('X')</SCRIPT>&";
    hostile.writeChain(new OptionChain(name, 1.0, Instant.parse("2024-01-05T15:00:00Z"), List.of()));
    try (DashboardServer other = new DashboardServer(new DashboardData(hostile, List.of(), SUNDAY, Duration.ofDays(1)),
        InetAddress.getLoopbackAddress(), 0, 5, null)) {
      for (String path : List.of("/api/status", "/api/exposure?underlying=%22%3E%3CIMG", "/api/history?underlying=%3CSCRIPT%3E")) {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + other.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("<").doesNotContain(">").doesNotContain("'").doesNotContain("&");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      }
      HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + other.port() + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(status.body()).contains("\\u003CSCRIPT\\u003E");
      assertThat(JSON.readTree(status.body()).get("underlyings").get(0).get("name").asText()).isEqualTo(name);
    }
  }

  @Test
  void readOnlyLoopbackAndHeaders() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/status"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/static/plotly.js\"").doesNotContain("cdn").doesNotContain("https://");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
    HttpResponse<String> badUnit = get("/api/exposure?underlying=SPX&unit=furlongs");
    assertThat(badUnit.statusCode()).isEqualTo(400);
    assertThat(badUnit.body()).contains("unit").contains("furlongs");
    assertThat(get("/api/exposure?underlying=SPX&expiration=friday").statusCode()).isEqualTo(400);
    assertThat(get("/api/history").statusCode()).isEqualTo(400);
    // A name that resolves to this machine through someone else's DNS is refused.
    // (HttpClient will not set Host, so the request is written by hand.)
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.getOutputStream().write("GET /api/status HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(answer).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void plotlyIsServedFromTheWebjarCompressed() throws Exception {
    HttpResponse<byte[]> plain = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/static/plotly.js"))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.body().length).isGreaterThan(1_000_000);
    assertThat(new String(plain.body(), 0, 4096, StandardCharsets.UTF_8)).contains("plotly.js v3.0.1");
    HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/static/plotly.js"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
  }

  static int indexOf(JsonNode values, double wanted) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).asDouble() == wanted) {
        return i;
      }
    }
    throw new AssertionError(wanted + " not in " + values);
  }

  static List<Double> doubles(JsonNode values) {
    List<Double> out = new ArrayList<>();
    values.forEach(v -> out.add(v.asDouble()));
    return out;
  }
}
