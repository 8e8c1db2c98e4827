package io.zerogex.core.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * The source kept answering "too many requests" (HTTP 429 or a documented quota fault) after the
 * adapter's retries. Carries the wait the server asked for, when it said.
 */
public class RateLimitedException extends MarketDataException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * @param retryAfter the server's requested wait, or null when it gave none
   */
  public RateLimitedException(String message, String endpoint, int status, String body, Duration retryAfter) {
    super(message, endpoint, status, body, null);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked the client to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
