package io.zerogex.core.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * An open stream subscription of a {@link StreamingMarketDataSource}: holds the merged state of
 * every update received so far and releases its connections on {@link #close()}.
 *
 * @param <T> the snapshot type: {@code OptionChain} for a chain, a symbol-to-quote map for quotes
 */
public interface Subscription<T> extends AutoCloseable {

  /**
   * The merged state at this instant: every contract's (or symbol's) latest update, taken
   * atomically so that no update is half applied. Empty until the first snapshot has arrived: for
   * a chain, the stream's initial snapshot of every strike and the underlying's price; for quotes,
   * the first quote (the map then holds the symbols quoted so far).
   */
  Optional<T> snapshot();

  /**
   * Waits until {@link #snapshot()} is present.
   *
   * @param timeout the longest wait
   * @return true when the snapshot is present, false when the wait timed out or the subscription
   *     closed first
   * @throws InterruptedException when the waiting thread is interrupted
   */
  boolean awaitSnapshot(Duration timeout) throws InterruptedException;

  /** True until {@link #close()} or a fatal error (for example rejected credentials). */
  boolean isOpen();

  /** Stops the streams and releases their connections; idempotent. */
  @Override
  void close();
}
