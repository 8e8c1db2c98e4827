package io.zerogex.tradestation;

import static io.zerogex.tradestation.FakeTradeStation.TOKEN_PATH;
import static io.zerogex.tradestation.FakeTradeStation.json;
import static io.zerogex.tradestation.FakeTradeStation.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.spi.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The refresh-token grant: renewal before expiry, rotation, concurrency and rejection. */
@Timeout(30)
class AccessTokensTest {

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2024-01-05T15:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private FakeTradeStation fake;
  private final MovableClock clock = new MovableClock();

  @BeforeEach
  void start() throws Exception {
    fake = new FakeTradeStation();
  }

  @AfterEach
  void stop() throws Exception {
    fake.close();
  }

  private AccessTokens tokens(TradeStationConfig config) {
    return new AccessTokens(new OkHttpClient(), config, clock, new ObjectMapper());
  }

  @Test
  void refreshesWithTheRefreshTokenGrantAndReusesTheTokenUntilTheMargin() throws Exception {
    // the documented refresh response: expires_in 1200 s
    fake.always(TOKEN_PATH, json(200, resource("oauth_token_refresh_response.json")));
    AccessTokens tokens = tokens(fake.config().tokenRefreshMargin(Duration.ofMinutes(2)).build());
    assertThat(tokens.accessToken()).isEqualTo("eGlhc2xv...MHJMaA");
    RecordedRequest request = fake.requests(TOKEN_PATH).get(0);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getBody().readUtf8()).isEqualTo("grant_type=refresh_token&client_id=client-id-SECRET1"
        + "&client_secret=client-secret-SECRET2&refresh_token=refresh-token-SECRET3");
    clock.advance(Duration.ofMinutes(17).plusSeconds(59));
    tokens.accessToken();
    assertThat(fake.requests(TOKEN_PATH)).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    tokens.accessToken();
    assertThat(fake.requests(TOKEN_PATH)).hasSize(2);
  }

  @Test
  void aRotatedRefreshTokenIsSavedBeforeUseAndUsedNext() {
    List<String> events = new ArrayList<>();
    TokenStore store = new TokenStore() {
      private String saved;

      @Override
      public Optional<String> load() {
        return Optional.ofNullable(saved);
      }

      @Override
      public void save(String refreshToken) {
        events.add("saved " + refreshToken);
        saved = refreshToken;
      }
    };
    fake.enqueue(TOKEN_PATH, json(200, "{\"access_token\":\"a1\",\"expires_in\":1200,\"refresh_token\":\"rotated-2\"}"));
    AccessTokens tokens = tokens(fake.config().tokenStore(store).build());
    String first = tokens.accessToken();
    events.add("used " + first);
    assertThat(events).containsExactly("saved rotated-2", "used a1");
    clock.advance(Duration.ofMinutes(20));
    tokens.accessToken();
    assertThat(fake.requests(TOKEN_PATH).get(1).getBody().readUtf8()).endsWith("refresh_token=rotated-2");
  }

  @Test
  void aRestartUsesTheStoredRefreshTokenOverTheConfiguredOne() {
    TokenStore store = TokenStore.inMemory();
    store.save("stored-refresh");
    tokens(fake.config().tokenStore(store).build()).accessToken();
    assertThat(fake.requests(TOKEN_PATH).get(0).getBody().readUtf8()).endsWith("refresh_token=stored-refresh");
  }

  @Test
  void concurrentCallersTriggerOneRefresh() throws Exception {
    fake.always(TOKEN_PATH, json(200, "{\"access_token\":\"shared\",\"expires_in\":1200}")
        .setBodyDelay(200, TimeUnit.MILLISECONDS));
    AccessTokens tokens = tokens(fake.config().build());
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return tokens.accessToken();
        }));
      }
      go.countDown();
      for (Future<String> r : results) {
        assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo("shared");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.requests(TOKEN_PATH)).hasSize(1);
    assertThat(tokens.refreshCount()).isEqualTo(1);
  }

  @Test
  void anInvalidRefreshTokenSaysWhatToDoWithoutPrintingSecrets() {
    fake.always(TOKEN_PATH, json(403, "{\"error\":\"invalid_grant\",\"error_description\":"
        + "\"Unknown or invalid refresh token refresh-token-SECRET3.\"}"));
    assertThatThrownBy(() -> tokens(fake.config().build()).accessToken())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.getMessage()).contains("TRADESTATION_REFRESH_TOKEN").contains("invalid_grant")
              .doesNotContain("refresh-token-SECRET3", "client-secret-SECRET2", "client-id-SECRET1");
          assertThat(e.bodyExcerpt()).doesNotContain("refresh-token-SECRET3");
        });
    assertThat(fake.requests(TOKEN_PATH)).hasSize(1);
  }

  @Test
  void tokenEndpointOutagesAreRetried() {
    fake.enqueue(TOKEN_PATH, json(502, "bad gateway")).enqueue(TOKEN_PATH, json(429, "slow down"));
    assertThat(tokens(fake.config().build()).accessToken()).isEqualTo("access-1");
    assertThat(fake.requests(TOKEN_PATH)).hasSize(3);
  }

  @Test
  void aRejectedAccessTokenIsRenewedOnlyIfItIsStillCurrent() {
    AccessTokens tokens = tokens(fake.config().build());
    String first = tokens.accessToken();
    tokens.invalidate("some-older-token");
    assertThat(tokens.accessToken()).isEqualTo(first);
    tokens.invalidate(first);
    assertThat(tokens.accessToken()).isEqualTo("access-2");
  }
}
