/**
 * Implementations over local data: the Cboe delayed-quote table reader ({@link
 * io.zerogex.core.support.CboeQuoteTable}), in-memory stores and replay sources.
 */
package io.zerogex.core.support;
