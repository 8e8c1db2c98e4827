package io.zerogex.tradestation;

import io.zerogex.core.spi.StreamListener;
import io.zerogex.core.spi.Subscription;
import io.zerogex.core.spi.ZeroGexException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life cycle shared by chain and quote subscriptions: the streams, the open flag, the first
 * fatal error, waiting for the first snapshot, and closing. Merged state and the snapshot live in
 * the subclasses, guarded by this object's monitor.
 *
 * @param <T> the snapshot type
 */
abstract class StreamSubscription<T> implements Subscription<T> {

  private static final Logger LOG = LoggerFactory.getLogger(StreamSubscription.class);

  private final List<StreamConnection> streams = new ArrayList<>();
  private final StreamListener listener;
  private final Runnable onClose;
  private boolean open = true;
  private boolean ready;
  private ZeroGexException fatal;

  StreamSubscription(StreamListener listener, Runnable onClose) {
    this.listener = listener;
    this.onClose = onClose;
  }

  final synchronized void add(StreamConnection stream) {
    streams.add(stream);
  }

  final void start() {
    List<StreamConnection> copy;
    synchronized (this) {
      copy = List.copyOf(streams);
    }
    copy.forEach(StreamConnection::start);
  }

  /** Marks the first snapshot as present and wakes the waiters. */
  final synchronized void markReady() {
    ready = true;
    notifyAll();
  }

  final synchronized boolean isReady() {
    return ready;
  }

  /** The fatal error that closed the subscription, if any. */
  final synchronized Optional<ZeroGexException> failure() {
    return Optional.ofNullable(fatal);
  }

  /** Reports a stream failure to the listener; a final one closes the whole subscription. */
  final void failed(ZeroGexException error, boolean reconnecting) {
    if (!reconnecting) {
      synchronized (this) {
        if (fatal == null) {
          fatal = error;
        }
      }
    }
    // The listener hears of a fatal error before waiters see the subscription closed.
    safely(() -> listener.onStreamError(error, reconnecting));
    if (!reconnecting) {
      close();
    }
  }

  /** Runs listener code, logging instead of propagating what it throws. */
  static void safely(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("a stream listener threw {}; the stream continues", e.toString());
    }
  }

  @Override
  public final boolean awaitSnapshot(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (!ready && open) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      return ready;
    }
  }

  @Override
  public final synchronized boolean isOpen() {
    return open;
  }

  @Override
  public final void close() {
    List<StreamConnection> copy;
    synchronized (this) {
      if (!open) {
        return;
      }
      open = false;
      notifyAll();
      copy = List.copyOf(streams);
    }
    copy.forEach(StreamConnection::close);
    onClose.run();
  }
}
