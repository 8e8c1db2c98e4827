/**
 * Service provider interfaces: {@link io.zerogex.core.spi.MarketDataSource} for brokers and data
 * vendors, the storage SPI for snapshot stores, and the typed unchecked exceptions adapters throw.
 * This package holds only interfaces and exceptions; implementations live in the adapter modules
 * and in {@code io.zerogex.core.support}.
 */
package io.zerogex.core.spi;
