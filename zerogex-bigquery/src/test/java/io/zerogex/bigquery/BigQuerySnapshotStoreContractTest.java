package io.zerogex.bigquery;

import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryOptions;
import com.google.cloud.bigquery.DatasetId;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.spi.SnapshotStoreContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The store compatibility kit, run by the BigQuery store with the real client: on the REST fake by
 * default; on a BigQuery emulator when {@code ZEROGEX_BQ_EMULATOR_HOST} is set (host:port, no
 * credentials, project {@code ZEROGEX_BQ_PROJECT} or {@code zerogex-test}); on a real project when
 * only {@code ZEROGEX_BQ_PROJECT} is set (Application Default Credentials). Outside the fake each
 * test gets its own datasets, suffixed {@code _t<pid>_<n>}, deleted with their tables afterwards.
 * Subclasses choose the {@link #writeMode()}.
 */
class BigQuerySnapshotStoreContractTest extends SnapshotStoreContractTest {

  private static final String EMULATOR = System.getenv("ZEROGEX_BQ_EMULATOR_HOST");
  private static final String EMULATOR_GRPC = System.getenv("ZEROGEX_BQ_EMULATOR_GRPC_HOST");
  private static final String PROJECT = System.getenv("ZEROGEX_BQ_PROJECT");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final List<AutoCloseable> fakes = new ArrayList<>();
  private final List<DatasetId> datasets = new ArrayList<>();
  private BigQuery external;

  @Override
  protected SnapshotStore newStore() {
    if (EMULATOR == null && PROJECT == null) {
      try {
        FakeBigQuery fake = new FakeBigQuery();
        fakes.add(fake);
        if (writeMode() == WriteMode.LOAD_JOB) {
          return FakeStores.open(fake, Clock.systemUTC());
        }
        FakeBigQueryWrite write = new FakeBigQueryWrite(fake);
        fakes.add(write);
        FakeStores.StreamingStore opened = FakeStores.openStreaming(fake, write, Clock.systemUTC());
        fakes.add(0, opened.writeClient()::close);
        return opened.store();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String suffix = "_t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    BigQueryStoreConfig.Builder config = BigQueryStoreConfig.builder(PROJECT != null ? PROJECT : FakeStores.PROJECT)
        .datasets("options" + suffix, "market_data" + suffix, "analytics" + suffix)
        .writeMode(writeMode());
    if (EMULATOR != null) {
      config.host("http://" + EMULATOR).credentials(CredentialsSource.none());
      if (writeMode() == WriteMode.STORAGE_WRITE_API) {
        Assumptions.assumeTrue(EMULATOR_GRPC != null, "ZEROGEX_BQ_EMULATOR_GRPC_HOST names the emulator's gRPC port");
        config.storageWriteEndpoint(EMULATOR_GRPC);
      }
    } else {
      config.credentials(CredentialsSource.applicationDefault());
    }
    BigQueryStoreConfig built = config.build();
    BigQueryOptions.Builder options = BigQueryOptions.newBuilder().setProjectId(built.projectId())
        .setCredentials(built.credentials().load());
    built.host().ifPresent(options::setHost);
    external = options.build().getService();
    for (String dataset : List.of(built.optionsDataset(), built.marketDataDataset(), built.analyticsDataset())) {
      datasets.add(DatasetId.of(built.projectId(), dataset));
    }
    return BigQuerySnapshotStore.open(external, built, Clock.systemUTC());
  }

  /** How the store under test writes: load jobs here. */
  protected WriteMode writeMode() {
    return WriteMode.LOAD_JOB;
  }

  @AfterEach
  void cleanUp() throws Exception {
    // The store's streams close before the servers they talk to (closing twice is harmless).
    store.close();
    for (AutoCloseable fake : fakes) {
      fake.close();
    }
    for (DatasetId dataset : datasets) {
      external.delete(dataset, BigQuery.DatasetDeleteOption.deleteContents());
    }
  }
}
