package io.zerogex.tradestation;

import static io.zerogex.tradestation.FakeTradeStation.SPXW_CHAIN;
import static io.zerogex.tradestation.FakeTradeStation.SPXW_SPREADS;
import static io.zerogex.tradestation.FakeTradeStation.SPX_QUOTE_STREAM;
import static io.zerogex.tradestation.FakeTradeStation.heartbeat;
import static io.zerogex.tradestation.FakeTradeStation.json;
import static io.zerogex.tradestation.FakeTradeStation.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.ChainListener;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.QuoteListener;
import io.zerogex.core.spi.Subscription;
import io.zerogex.core.spi.ZeroGexException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chain and quote streams against a loopback TradeStation: chunking, heartbeats, GoAway, stalls,
 * expired tokens, fatal errors and the stream limit. Every wait is bounded.
 */
@Timeout(30)
class TradeStationStreamingTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-05T15:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate JAN5 = LocalDate.of(2024, 1, 5);
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeTradeStation fake;
  private TradeStationMarketDataSource source;

  /** Records every callback. */
  private static final class Recorder implements ChainListener, QuoteListener {
    final List<OptionQuote> quotes = Collections.synchronizedList(new ArrayList<>());
    final List<Quote> underlyingQuotes = Collections.synchronizedList(new ArrayList<>());
    final List<OptionChain> snapshots = Collections.synchronizedList(new ArrayList<>());
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    volatile ZeroGexException fatal;

    @Override
    public void onQuote(OptionQuote quote) {
      quotes.add(quote);
    }

    @Override
    public void onQuote(Quote quote) {
      underlyingQuotes.add(quote);
    }

    @Override
    public void onSnapshot(OptionChain chain) {
      snapshots.add(chain);
    }

    @Override
    public void onStreamError(ZeroGexException error, boolean reconnecting) {
      errors.add(error.getMessage());
      if (!reconnecting) {
        fatal = error;
      }
    }
  }

  @BeforeEach
  void start() throws Exception {
    fake = new FakeTradeStation();
    fake.listSpx();
    fake.always(SPX_QUOTE_STREAM, trickle(Duration.ofMillis(100), 50, FakeTradeStation.quoteObject("$SPX.X", "4697.24")));
  }

  @AfterEach
  void stop() throws Exception {
    if (source != null) {
      source.close();
    }
    fake.close();
  }

  private TradeStationMarketDataSource source(TradeStationConfig.Builder config) {
    source = new TradeStationMarketDataSource(config.build(), new OkHttpClient(), CLOCK);
    return source;
  }

  /**
   * A stream whose lines (padded with JSON whitespace to one length) arrive one per {@code gap},
   * the data lines first, then {@code heartbeats} heartbeats.
   */
  private static MockResponse trickle(Duration gap, int heartbeats, String... data) {
    List<String> lines = new ArrayList<>(List.of(data));
    for (int i = 1; i <= heartbeats; i++) {
      lines.add(heartbeat(i));
    }
    int width = lines.stream().mapToInt(String::length).max().orElse(1);
    Buffer body = new Buffer();
    for (String line : lines) {
      body.writeUtf8(line).writeUtf8(" ".repeat(width - line.length())).writeUtf8("\n");
    }
    return new MockResponse().setHeader("Content-Type", "application/vnd.tradestation.streams.v2+json")
        .setBody(body).throttleBody(width + 1, gap.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  @Test
  void chainSubscriptionMergesObjectsSplitIntoOneByteChunks() throws Exception {
    fake.always(SPXW_CHAIN, stream(1, SPXW_SPREADS));
    Recorder recorder = new Recorder();
    try (Subscription<OptionChain> sub = source(fake.config()).subscribeChain("SPX", JAN5, recorder)) {
      assertThat(sub.awaitSnapshot(WAIT)).isTrue();
      OptionChain chain = sub.snapshot().orElseThrow();
      assertThat(chain.spot()).isEqualTo(4697.24);
      assertThat(chain.quotes()).extracting(q -> q.contract().symbol()).containsExactly(
          "SPXW240105C04700000", "SPXW240105P04700000", "SPXW240105C04750000", "SPXW240105P04750000");
      awaitTrue(() -> !recorder.snapshots.isEmpty(), "the listener's snapshot");
      assertThat(recorder.snapshots.get(0).size()).isEqualTo(4);
      assertThat(recorder.quotes).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void goAwayMidStreamReconnectsResubscribesAndMergesTheResentSnapshot() throws Exception {
    String updatedCall = FakeTradeStation.spread("SPXW 240105C4700", "Call", "4700", "13.0", "13.4", 1100, "0.0023");
    fake.enqueue(SPXW_CHAIN, stream(50, SPXW_SPREADS[0], SPXW_SPREADS[1], FakeTradeStation.compact("stream_error_goaway_object.json")))
        .always(SPXW_CHAIN, trickle(Duration.ofMillis(20), 100, updatedCall, SPXW_SPREADS[1], SPXW_SPREADS[2],
            SPXW_SPREADS[3]));
    Recorder recorder = new Recorder();
    try (Subscription<OptionChain> sub = source(fake.config()).subscribeChain("SPX", JAN5, recorder)) {
      assertThat(sub.awaitSnapshot(WAIT)).isTrue();
      OptionQuote call = sub.snapshot().orElseThrow().quotes().get(0);
      assertThat(call.bid().getAsDouble()).isEqualTo(13.0);
      assertThat(call.openInterest()).isEqualTo(1100);
      assertThat(sub.snapshot().orElseThrow().size()).isEqualTo(4);
      assertThat(recorder.errors).anyMatch(m -> m.contains("GoAway"));
      assertThat(fake.requests(SPXW_CHAIN)).hasSize(2);
      assertThat(fake.requests(SPXW_CHAIN).get(1).getRequestUrl().query())
          .isEqualTo(fake.requests(SPXW_CHAIN).get(0).getRequestUrl().query());
      assertThat(sub.isOpen()).isTrue();
    }
  }

  @Test
  void updatesCarryingOnlyChangedFieldsMergeIntoTheirContract() throws Exception {
    String partial = "{\"Side\":\"Call\",\"Strikes\":[\"4700\"],\"Bid\":\"12.9\",\"Volume\":77}";
    fake.always(SPXW_CHAIN, trickle(Duration.ofMillis(20), 100, SPXW_SPREADS[0], SPXW_SPREADS[1], SPXW_SPREADS[2],
        SPXW_SPREADS[3], partial));
    Recorder recorder = new Recorder();
    try (Subscription<OptionChain> sub = source(fake.config()).subscribeChain("SPX", JAN5, recorder)) {
      awaitTrue(() -> recorder.quotes.size() >= 5, "the partial update");
      OptionQuote call = sub.snapshot().orElseThrow().quotes().get(0);
      assertThat(call.contract().symbol()).isEqualTo("SPXW240105C04700000");
      assertThat(call.bid().getAsDouble()).isEqualTo(12.9);
      assertThat(call.volume()).isEqualTo(77);
      assertThat(call.ask().getAsDouble()).as("kept from the full object").isEqualTo(12.5);
      assertThat(call.openInterest()).isEqualTo(1000);
      assertThat(sub.snapshot().orElseThrow().size()).isEqualTo(4);
    }
  }

  @Test
  void heartbeatOnlyPeriodsKeepTheStreamAliveWithoutReconnecting() throws Exception {
    // heartbeats every 50 ms for 2 s against a 600 ms inactivity timeout, watched for twice the timeout
    fake.always(SPXW_CHAIN, trickle(Duration.ofMillis(50), 40, SPXW_SPREADS));
    Recorder recorder = new Recorder();
    try (Subscription<OptionChain> sub = source(fake.config().streamInactivityTimeout(Duration.ofMillis(600)))
        .subscribeChain("SPX", JAN5, recorder)) {
      assertThat(sub.awaitSnapshot(WAIT)).isTrue();
      Thread.sleep(1200);
      assertThat(fake.requests(SPXW_CHAIN)).hasSize(1);
      assertThat(recorder.errors).isEmpty();
    }
  }

  @Test
  void aSilentStallTripsTheInactivityTimeoutAndReconnects() throws Exception {
    // the first connection sends two contracts, then nothing for 2 s; the timeout is 200 ms
    fake.enqueue(SPXW_CHAIN, trickle(Duration.ofMillis(2000), 0, SPXW_SPREADS[0], SPXW_SPREADS[1], heartbeat(9)))
        .always(SPXW_CHAIN, trickle(Duration.ofMillis(20), 100, SPXW_SPREADS));
    Recorder recorder = new Recorder();
    try (Subscription<OptionChain> sub = source(fake.config().streamInactivityTimeout(Duration.ofMillis(200)))
        .subscribeChain("SPX", JAN5, recorder)) {
      assertThat(sub.awaitSnapshot(WAIT)).isTrue();
      assertThat(sub.snapshot().orElseThrow().size()).isEqualTo(4);
      assertThat(recorder.errors).anyMatch(m -> m.contains("silent for 200 ms"));
      assertThat(fake.requests(SPXW_CHAIN).size()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void droppedConnectionsAndServerErrorsReconnectWithBackoff() throws Exception {
    fake.enqueue(SPXW_CHAIN, json(503, "{\"Error\":\"ServiceUnavailable\",\"Message\":\"busy\"}"))
        .enqueue(SPXW_CHAIN, new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST))
        .always(SPXW_CHAIN, trickle(Duration.ofMillis(20), 100, SPXW_SPREADS));
    Recorder recorder = new Recorder();
    try (Subscription<OptionChain> sub = source(fake.config()).subscribeChain("SPX", JAN5, recorder)) {
      assertThat(sub.awaitSnapshot(WAIT)).isTrue();
      // OkHttp itself retries a GET whose connection dropped before the response; the 503 is ours
      assertThat(fake.requests(SPXW_CHAIN)).hasSize(3);
      assertThat(recorder.errors).anyMatch(m -> m.contains("status 503"));
    }
  }

  @Test
  void anExpiredTokenOnAStreamIsRenewedAndTheStreamResubscribed() throws Exception {
    fake.enqueue(SPXW_CHAIN, json(401, "{\"Error\":\"Unauthorized\",\"Message\":\"token expired\"}"))
        .always(SPXW_CHAIN, trickle(Duration.ofMillis(20), 100, SPXW_SPREADS));
    try (Subscription<OptionChain> sub = source(fake.config()).subscribeChain("SPX", JAN5, new Recorder())) {
      assertThat(sub.awaitSnapshot(WAIT)).isTrue();
      assertThat(fake.requests(SPXW_CHAIN)).extracting(r -> r.getHeader("Authorization"))
          .containsExactly("Bearer access-1", "Bearer access-2");
    }
  }

  @Test
  void forbiddenStreamClosesTheSubscriptionForGood() throws Exception {
    fake.always(SPXW_CHAIN, json(403, "{\"Error\":\"Forbidden\",\"Message\":\"no options data\"}"));
    Recorder recorder = new Recorder();
    Subscription<OptionChain> sub = source(fake.config()).subscribeChain("SPX", JAN5, recorder);
    assertThat(sub.awaitSnapshot(WAIT)).isFalse();
    assertThat(sub.isOpen()).isFalse();
    assertThat(recorder.fatal).isInstanceOf(AuthenticationException.class);
    assertThat(fake.requests(SPXW_CHAIN)).hasSize(1);
  }

  @Test
  void quoteSubscriptionMergesPartialUpdatesPerSymbol() throws Exception {
    String path = "/v3/marketdata/stream/quotes/$SPX.X,SPY";
    fake.always(path, trickle(Duration.ofMillis(10), 100, FakeTradeStation.quoteObject("$SPX.X", "4697.24"),
        FakeTradeStation.quoteObject("SPY", "467.92"), "{\"Symbol\":\"$SPX.X\",\"Last\":\"4698.5\"}"));
    Recorder recorder = new Recorder();
    try (Subscription<Map<String, Quote>> sub = source(fake.config()).subscribeQuotes(List.of("SPX", "SPY"), recorder)) {
      awaitTrue(() -> recorder.underlyingQuotes.size() >= 3, "three quotes");
      Map<String, Quote> latest = sub.snapshot().orElseThrow();
      assertThat(latest.get("SPX").last()).isEqualTo(4698.5);
      // the partial update kept the bid and ask of the full object before it
      assertThat(latest.get("SPX").bid().getAsDouble()).isEqualTo(4697.24);
      assertThat(latest.get("SPY").last()).isEqualTo(467.92);
    }
  }

  @Test
  void streamsBeyondTheLimitAreRefusedUntilOneCloses() throws Exception {
    fake.always(SPXW_CHAIN, trickle(Duration.ofMillis(20), 100, SPXW_SPREADS));
    TradeStationMarketDataSource limited = source(fake.config().maxConcurrentStreams(2));
    Subscription<OptionChain> chain = limited.subscribeChain("SPX", JAN5, new Recorder());
    assertThatThrownBy(() -> limited.subscribeQuotes(List.of("SPY"), new Recorder()))
        .isInstanceOf(MarketDataException.class).hasMessageContaining("at most 2 concurrent streams");
    chain.close();
    long deadline = System.nanoTime() + WAIT.toNanos();
    Subscription<Map<String, Quote>> quotes = null;
    while (quotes == null) {
      try {
        quotes = limited.subscribeQuotes(List.of("SPY"), new Recorder());
      } catch (MarketDataException e) {
        assertThat(System.nanoTime()).as("stream permits released after close").isLessThan(deadline);
        Thread.sleep(5);
      }
    }
    quotes.close();
  }
}
