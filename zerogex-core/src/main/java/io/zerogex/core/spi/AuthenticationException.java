package io.zerogex.core.spi;

/**
 * The source rejected the credentials (HTTP 401 or 403, an expired or invalid token, a revoked
 * refresh token). Never retried automatically; the message says what to do and never contains
 * the credential itself.
 */
public class AuthenticationException extends MarketDataException {

  private static final long serialVersionUID = 1L;

  /** See {@link MarketDataException#MarketDataException(String, String, int, String, Throwable)}. */
  public AuthenticationException(String message, String endpoint, int status, String body, Throwable cause) {
    super(message, endpoint, status, body, cause);
  }
}
