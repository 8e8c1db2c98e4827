package io.zerogex.core.spi;

import io.zerogex.core.model.Quote;

/** Receives the updates of a quote subscription. */
public interface QuoteListener extends StreamListener {

  /** A symbol's new quote, under the library's symbol (e.g. {@code SPX}). */
  void onQuote(Quote quote);
}
