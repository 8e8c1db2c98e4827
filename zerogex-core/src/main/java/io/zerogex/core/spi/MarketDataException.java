package io.zerogex.core.spi;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A market-data request failed: the endpoint answered with an error, an unreadable body, or not
 * at all. Carries the endpoint (a path, never a URL with credentials), the HTTP status when there
 * was one, and a short excerpt of the body (at most {@value #MAX_EXCERPT} characters).
 */
public class MarketDataException extends ZeroGexException {

  private static final long serialVersionUID = 1L;

  /** The longest body excerpt kept, in characters. */
  public static final int MAX_EXCERPT = 200;

  private final String endpoint;
  private final int status;
  private final String bodyExcerpt;

  /**
   * A failure with an HTTP status.
   *
   * @param message what failed, in a sentence
   * @param endpoint the endpoint path, e.g. {@code /v1/markets/options/chains}
   * @param status the HTTP status, or -1 when no response was received
   * @param body the response body (shortened here), or null
   * @param cause the cause, or null
   */
  public MarketDataException(String message, String endpoint, int status, String body, Throwable cause) {
    super(compose(message, endpoint, status, excerpt(body)), cause);
    this.endpoint = Objects.requireNonNullElse(endpoint, "");
    this.status = status;
    this.bodyExcerpt = excerpt(body);
  }

  /** A failure with no HTTP response (connection, timeout, parse of a local file). */
  public MarketDataException(String message, String endpoint, Throwable cause) {
    this(message, endpoint, -1, null, cause);
  }

  /** The endpoint path that failed. */
  public String endpoint() {
    return endpoint;
  }

  /** The HTTP status, when a response was received. */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** The start of the response body, at most {@value #MAX_EXCERPT} characters, or "". */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** Shortens a body to {@value #MAX_EXCERPT} characters on one line. */
  static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_EXCERPT ? oneLine : oneLine.substring(0, MAX_EXCERPT) + "...";
  }

  private static String compose(String message, String endpoint, int status, String excerpt) {
    StringBuilder s = new StringBuilder(message);
    if (endpoint != null && !endpoint.isEmpty()) {
      s.append(" [endpoint ").append(endpoint);
      if (status >= 0) {
        s.append(", status ").append(status);
      }
      s.append(']');
    }
    if (!excerpt.isEmpty()) {
      s.append(": ").append(excerpt);
    }
    return s.toString();
  }
}
