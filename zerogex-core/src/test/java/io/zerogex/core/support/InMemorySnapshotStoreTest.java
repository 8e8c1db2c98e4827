package io.zerogex.core.support;

import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.SnapshotStoreContractTest;

/** Runs the store compatibility kit against {@link InMemorySnapshotStore}. */
class InMemorySnapshotStoreTest extends SnapshotStoreContractTest {

  @Override
  protected SnapshotStore newStore() {
    return new InMemorySnapshotStore();
  }
}
