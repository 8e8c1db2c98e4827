package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.spi.ChainListener;
import io.zerogex.core.spi.ZeroGexException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The merged option chain of one expiration, fed by one option-chain stream per TradeStation root
 * (SPX and SPXW) and a spot price (a quote stream, or one REST quote for a one-off chain).
 *
 * <p>Each update is merged into the previous state of its contract field by field (a stream may
 * resend only the fields that changed; an update is matched to its contract by root, side and
 * strikes), so the snapshot holds every contract's latest full state.
 * A root's snapshot is complete when the server says so ({@code EndSnapshot}), when every
 * expected contract (strikes x 2) has arrived since the connection opened, or when the stream
 * goes idle after data (its first heartbeat). The subscription's snapshot is present once every
 * root completed and the spot is known, and stays present through reconnects (the resent snapshot
 * overwrites the contracts one by one).
 *
 * <p>This class is thread-safe: state is guarded by this object's monitor and listener calls are
 * made outside it.
 */
final class ChainSubscription extends StreamSubscription<OptionChain> {

  private static final Comparator<OptionQuote> ORDER = Comparator
      .comparing((OptionQuote q) -> q.contract().expiration())
      .thenComparingDouble(q -> q.contract().strike())
      .thenComparing(q -> q.contract().right())
      .thenComparing(q -> q.contract().root());

  private final String underlying;
  private final LocalDate expiration;
  private final ChainListener listener;
  private final Clock clock;
  private final Map<String, ObjectNode> raw = new HashMap<>();
  private final Map<String, OptionQuote> quotes = new HashMap<>();
  private final Map<String, RootState> roots = new HashMap<>();
  private double spot = Double.NaN;

  /** Per-root progress of the snapshot since the root's stream last connected. */
  private static final class RootState {
    final int expected;
    final Set<String> seen = new HashSet<>();
    boolean complete;

    RootState(int expected) {
      this.expected = expected;
    }
  }

  ChainSubscription(String underlying, LocalDate expiration, ChainListener listener, Clock clock, Runnable onClose) {
    super(listener, onClose);
    this.underlying = underlying;
    this.expiration = expiration;
    this.listener = listener;
    this.clock = clock;
  }

  /** A handler for the chain stream of {@code root}, expecting {@code expected} contracts. */
  synchronized StreamConnection.Handler rootHandler(String root, int expected) {
    RootState state = new RootState(expected);
    roots.put(root, state);
    return new StreamConnection.Handler() {
      @Override
      public void onConnected() {
        synchronized (ChainSubscription.this) {
          state.seen.clear();
          state.complete = false;
        }
      }

      @Override
      public void onObject(JsonNode object) {
        onSpread(state, object, root);
      }

      @Override
      public void onSnapshotEnd() {
        OptionChain chain;
        synchronized (ChainSubscription.this) {
          state.complete = true;
          chain = completed();
        }
        announce(chain);
      }

      @Override
      public void onFailure(ZeroGexException error, boolean reconnecting) {
        failed(error, reconnecting);
      }
    };
  }

  /** A handler for the underlying's quote stream, which keeps the spot current. */
  StreamConnection.Handler spotHandler(String endpoint) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    return new StreamConnection.Handler() {
      @Override
      public void onConnected() {
      }

      @Override
      public void onObject(JsonNode object) {
        double last;
        synchronized (ChainSubscription.this) {
          merged.setAll((ObjectNode) object.deepCopy());
          last = TradeStationWire.quote(merged, clock.instant(), endpoint).last();
        }
        spot(last);
      }

      @Override
      public void onSnapshotEnd() {
      }

      @Override
      public void onFailure(ZeroGexException error, boolean reconnecting) {
        failed(error, reconnecting);
      }
    };
  }

  /** Sets the underlying's price. */
  void spot(double value) {
    OptionChain chain;
    synchronized (this) {
      boolean first = Double.isNaN(spot);
      spot = value;
      chain = first ? completed() : null;
    }
    announce(chain);
  }

  private void onSpread(RootState state, JsonNode object, String root) {
    String endpoint = "stream/options/chains/" + root;
    String key = root + " " + TradeStationWire.spreadKey(object, endpoint);
    OptionQuote quote;
    synchronized (this) {
      ObjectNode merged = raw.computeIfAbsent(key, k -> JsonNodeFactory.instance.objectNode());
      ObjectNode candidate = merged.deepCopy();
      candidate.setAll((ObjectNode) object.deepCopy());
      quote = TradeStationWire.spread(candidate, endpoint);
      if (!quote.contract().expiration().equals(expiration) || !quote.contract().underlying().equals(underlying)) {
        return;
      }
      raw.put(key, candidate);
    }
    // The listener hears a contract before the contract enters the snapshot: another root's
    // stream or the spot stream may complete the snapshot at any moment, and a consumer woken by
    // awaitSnapshot must already have been told of every contract in it.
    safely(() -> listener.onQuote(quote));
    OptionChain chain = null;
    synchronized (this) {
      quotes.put(key, quote);
      state.seen.add(key);
      if (!state.complete && state.expected > 0 && state.seen.size() >= state.expected) {
        state.complete = true;
        chain = completed();
      }
    }
    announce(chain);
  }

  /** The chain when every root is complete and the spot known, else null; marks readiness. */
  private OptionChain completed() {
    if (Double.isNaN(spot) || roots.values().stream().anyMatch(r -> !r.complete)) {
      return null;
    }
    markReady();
    return build();
  }

  private OptionChain build() {
    List<OptionQuote> list = new ArrayList<>(quotes.values());
    list.sort(ORDER);
    return new OptionChain(underlying, spot, clock.instant(), list);
  }

  private void announce(OptionChain chain) {
    if (chain != null) {
      safely(() -> listener.onSnapshot(chain));
    }
  }

  /** Contracts received so far (for error messages). */
  synchronized int received() {
    return quotes.size();
  }

  @Override
  public synchronized Optional<OptionChain> snapshot() {
    return isReady() ? Optional.of(build()) : Optional.empty();
  }
}
