package io.zerogex.tradestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.QuoteListener;
import io.zerogex.core.spi.ZeroGexException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest quote of each streamed symbol, merged field by field (a quote stream may resend
 * only the fields that changed). The snapshot is present from the first quote on.
 *
 * <p>This class is thread-safe.
 */
final class QuoteSubscription extends StreamSubscription<Map<String, Quote>> {

  private static final Logger LOG = LoggerFactory.getLogger(QuoteSubscription.class);

  private final QuoteListener listener;
  private final Clock clock;
  private final Map<String, ObjectNode> raw = new HashMap<>();
  private final Map<String, Quote> latest = new TreeMap<>();

  QuoteSubscription(QuoteListener listener, Clock clock, Runnable onClose) {
    super(listener, onClose);
    this.listener = listener;
    this.clock = clock;
  }

  StreamConnection.Handler handler(String endpoint) {
    return new StreamConnection.Handler() {
      @Override
      public void onConnected() {
      }

      @Override
      public void onObject(JsonNode object) {
        String vendor = JsonValues.text(object, "Symbol", "quote", endpoint);
        if (object.hasNonNull("Error")) {
          LOG.warn("quote stream {}: {} refused: {}", endpoint, vendor, object.path("Error").asText());
          return;
        }
        Quote quote;
        synchronized (QuoteSubscription.this) {
          ObjectNode merged = raw.computeIfAbsent(vendor, k -> JsonNodeFactory.instance.objectNode());
          merged.setAll((ObjectNode) object.deepCopy());
          quote = TradeStationWire.quote(merged, clock.instant(), endpoint);
          latest.put(quote.symbol(), quote);
          markReady();
        }
        safely(() -> listener.onQuote(quote));
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

  @Override
  public synchronized Optional<Map<String, Quote>> snapshot() {
    return isReady() ? Optional.of(Map.copyOf(latest)) : Optional.empty();
  }
}
