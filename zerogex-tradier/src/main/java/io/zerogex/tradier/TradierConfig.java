package io.zerogex.tradier;

import io.zerogex.core.model.Arguments;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Connection settings of a {@link TradierMarketDataSource}: the access token, the base URL (live
 * or sandbox), timeouts, the client-side rate limit and the retry policy.
 *
 * <p>The token is a secret: {@link #toString()} shows it as {@code ***} and no exception or log
 * line of this module contains it. The base URL must be HTTPS; plain HTTP is accepted only for a
 * loopback host ({@code localhost}, {@code 127.0.0.1}, {@code ::1}), which is what tests use.
 *
 * <p>Defaults: 10 s connect and 30 s read timeouts; at most 60 requests per rolling minute in the
 * sandbox and 120 live (Tradier's documented market-data allowances); 4 attempts per request with
 * exponential backoff from 500 ms to at most 8 s, jittered; 4 concurrent expiration fetches.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TradierConfig {

  /** The production API. */
  public static final String LIVE_URL = "https://api.tradier.com";
  /** The sandbox API (delayed data, free developer accounts). */
  public static final String SANDBOX_URL = "https://sandbox.tradier.com";
  /** Environment variable holding the access token. */
  public static final String ENV_TOKEN = "TRADIER_API_KEY";
  /** Environment variable choosing {@code sandbox} (default) or {@code live}. */
  public static final String ENV_ENVIRONMENT = "TRADIER_ENV";
  /** Environment variable overriding the base URL (for proxies and tests). */
  public static final String ENV_BASE_URL = "TRADIER_BASE_URL";

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final String token;
  private final URI baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final int requestsPerMinute;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final int concurrency;

  private TradierConfig(String token, URI baseUrl, Duration connectTimeout, Duration readTimeout,
      int requestsPerMinute, int maxAttempts, Duration initialBackoff, Duration maxBackoff, int concurrency) {
    this.token = token;
    this.baseUrl = baseUrl;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.requestsPerMinute = requestsPerMinute;
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.concurrency = concurrency;
  }

  /** Sandbox settings with the given token and the defaults above. */
  public static TradierConfig sandbox(String token) {
    return new TradierConfig(checkToken(token), checkUrl(SANDBOX_URL), Duration.ofSeconds(10),
        Duration.ofSeconds(30), 60, 4, Duration.ofMillis(500), Duration.ofSeconds(8), 4);
  }

  /** Live (production) settings with the given token and the defaults above. */
  public static TradierConfig live(String token) {
    return sandbox(token).withBaseUrl(LIVE_URL).withRequestsPerMinute(120);
  }

  /**
   * Settings from the process environment: {@value #ENV_TOKEN} (required),
   * {@value #ENV_ENVIRONMENT} ({@code sandbox} by default, or {@code live}) and optionally
   * {@value #ENV_BASE_URL}.
   *
   * @throws IllegalStateException when {@value #ENV_TOKEN} is not set, saying what to set
   */
  public static TradierConfig fromEnv() {
    return fromEnv(System.getenv());
  }

  /** As {@link #fromEnv()}, reading the given variables instead of the process environment. */
  public static TradierConfig fromEnv(Map<String, String> environment) {
    Arguments.notNull(environment, "environment");
    String token = environment.get(ENV_TOKEN);
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("set " + ENV_TOKEN + " to a Tradier access token (sandbox tokens"
          + " come with a free developer account at developer.tradier.com); " + ENV_ENVIRONMENT
          + "=live selects the production API, sandbox is the default");
    }
    String environmentName = environment.getOrDefault(ENV_ENVIRONMENT, "sandbox").strip().toLowerCase(Locale.ROOT);
    TradierConfig config;
    switch (environmentName) {
      case "sandbox":
        config = sandbox(token.strip());
        break;
      case "live":
      case "production":
        config = live(token.strip());
        break;
      default:
        throw new IllegalArgumentException(ENV_ENVIRONMENT + " must be sandbox or live, got '" + environmentName + "'");
    }
    String url = environment.get(ENV_BASE_URL);
    return url == null || url.isBlank() ? config : config.withBaseUrl(url.strip());
  }

  /** A copy with another base URL: HTTPS, or HTTP on a loopback host. */
  public TradierConfig withBaseUrl(String url) {
    return new TradierConfig(token, checkUrl(url), connectTimeout, readTimeout, requestsPerMinute,
        maxAttempts, initialBackoff, maxBackoff, concurrency);
  }

  /** A copy with other connect and read timeouts, each &gt; 0. */
  public TradierConfig withTimeouts(Duration connect, Duration read) {
    return new TradierConfig(token, baseUrl, positive(connect, "connect"), positive(read, "read"),
        requestsPerMinute, maxAttempts, initialBackoff, maxBackoff, concurrency);
  }

  /** A copy whose client-side limiter allows at most this many requests per rolling minute. */
  public TradierConfig withRequestsPerMinute(int perMinute) {
    return new TradierConfig(token, baseUrl, connectTimeout, readTimeout, Arguments.positive(perMinute, "perMinute"),
        maxAttempts, initialBackoff, maxBackoff, concurrency);
  }

  /**
   * A copy with another retry policy: at most {@code attempts} tries per request (1 = no retry),
   * waiting {@code initial * 2^(n-1)}, capped at {@code max}, with jitter between retries.
   */
  public TradierConfig withRetries(int attempts, Duration initial, Duration max) {
    positive(initial, "initial");
    positive(max, "max");
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max must be >= initial, got max " + max + " and initial " + initial);
    }
    return new TradierConfig(token, baseUrl, connectTimeout, readTimeout, requestsPerMinute,
        Arguments.positive(attempts, "attempts"), initial, max, concurrency);
  }

  /** A copy fetching at most {@code threads} expirations at once in {@code chain(underlying)}. */
  public TradierConfig withConcurrency(int threads) {
    return new TradierConfig(token, baseUrl, connectTimeout, readTimeout, requestsPerMinute,
        maxAttempts, initialBackoff, maxBackoff, Arguments.positive(threads, "threads"));
  }

  /** The access token; callers must not log it. */
  String token() {
    return token;
  }

  /** The base URL, e.g. {@code https://sandbox.tradier.com}, without a trailing slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** True when the base URL is the sandbox. */
  public boolean isSandbox() {
    return baseUrl.toString().equals(SANDBOX_URL);
  }

  /** The TCP connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The socket read timeout. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The client-side allowance, requests per rolling minute. */
  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  /** Tries per request, including the first. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest wait between retries, before jitter (a server's Retry-After may ask for more). */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Concurrent expiration fetches of a whole-chain request. */
  public int concurrency() {
    return concurrency;
  }

  /** The settings with the token masked. */
  @Override
  public String toString() {
    return "TradierConfig[token=***, baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", requestsPerMinute=" + requestsPerMinute
        + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", concurrency=" + concurrency + "]";
  }

  private static String checkToken(String token) {
    Arguments.notNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      // The message must not echo the token, only say what is wrong with it.
      throw new IllegalArgumentException("token must be printable ASCII without spaces");
    }
    return token;
  }

  private static URI checkUrl(String url) {
    Arguments.notBlank(url, "url");
    URI uri;
    try {
      uri = URI.create(url.strip().replaceAll("/+$", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("url is not a valid URL, got '" + url + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()) {
      throw new IllegalArgumentException("url must have a host, got '" + url + "'");
    }
    if (uri.getUserInfo() != null || uri.getQuery() != null) {
      throw new IllegalArgumentException("url must not carry credentials or a query, got '" + url + "'");
    }
    boolean loopbackHttp = scheme.equals("http") && LOOPBACK_HOSTS.contains(host);
    if (!scheme.equals("https") && !loopbackHttp) {
      throw new IllegalArgumentException("url must be https (http only on a loopback host), got '" + url + "'");
    }
    return uri;
  }

  private static Duration positive(Duration value, String name) {
    Arguments.notNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
    return value;
  }
}
