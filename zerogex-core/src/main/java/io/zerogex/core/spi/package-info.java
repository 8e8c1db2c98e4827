/**
 * Service provider interfaces: {@link io.zerogex.core.spi.MarketDataSource} for brokers and data
 * vendors, {@link io.zerogex.core.spi.SnapshotStore} for snapshot stores (with
 * {@link io.zerogex.core.spi.StoredValues}, the input checks every store shares so all behave
 * alike), and the typed unchecked exceptions adapters throw. Implementations live in the adapter
 * modules and in {@code io.zerogex.core.support}.
 */
package io.zerogex.core.spi;
