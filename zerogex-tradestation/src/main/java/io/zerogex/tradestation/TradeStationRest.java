package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.RateLimitedException;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authorized GET requests to the WebAPI with retries: a 429, a 5xx or a dropped connection is
 * retried up to {@link TradeStationConfig#maxRetries()} times with exponential backoff (or the
 * server's Retry-After, capped); a 401 renews the access token once and retries; anything else
 * fails at once with a typed exception. Bodies are parsed as JSON; a malformed body is a
 * {@link MarketDataException}, never a raw parser exception.
 *
 * <p>This class is thread-safe.
 */
final class TradeStationRest {

  private static final Logger LOG = LoggerFactory.getLogger(TradeStationRest.class);

  private final OkHttpClient client;
  private final AccessTokens tokens;
  private final TradeStationConfig config;
  private final ObjectMapper mapper;
  private final Backoff backoff;
  private final HttpUrl base;

  TradeStationRest(OkHttpClient client, AccessTokens tokens, TradeStationConfig config, ObjectMapper mapper) {
    this.client = client;
    this.tokens = tokens;
    this.config = config;
    this.mapper = mapper;
    this.backoff = new Backoff(config.retryInitialDelay(), config.retryMaxDelay());
    HttpUrl parsed = HttpUrl.parse(config.baseUrl());
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL, got '" + config.baseUrl() + "'");
    }
    this.base = parsed;
  }

  /** A URL builder at the base URL. */
  HttpUrl.Builder url() {
    return base.newBuilder();
  }

  /** The JSON body of an authorized GET. */
  JsonNode get(HttpUrl url) {
    String endpoint = url.encodedPath();
    boolean renewed = false;
    for (int attempt = 0; ; attempt++) {
      String token = tokens.accessToken();
      Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + token)
          .header("Accept", "application/json").build();
      Answer answer;
      try {
        answer = Answer.of(client, request);
      } catch (IOException e) {
        if (attempt < config.maxRetries()) {
          LOG.warn("GET {} failed ({}), retry {} of {}", endpoint, e.getClass().getSimpleName(), attempt + 1,
              config.maxRetries());
          pause(backoff.delay(attempt), endpoint);
          continue;
        }
        throw new MarketDataException("GET failed after " + (attempt + 1) + " attempts: " + e.getClass().getSimpleName(),
            endpoint, e);
      }
      int status = answer.status();
      String body = answer.body();
      String retryAfter = answer.retryAfter();
      if (status == 200) {
        return parse(body, endpoint);
      }
      if (status == 401 && !renewed) {
        renewed = true;
        tokens.invalidate(token);
        attempt--;
        continue;
      }
      if (status == 401 || status == 403) {
        throw new AuthenticationException(status == 401
            ? "TradeStation rejected a freshly renewed access token; check the app's scopes (MarketData) "
                + "and that the refresh token belongs to this client id"
            : "TradeStation refused access; the account or app lacks the market-data permission for this request",
            endpoint, status, body, null);
      }
      boolean transientFailure = status == 429 || status >= 500;
      if (transientFailure && attempt < config.maxRetries()) {
        Duration wait = retryDelay(retryAfter, backoff, attempt);
        LOG.warn("GET {} answered {}, retry {} of {} in {} ms", endpoint, status, attempt + 1, config.maxRetries(),
            wait.toMillis());
        pause(wait, endpoint);
        continue;
      }
      if (status == 429) {
        throw new RateLimitedException("TradeStation kept answering too many requests after "
            + (attempt + 1) + " attempts", endpoint, status, body, parseRetryAfter(retryAfter));
      }
      throw new MarketDataException(transientFailure
          ? "GET failed after " + (attempt + 1) + " attempts" : "GET failed", endpoint, status, body, null);
    }
  }

  JsonNode parse(String body, String endpoint) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || !node.isObject()) {
        throw new MarketDataException("expected a JSON object", endpoint, 200, body, null);
      }
      return node;
    } catch (IOException e) {
      throw new MarketDataException("malformed JSON", endpoint, 200, body, e);
    }
  }

  /** The server's Retry-After (seconds) capped at the backoff's maximum, else the backoff delay. */
  static Duration retryDelay(String retryAfter, Backoff backoff, int attempt) {
    Duration asked = parseRetryAfter(retryAfter);
    if (asked == null) {
      return backoff.delay(attempt);
    }
    return asked.compareTo(backoff.max()) > 0 ? backoff.max() : asked;
  }

  private static Duration parseRetryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void pause(Duration delay, String endpoint) {
    if (!Backoff.sleep(delay)) {
      throw new MarketDataException("interrupted while waiting to retry", endpoint, null);
    }
  }
}
