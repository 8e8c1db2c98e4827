package io.zerogex.core.spi;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A {@link MarketDataSource} that can also push updates: option-chain and quote streams with a
 * listener, kept alive by the adapter (reconnecting with backoff and resubscribing after server
 * shutdowns, dropped connections and silent stalls) until the subscription is closed.
 *
 * <p>Updates are merged per contract (or per symbol), so a consumer may ask a subscription for a
 * consistent snapshot at any time instead of folding the updates itself. Implementations are
 * thread-safe; listeners are called on the adapter's stream threads and must return quickly.
 */
public interface StreamingMarketDataSource extends MarketDataSource {

  /**
   * Streams every strike of one expiration of an underlying (all its roots, SPX and SPXW), and the
   * underlying's price for the snapshot's spot.
   *
   * @param underlying the library's symbol, e.g. {@code SPX}
   * @param expiration the expiration date
   * @param listener called for each contract update and once per completed initial snapshot
   * @return the open subscription; its snapshot is the merged chain
   * @throws MarketDataException when the source refuses another concurrent stream
   */
  Subscription<OptionChain> subscribeChain(String underlying, LocalDate expiration, ChainListener listener);

  /**
   * Streams quotes of underlyings (indexes, ETFs, stocks).
   *
   * @param symbols the library's symbols, e.g. {@code SPX}, {@code SPY}
   * @param listener called for each quote update
   * @return the open subscription; its snapshot maps each symbol to its latest quote
   * @throws MarketDataException when the source refuses another concurrent stream
   */
  Subscription<Map<String, Quote>> subscribeQuotes(List<String> symbols, QuoteListener listener);
}
