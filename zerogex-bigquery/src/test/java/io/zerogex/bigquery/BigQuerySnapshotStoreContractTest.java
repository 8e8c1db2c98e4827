package io.zerogex.bigquery;

import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.SnapshotStoreContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The store compatibility kit, run by the BigQuery store on the REST fake with the real client. */
class BigQuerySnapshotStoreContractTest extends SnapshotStoreContractTest {

  private final List<FakeBigQuery> fakes = new ArrayList<>();

  @Override
  protected SnapshotStore newStore() {
    try {
      FakeBigQuery fake = new FakeBigQuery();
      fakes.add(fake);
      return FakeStores.open(fake, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void closeFakes() throws IOException {
    for (FakeBigQuery fake : fakes) {
      fake.close();
    }
  }
}
