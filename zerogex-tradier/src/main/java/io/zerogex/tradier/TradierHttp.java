package io.zerogex.tradier;

import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataException;
import io.zerogex.core.spi.RateLimitedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET requests to the Tradier API with the client-side rate limit, retries and the mapping of
 * failures to the SPI's typed exceptions.
 *
 * <p>Retried (exponential backoff {@code initial * 2^(n-1)} capped at the maximum, with "equal
 * jitter": a uniform wait in [backoff / 2, backoff]): HTTP 429 (waiting at least what
 * {@code Retry-After} or {@code X-Ratelimit-Expiry} asks), 5xx other than an authentication fault
 * (Tradier answers an expired token with 500), and I/O failures including timeouts and bodies cut
 * short. Never retried: 401 and 403 ({@link AuthenticationException}), and every other 4xx
 * ({@link MarketDataException}). The token goes only into the Authorization header.
 */
final class TradierHttp {

  private static final Logger LOG = LoggerFactory.getLogger(TradierHttp.class);

  private final TradierConfig config;
  private final OkHttpClient client;
  private final HttpUrl baseUrl;
  private final RequestLimiter limiter;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  TradierHttp(TradierConfig config, OkHttpClient client, RequestLimiter limiter, Clock clock, Sleeper sleeper,
      DoubleSupplier jitter) {
    this.config = config;
    this.client = client;
    this.baseUrl = HttpUrl.get(config.baseUrl().toString());
    this.limiter = limiter;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  /**
   * Fetches {@code path} with the query parameters and returns the body of the successful
   * response.
   *
   * @param path the endpoint path, e.g. {@code /v1/markets/quotes}
   */
  byte[] get(String path, Map<String, String> query) {
    HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(path.substring(1));
    // Sorted so the same request always has the same URL (logs, caches), whatever the map's order.
    new TreeMap<>(query).forEach(url::addQueryParameter);
    Request request = new Request.Builder().url(url.build())
        .header("Authorization", "Bearer " + config.token())
        .header("Accept", "application/json")
        .get().build();
    MarketDataException last = null;
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      Duration wait = backoff(attempt);
      try {
        limiter.acquire();
        LOG.debug("GET {} {} attempt {}", path, query, attempt);
        try (Response response = client.newCall(request).execute()) {
          readAllowance(response);
          byte[] body = readBody(response.body());
          int status = response.code();
          if (response.isSuccessful()) {
            return body;
          }
          String text = new String(body, StandardCharsets.UTF_8);
          if (status == 401 || status == 403 || isAuthenticationFault(text)) {
            throw new AuthenticationException("Tradier rejected the access token (check " + TradierConfig.ENV_TOKEN
                + " and whether it belongs to the " + (config.isSandbox() ? "sandbox" : "live") + " API)",
                path, status, text, null);
          }
          if (status == 429) {
            Duration serverWait = serverWait(response);
            last = new RateLimitedException("Tradier rate limit exceeded after " + attempt + " attempts",
                path, status, text, serverWait);
            if (serverWait != null) {
              wait = serverWait.compareTo(wait) > 0 ? serverWait : wait;
            }
            limiter.pauseFor(wait);
          } else if (status >= 500) {
            last = new MarketDataException("Tradier server error after " + attempt + " attempts", path, status, text, null);
          } else {
            throw new MarketDataException("Tradier refused the request", path, status, text, null);
          }
        }
      } catch (InterruptedIOException e) {
        last = new MarketDataException("Tradier did not answer in time (" + e.getMessage() + ")", path, e);
      } catch (IOException e) {
        last = new MarketDataException("Tradier request failed (" + e.getMessage() + ")", path, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MarketDataException("interrupted while waiting for Tradier", path, e);
      }
      if (attempt < config.maxAttempts()) {
        LOG.warn("Tradier {} failed (attempt {} of {}), retrying in {} ms: {}", path, attempt,
            config.maxAttempts(), wait.toMillis(), last.getMessage());
        sleep(wait, path);
      }
    }
    throw last;
  }

  private byte[] readBody(ResponseBody body) throws IOException {
    return body == null ? new byte[0] : body.bytes();
  }

  /** The jittered exponential backoff before retry number {@code attempt}. */
  private Duration backoff(int attempt) {
    long initial = config.initialBackoff().toMillis();
    long cap = config.maxBackoff().toMillis();
    long exponential = attempt >= 31 ? cap : Math.min(cap, initial << (attempt - 1));
    return Duration.ofMillis((long) (exponential * (0.5 + 0.5 * jitter.getAsDouble())));
  }

  private void sleep(Duration wait, String path) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MarketDataException("interrupted while waiting to retry Tradier", path, e);
    }
  }

  private void readAllowance(Response response) {
    long available = parseLong(response.header("X-Ratelimit-Available"));
    long expiry = parseLong(response.header("X-Ratelimit-Expiry"));
    if (available >= 0) {
      LOG.debug("Tradier allowance: {} of {} left", available, response.header("X-Ratelimit-Allowed"));
    }
    limiter.onServerAllowance(available, expiry > 0 ? untilEpochMillis(expiry) : null);
  }

  /** Retry-After (seconds or an HTTP date), else the rate-limit window's expiry, else null. */
  private Duration serverWait(Response response) {
    String retryAfter = response.header("Retry-After");
    if (retryAfter != null) {
      long seconds = parseLong(retryAfter);
      if (seconds >= 0) {
        return Duration.ofSeconds(seconds);
      }
      try {
        ZonedDateTime at = ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration until = Duration.between(clock.instant(), at.toInstant());
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeException e) {
        LOG.debug("ignoring unreadable Retry-After '{}'", retryAfter);
      }
    }
    long expiry = parseLong(response.header("X-Ratelimit-Expiry"));
    return expiry > 0 ? untilEpochMillis(expiry) : null;
  }

  private Duration untilEpochMillis(long epochMillis) {
    // The recorded X-Ratelimit-Expiry is epoch milliseconds; accept seconds too.
    long millis = epochMillis < 100_000_000_000L ? epochMillis * 1000 : epochMillis;
    return Duration.ofMillis(Math.max(0, millis - clock.millis()));
  }

  /** Tradier answers an expired or invalid token with a fault body, sometimes under HTTP 500. */
  static boolean isAuthenticationFault(String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    return lower.contains("\"fault\"") && (lower.contains("access_token") || lower.contains("access token"));
  }

  private static long parseLong(String value) {
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
