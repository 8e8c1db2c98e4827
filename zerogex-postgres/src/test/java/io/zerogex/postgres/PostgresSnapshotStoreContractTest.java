package io.zerogex.postgres;

import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.SnapshotStoreContractTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Runs the store compatibility kit against PostgreSQL, each test in a fresh schema. */
class PostgresSnapshotStoreContractTest extends SnapshotStoreContractTest {

  private final List<String> schemas = new ArrayList<>();

  @Override
  protected SnapshotStore newStore() {
    String schema = TestDatabase.newSchema();
    schemas.add(schema);
    return PostgresSnapshotStore.create(TestDatabase.dataSource(),
        PostgresStoreConfig.defaults().withSchema(schema));
  }

  @AfterEach
  void dropSchemas() {
    schemas.forEach(TestDatabase::drop);
  }
}
