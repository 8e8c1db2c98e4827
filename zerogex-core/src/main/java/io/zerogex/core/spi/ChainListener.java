package io.zerogex.core.spi;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;

/** Receives the updates of an option-chain subscription. */
public interface ChainListener extends StreamListener {

  /** One contract's new state, replacing its previous one in the subscription's snapshot. */
  void onQuote(OptionQuote quote);

  /**
   * The initial snapshot is complete (every strike received once and the spot known); called
   * again after each reconnect once the resent snapshot is complete.
   *
   * @param chain the merged chain at that moment
   */
  default void onSnapshot(OptionChain chain) {
  }
}
