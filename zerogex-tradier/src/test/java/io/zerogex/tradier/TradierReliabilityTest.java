package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.RateLimitedException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, timeouts and error mapping against a loopback server answering in sequence. */
class TradierReliabilityTest {

  private static final Instant NOW = Instant.parse("2024-06-28T16:06:01Z");

  private MockWebServer server;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private TradierMarketDataSource source;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    source = new TradierMarketDataSource(Fixtures.config(server), null, Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add);
  }

  @AfterEach
  void stop() throws IOException {
    source.close();
    server.shutdown();
  }

  private static MockResponse quoteOk() {
    return Fixtures.json(Fixtures.text("spx/quote.json"));
  }

  @Test
  void sendsTheTokenAsBearerAndAsksForJson() throws InterruptedException {
    server.enqueue(quoteOk());
    assertThat(source.quote("SPX").last()).isEqualTo(4697.24);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + Fixtures.TOKEN);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getPath()).isEqualTo("/v1/markets/quotes?greeks=false&symbols=SPX");
  }

  @Test
  void tooManyRequestsThenSuccessHonoursRetryAfter() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3").setBody("Rate limit exceeded"));
    server.enqueue(quoteOk());
    assertThat(source.quote("SPX").last()).isEqualTo(4697.24);
    assertThat(server.getRequestCount()).isEqualTo(2);
    // The limiter sleeps until the 3 s the server asked for have passed (the backoff alone is < 4 ms).
    assertThat(sleeps.stream().mapToLong(Duration::toMillis).sum()).isGreaterThanOrEqualTo(2_900);
  }

  @Test
  void tooManyRequestsEveryTimeIsRateLimitedWithTheServersWait() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2")
          .setHeader("X-Ratelimit-Allowed", "120").setHeader("X-Ratelimit-Available", "0"));
    }
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(RateLimitedException.class)
        .satisfies(e -> {
          RateLimitedException limited = (RateLimitedException) e;
          assertThat(limited.retryAfter()).contains(Duration.ofSeconds(2));
          assertThat(limited.status()).hasValue(429);
          assertThat(limited.endpoint()).isEqualTo("/v1/markets/quotes");
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void transientFaultThenSuccess() {
    server.enqueue(Fixtures.json(Fixtures.text("edge/fault_transient_datastore_error.json")).setResponseCode(500));
    server.enqueue(quoteOk());
    assertThat(source.quote("SPX").last()).isEqualTo(4697.24);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void serverErrorEveryTimeCarriesStatusAndBodyExcerpt() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Fixtures.json(Fixtures.text("edge/fault_transient_datastore_error.json")).setResponseCode(503));
    }
    assertThatThrownBy(() -> source.expirations("SPX")).isInstanceOf(MarketDataException.class)
        .isNotInstanceOf(AuthenticationException.class)
        .satisfies(e -> {
          MarketDataException failure = (MarketDataException) e;
          assertThat(failure.status()).hasValue(503);
          assertThat(failure.bodyExcerpt()).contains("Datastore Error");
          assertThat(failure.endpoint()).isEqualTo("/v1/markets/options/expirations");
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void plainTextUnauthorizedIsAnAuthenticationFailureWithoutRetry() {
    // As recorded from the sandbox: HTTP 401, Content-Type "plain/text" (sic), body "Invalid Access Token".
    server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "plain/text")
        .setBody("Invalid Access Token"));
    assertThatThrownBy(() -> source.bars("AAPL", Duration.ofDays(1), Instant.parse("2024-02-01T05:00:00Z"),
        Instant.parse("2024-03-01T05:00:00Z")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Invalid Access Token")
        .hasMessageNotContaining(Fixtures.TOKEN)
        .satisfies(e -> assertThat(((MarketDataException) e).status()).hasValue(401));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void expiredTokenFaultUnder500IsAnAuthenticationFailureWithoutRetry() {
    server.enqueue(Fixtures.json(Fixtures.text("edge/fault_access_token_expired.json")).setResponseCode(500));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Access Token expired");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void forbiddenAndBadRequestAreNotRetried() {
    server.enqueue(new MockResponse().setResponseCode(403).setBody("Forbidden"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(AuthenticationException.class);
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"errors\":{\"error\":\"bad symbol\"}}"));
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(MarketDataException.class)
        .isNotInstanceOf(AuthenticationException.class).hasMessageContaining("bad symbol");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void timeoutIsRetriedThenReported() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(quoteOk().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(MarketDataException.class)
        .hasMessageContaining("in time")
        .satisfies(e -> assertThat(((MarketDataException) e).status()).isEmpty());
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void timeoutThenSuccess() {
    server.enqueue(quoteOk().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(quoteOk());
    assertThat(source.quote("SPX").symbol()).isEqualTo("SPX");
  }

  @Test
  void connectionCutDuringTheBodyIsRetried() {
    server.enqueue(quoteOk().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(quoteOk());
    assertThat(source.quote("SPX").last()).isEqualTo(4697.24);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void truncatedJsonIsAMarketDataExceptionNotAJacksonOne() {
    String whole = Fixtures.text("spx/chain_2024-01-19.json");
    server.enqueue(quoteOk());
    server.enqueue(Fixtures.json(whole.substring(0, whole.length() / 3)));
    assertThatThrownBy(() -> source.chain("SPX", java.time.LocalDate.of(2024, 1, 19)))
        .isExactlyInstanceOf(MarketDataException.class).hasMessageContaining("malformed")
        .satisfies(e -> assertThat(((MarketDataException) e).status()).hasValue(200));
  }

  @Test
  void malformedSmallBodiesAreMarketDataExceptions() {
    server.enqueue(Fixtures.json("{\"quotes\": [}"));
    assertThatThrownBy(() -> source.quote("SPX")).isExactlyInstanceOf(MarketDataException.class);
    server.enqueue(Fixtures.json("<html>maintenance</html>"));
    assertThatThrownBy(() -> source.expirations("SPX")).isExactlyInstanceOf(MarketDataException.class)
        .hasMessageContaining("maintenance");
    server.enqueue(Fixtures.json("{\"fault\":{\"faultstring\":\"Datastore Error\"}}"));
    assertThatThrownBy(() -> source.clock()).isExactlyInstanceOf(MarketDataException.class);
  }

  @Test
  void exhaustedServerAllowancePausesTheNextRequestUntilExpiry() {
    long expiry = NOW.toEpochMilli() + 5_000;
    server.enqueue(quoteOk().setHeader("X-Ratelimit-Available", "0").setHeader("X-Ratelimit-Expiry", Long.toString(expiry)));
    server.enqueue(quoteOk());
    source.quote("SPX");
    assertThat(sleeps).isEmpty();
    source.quote("SPX");
    assertThat(sleeps.stream().mapToLong(Duration::toMillis).sum()).isGreaterThanOrEqualTo(4_900);
  }

  @Test
  void unknownSymbolIsReportedNotNull() {
    server.enqueue(Fixtures.json(Fixtures.text("edge/quotes_all_unmatched.json")));
    assertThatThrownBy(() -> source.quote("NOPE")).isInstanceOf(MarketDataException.class).hasMessageContaining("NOPE");
  }

  @Test
  void closedSourceRefusesRequests() {
    source.close();
    assertThatThrownBy(() -> source.quote("SPX")).isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
