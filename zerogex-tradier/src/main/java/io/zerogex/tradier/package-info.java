/**
 * The Tradier market-data source: {@link io.zerogex.tradier.TradierMarketDataSource} configured by
 * {@link io.zerogex.tradier.TradierConfig}, with the streaming chain parser
 * {@link io.zerogex.tradier.TradierChainParser} and the market clock and calendar types.
 */
package io.zerogex.tradier;
