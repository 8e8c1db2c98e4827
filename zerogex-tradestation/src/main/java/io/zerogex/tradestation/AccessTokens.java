package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth2 access tokens obtained with the refresh-token grant and renewed
 * {@link TradeStationConfig#tokenRefreshMargin()} before they expire (TradeStation issues them
 * for 20 minutes). Callers that need a token at the same moment share one refresh: the methods are
 * synchronized, so the first caller refreshes and the others get its result.
 *
 * <p>When the server rotates the refresh token, the new one is saved to the
 * {@link TokenStore} before the access token that came with it is handed out. The refresh token
 * in use is the store's when it holds one, else the configured one.
 *
 * <p>This class is thread-safe.
 */
final class AccessTokens {

  private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
  private static final String ENDPOINT = "oauth/token";

  private final OkHttpClient client;
  private final TradeStationConfig config;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final Backoff backoff;

  private String refreshToken;
  private String accessToken;
  private Instant expiresAt = Instant.MIN;
  private int refreshCount;

  AccessTokens(OkHttpClient client, TradeStationConfig config, Clock clock, ObjectMapper mapper) {
    this.client = client;
    this.config = config;
    this.clock = clock;
    this.mapper = mapper;
    this.backoff = new Backoff(config.retryInitialDelay(), config.retryMaxDelay());
  }

  /** A valid access token, refreshed first when absent or within the margin of its expiry. */
  synchronized String accessToken() {
    if (accessToken == null || !clock.instant().isBefore(expiresAt.minus(config.tokenRefreshMargin()))) {
      refresh();
    }
    return accessToken;
  }

  /** Forgets {@code rejected} (a 401 answered it) so the next call refreshes; a newer token is kept. */
  synchronized void invalidate(String rejected) {
    if (rejected != null && rejected.equals(accessToken)) {
      accessToken = null;
    }
  }

  /** How many refreshes have succeeded (for tests and metrics). */
  synchronized int refreshCount() {
    return refreshCount;
  }

  private void refresh() {
    if (refreshToken == null) {
      refreshToken = config.tokenStore().load().orElse(config.refreshToken());
    }
    Request request = new Request.Builder().url(config.tokenUrl())
        .post(new FormBody.Builder()
            .add("grant_type", "refresh_token")
            .add("client_id", config.clientId())
            .add("client_secret", config.clientSecret())
            .add("refresh_token", refreshToken)
            .build())
        .header("Accept", "application/json")
        .build();
    for (int attempt = 0; ; attempt++) {
      Instant requestedAt = clock.instant();
      Answer answer;
      try {
        answer = Answer.of(client, request);
      } catch (IOException e) {
        if (attempt < config.maxRetries()) {
          LOG.warn("token refresh failed ({}), retrying", e.getClass().getSimpleName());
          pause(backoff.delay(attempt));
          continue;
        }
        throw new MarketDataException("cannot reach the TradeStation token endpoint", ENDPOINT, e);
      }
      int status = answer.status();
      String body = answer.body();
      String retryAfter = answer.retryAfter();
      String safeBody = scrub(body);
      if (status == 200) {
        accept(safeBody, body, requestedAt);
        return;
      }
      if ((status == 429 || status >= 500) && attempt < config.maxRetries()) {
        LOG.warn("token refresh answered {}, retrying", status);
        pause(TradeStationRest.retryDelay(retryAfter, backoff, attempt));
        continue;
      }
      if (status == 400 || status == 401 || status == 403) {
        throw new AuthenticationException("TradeStation rejected the refresh token or client credentials; "
            + "check TRADESTATION_CLIENT_ID and TRADESTATION_CLIENT_SECRET, then obtain a new refresh token "
            + "with the authorization-code flow (scope offline_access) and set TRADESTATION_REFRESH_TOKEN "
            + "or replace the token file", ENDPOINT, status, safeBody, null);
      }
      throw new MarketDataException("the TradeStation token endpoint failed", ENDPOINT, status, safeBody, null);
    }
  }

  private void accept(String safeBody, String body, Instant requestedAt) {
    JsonNode json;
    try {
      json = mapper.readTree(body);
    } catch (IOException e) {
      throw new MarketDataException("the token endpoint answered malformed JSON", ENDPOINT, 200, safeBody, null);
    }
    JsonNode token = json.get("access_token");
    if (token == null || !token.isTextual() || token.textValue().isBlank()) {
      throw new MarketDataException("the token endpoint answered without an access_token", ENDPOINT, 200,
          "(body withheld: it may hold credentials)", null);
    }
    long seconds = JsonValues.count(json, "expires_in", "token response", ENDPOINT);
    if (seconds <= 0) {
      seconds = Duration.ofMinutes(20).toSeconds();
    }
    JsonNode rotated = json.get("refresh_token");
    if (rotated != null && rotated.isTextual() && !rotated.textValue().isBlank()
        && !rotated.textValue().equals(refreshToken)) {
      // Saved before use: once the server rotated, the old token may be revoked.
      config.tokenStore().save(rotated.textValue());
      refreshToken = rotated.textValue();
      LOG.info("TradeStation rotated the refresh token; saved to {}", config.tokenStore());
    }
    accessToken = token.textValue();
    expiresAt = requestedAt.plusSeconds(seconds);
    refreshCount++;
    LOG.debug("access token renewed, valid for {} s", seconds);
  }

  private String scrub(String body) {
    String s = body;
    for (String secret : new String[] {config.clientSecret(), config.clientId(), refreshToken, accessToken}) {
      if (secret != null && !secret.isEmpty()) {
        s = s.replace(secret, "<redacted>");
      }
    }
    return s.contains("access_token") || s.contains("refresh_token") ? "(body withheld: it may hold credentials)" : s;
  }

  private static void pause(Duration delay) {
    if (!Backoff.sleep(delay)) {
      throw new MarketDataException("interrupted while waiting to retry the token refresh", ENDPOINT, null);
    }
  }
}
