package io.zerogex.tradestation;

import io.zerogex.core.model.Arguments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Credentials, endpoints and tuning of the TradeStation adapter.
 *
 * <p>The client id (TradeStation's "API key"), client secret and refresh token are secrets: they
 * never appear in {@link #toString()}, in logs or in exception messages. Durations are
 * configurable so that tests run the retry, refresh and stream-recovery logic in milliseconds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TradeStationConfig {

  /** The live WebAPI base URL. */
  public static final String LIVE_BASE_URL = "https://api.tradestation.com";
  /** The simulator (paper trading) WebAPI base URL. */
  public static final String SIM_BASE_URL = "https://sim-api.tradestation.com";
  /** TradeStation's OAuth2 token endpoint. */
  public static final String DEFAULT_TOKEN_URL = "https://signin.tradestation.com/oauth/token";
  /** TradeStation's documented limit of concurrent market-data streams per user. */
  public static final int DEFAULT_MAX_CONCURRENT_STREAMS = 10;

  private final String clientId;
  private final String clientSecret;
  private final String refreshToken;
  private final String baseUrl;
  private final String tokenUrl;
  private final TokenStore tokenStore;
  private final Duration tokenRefreshMargin;
  private final int maxRetries;
  private final Duration retryInitialDelay;
  private final Duration retryMaxDelay;
  private final Duration streamInactivityTimeout;
  private final Duration reconnectInitialDelay;
  private final Duration reconnectMaxDelay;
  private final int maxConcurrentStreams;
  private final Duration snapshotTimeout;

  private TradeStationConfig(Builder b) {
    this.clientId = Arguments.notBlank(b.clientId, "clientId");
    this.clientSecret = Arguments.notBlank(b.clientSecret, "clientSecret");
    this.refreshToken = Arguments.notBlank(b.refreshToken, "refreshToken");
    this.baseUrl = stripSlash(Arguments.notBlank(b.baseUrl, "baseUrl"));
    this.tokenUrl = Arguments.notBlank(b.tokenUrl, "tokenUrl");
    this.tokenStore = b.tokenStore != null ? b.tokenStore : new FileTokenStore(FileTokenStore.defaultPath());
    this.tokenRefreshMargin = nonNegative(b.tokenRefreshMargin, "tokenRefreshMargin");
    if (b.maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + b.maxRetries);
    }
    this.maxRetries = b.maxRetries;
    this.retryInitialDelay = nonNegative(b.retryInitialDelay, "retryInitialDelay");
    this.retryMaxDelay = nonNegative(b.retryMaxDelay, "retryMaxDelay");
    this.streamInactivityTimeout = positive(b.streamInactivityTimeout, "streamInactivityTimeout");
    this.reconnectInitialDelay = nonNegative(b.reconnectInitialDelay, "reconnectInitialDelay");
    this.reconnectMaxDelay = nonNegative(b.reconnectMaxDelay, "reconnectMaxDelay");
    this.maxConcurrentStreams = Arguments.positive(b.maxConcurrentStreams, "maxConcurrentStreams");
    this.snapshotTimeout = positive(b.snapshotTimeout, "snapshotTimeout");
  }

  /** A builder with the live base URL, the standard token endpoint and production tuning. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the configuration from the process environment:
   * {@code TRADESTATION_CLIENT_ID}, {@code TRADESTATION_CLIENT_SECRET} and
   * {@code TRADESTATION_REFRESH_TOKEN} (required); {@code TRADESTATION_ENV} ({@code live}, the
   * default, or {@code sim}) or {@code TRADESTATION_BASE_URL}; {@code TRADESTATION_TOKEN_URL};
   * {@code TRADESTATION_TOKEN_FILE} (where rotated refresh tokens are kept, default
   * {@code ~/.zerogex/tradestation-refresh-token}).
   *
   * @throws IllegalArgumentException naming the missing variable (never printing a value)
   */
  public static TradeStationConfig fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} over a given variable map (for tests and for callers with their own source). */
  public static TradeStationConfig fromEnv(Map<String, String> env) {
    Builder b = builder()
        .clientId(required(env, "TRADESTATION_CLIENT_ID"))
        .clientSecret(required(env, "TRADESTATION_CLIENT_SECRET"))
        .refreshToken(required(env, "TRADESTATION_REFRESH_TOKEN"));
    String environment = env.getOrDefault("TRADESTATION_ENV", "live").strip();
    if (environment.equalsIgnoreCase("sim")) {
      b.baseUrl(SIM_BASE_URL);
    } else if (!environment.equalsIgnoreCase("live")) {
      throw new IllegalArgumentException("TRADESTATION_ENV must be live or sim, got '" + environment + "'");
    }
    String base = env.get("TRADESTATION_BASE_URL");
    if (base != null && !base.isBlank()) {
      b.baseUrl(base.strip());
    }
    String token = env.get("TRADESTATION_TOKEN_URL");
    if (token != null && !token.isBlank()) {
      b.tokenUrl(token.strip());
    }
    String file = env.get("TRADESTATION_TOKEN_FILE");
    b.tokenStore(new FileTokenStore(file == null || file.isBlank() ? FileTokenStore.defaultPath() : Path.of(file.strip())));
    return b.build();
  }

  /** True when the three credentials are all set in the process environment. */
  public static boolean isConfiguredInEnv() {
    Map<String, String> env = System.getenv();
    return present(env, "TRADESTATION_CLIENT_ID") && present(env, "TRADESTATION_CLIENT_SECRET")
        && present(env, "TRADESTATION_REFRESH_TOKEN");
  }

  /** The OAuth2 client id (TradeStation's API key); a secret. */
  public String clientId() {
    return clientId;
  }

  /** The OAuth2 client secret; a secret. */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The refresh token given at configuration; a secret. A newer one held by the
   * {@link #tokenStore()} takes precedence.
   */
  public String refreshToken() {
    return refreshToken;
  }

  /** The WebAPI base URL, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The OAuth2 token endpoint. */
  public String tokenUrl() {
    return tokenUrl;
  }

  /** Where rotated refresh tokens are saved before use. */
  public TokenStore tokenStore() {
    return tokenStore;
  }

  /** How long before its expiry an access token is renewed (default 2 minutes of its 20). */
  public Duration tokenRefreshMargin() {
    return tokenRefreshMargin;
  }

  /** Retries of a REST call after a 429, a 5xx or a dropped connection (default 3). */
  public int maxRetries() {
    return maxRetries;
  }

  /** The first retry's delay; each further retry doubles it up to {@link #retryMaxDelay()}. */
  public Duration retryInitialDelay() {
    return retryInitialDelay;
  }

  /** The longest delay between two REST attempts, also the cap on a server's Retry-After. */
  public Duration retryMaxDelay() {
    return retryMaxDelay;
  }

  /**
   * How long a stream may stay silent before it is treated as stalled and reconnected. TradeStation
   * sends a heartbeat after 5 seconds of idleness, so the default of 20 seconds is four missed
   * heartbeats.
   */
  public Duration streamInactivityTimeout() {
    return streamInactivityTimeout;
  }

  /** The first reconnect's delay; consecutive failures double it up to {@link #reconnectMaxDelay()}. */
  public Duration reconnectInitialDelay() {
    return reconnectInitialDelay;
  }

  /** The longest delay between two stream connection attempts. */
  public Duration reconnectMaxDelay() {
    return reconnectMaxDelay;
  }

  /** The most streams this adapter holds open at once (TradeStation allows 10). */
  public int maxConcurrentStreams() {
    return maxConcurrentStreams;
  }

  /** How long {@code chain(...)} waits for an option-chain stream's initial snapshot. */
  public Duration snapshotTimeout() {
    return snapshotTimeout;
  }

  /** The endpoints and tuning; the credentials are shown only as {@code <redacted>}. */
  @Override
  public String toString() {
    return "TradeStationConfig[clientId=<redacted>, clientSecret=<redacted>, refreshToken=<redacted>, baseUrl="
        + baseUrl + ", tokenUrl=" + tokenUrl + ", tokenStore=" + tokenStore + ", tokenRefreshMargin="
        + tokenRefreshMargin + ", maxRetries=" + maxRetries + ", streamInactivityTimeout="
        + streamInactivityTimeout + ", maxConcurrentStreams=" + maxConcurrentStreams + "]";
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + name + " must be set");
    }
    return value.strip();
  }

  private static boolean present(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }

  private static String stripSlash(String url) {
    String u = url.strip();
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name + " must not be null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + d);
    }
    return d;
  }

  private static Duration positive(Duration d, String name) {
    nonNegative(d, name);
    if (d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, got " + d);
    }
    return d;
  }

  /** Builds a {@link TradeStationConfig}; not thread-safe. */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private String refreshToken;
    private String baseUrl = LIVE_BASE_URL;
    private String tokenUrl = DEFAULT_TOKEN_URL;
    private TokenStore tokenStore;
    private Duration tokenRefreshMargin = Duration.ofMinutes(2);
    private int maxRetries = 3;
    private Duration retryInitialDelay = Duration.ofMillis(500);
    private Duration retryMaxDelay = Duration.ofSeconds(30);
    private Duration streamInactivityTimeout = Duration.ofSeconds(20);
    private Duration reconnectInitialDelay = Duration.ofSeconds(1);
    private Duration reconnectMaxDelay = Duration.ofMinutes(1);
    private int maxConcurrentStreams = DEFAULT_MAX_CONCURRENT_STREAMS;
    private Duration snapshotTimeout = Duration.ofSeconds(30);

    private Builder() {
    }

    /** The OAuth2 client id (TradeStation's API key). */
    public Builder clientId(String value) {
      this.clientId = value;
      return this;
    }

    /** The OAuth2 client secret. */
    public Builder clientSecret(String value) {
      this.clientSecret = value;
      return this;
    }

    /** The refresh token from the authorization-code flow (scope {@code offline_access}). */
    public Builder refreshToken(String value) {
      this.refreshToken = value;
      return this;
    }

    /** The WebAPI base URL ({@link #LIVE_BASE_URL} by default). */
    public Builder baseUrl(String value) {
      this.baseUrl = value;
      return this;
    }

    /** Selects the simulator base URL when {@code sim}, the live one otherwise. */
    public Builder simulator(boolean sim) {
      this.baseUrl = sim ? SIM_BASE_URL : LIVE_BASE_URL;
      return this;
    }

    /** The OAuth2 token endpoint ({@link #DEFAULT_TOKEN_URL} by default). */
    public Builder tokenUrl(String value) {
      this.tokenUrl = value;
      return this;
    }

    /** Where rotated refresh tokens are kept (a {@link FileTokenStore} in the home folder by default). */
    public Builder tokenStore(TokenStore value) {
      this.tokenStore = value;
      return this;
    }

    /** How long before expiry an access token is renewed. */
    public Builder tokenRefreshMargin(Duration value) {
      this.tokenRefreshMargin = value;
      return this;
    }

    /** Retries of a REST call after 429, 5xx or a dropped connection. */
    public Builder maxRetries(int value) {
      this.maxRetries = value;
      return this;
    }

    /** The first REST retry delay and the cap of the doubling delays. */
    public Builder retryDelays(Duration initial, Duration max) {
      this.retryInitialDelay = initial;
      this.retryMaxDelay = max;
      return this;
    }

    /** The silence after which a stream is treated as stalled. */
    public Builder streamInactivityTimeout(Duration value) {
      this.streamInactivityTimeout = value;
      return this;
    }

    /** The first stream reconnect delay and the cap of the doubling delays. */
    public Builder reconnectDelays(Duration initial, Duration max) {
      this.reconnectInitialDelay = initial;
      this.reconnectMaxDelay = max;
      return this;
    }

    /** The most streams held open at once. */
    public Builder maxConcurrentStreams(int value) {
      this.maxConcurrentStreams = value;
      return this;
    }

    /** How long {@code chain(...)} waits for a chain stream's initial snapshot. */
    public Builder snapshotTimeout(Duration value) {
      this.snapshotTimeout = value;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public TradeStationConfig build() {
      return new TradeStationConfig(this);
    }
  }
}
