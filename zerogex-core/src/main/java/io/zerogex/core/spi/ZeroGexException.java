package io.zerogex.core.spi;

/**
 * Base of the library's unchecked I/O exceptions. Messages never contain secrets (API keys,
 * client secrets, refresh or access tokens).
 */
public class ZeroGexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public ZeroGexException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public ZeroGexException(String message, Throwable cause) {
    super(message, cause);
  }
}
