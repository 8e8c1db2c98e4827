package io.zerogex.core.spi;

/**
 * Callbacks common to every stream listener. Called on the adapter's stream threads; an exception
 * thrown by a callback is logged by the adapter and does not stop the stream.
 */
public interface StreamListener {

  /**
   * The stream failed: the server sent an error or a shutdown notice, the connection dropped or
   * went silent, or the credentials were rejected.
   *
   * @param error what failed (never containing a secret)
   * @param reconnecting true when the adapter will reconnect and resubscribe after a backoff,
   *     false when the subscription is closed for good (for example on an
   *     {@link AuthenticationException})
   */
  default void onStreamError(ZeroGexException error, boolean reconnecting) {
  }
}
