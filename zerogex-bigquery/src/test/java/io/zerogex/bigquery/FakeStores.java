package io.zerogex.bigquery;

import com.google.cloud.NoCredentials;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryOptions;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;

/** Opens stores on a {@link FakeBigQuery} with the real client. */
final class FakeStores {

  static final String PROJECT = "zerogex-test";

  private FakeStores() {
  }

  /** The configuration of a store on the fake: no credentials, no backoff, 3 attempts. */
  static BigQueryStoreConfig config(FakeBigQuery fake) {
    return BigQueryStoreConfig.builder(PROJECT)
        .credentials(CredentialsSource.none())
        .host(fake.host())
        .retries(3, Duration.ZERO)
        .build();
  }

  /** The real client pointed at the fake. */
  static BigQuery client(FakeBigQuery fake) {
    return BigQueryOptions.newBuilder().setHost(fake.host()).setProjectId(PROJECT).setLocation("US")
        .setCredentials(NoCredentials.getInstance()).build().getService();
  }

  /**
   * A Storage Write API store on the two fakes: the REST fake for tables and queries, the gRPC
   * fake's client for appends (closed by the caller through the returned store's
   * {@link StreamingStore#close()}).
   */
  static StreamingStore openStreaming(FakeBigQuery fake, FakeBigQueryWrite write, Clock clock) {
    BigQueryStoreConfig config = BigQueryStoreConfig.builder(PROJECT)
        .credentials(CredentialsSource.none())
        .host(fake.host())
        .retries(3, Duration.ZERO)
        .writeMode(WriteMode.STORAGE_WRITE_API)
        .build();
    try {
      BigQueryWriteClient writeClient = write.client();
      return new StreamingStore(BigQuerySnapshotStore.open(client(fake), writeClient, config, clock), writeClient);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A store with the Storage Write API client it was given, closed together. */
  record StreamingStore(BigQuerySnapshotStore store, BigQueryWriteClient writeClient) implements AutoCloseable {
    @Override
    public void close() {
      store.close();
      writeClient.close();
    }
  }

  /** A store on the fake, opened through {@link BigQuerySnapshotStore#open(BigQueryStoreConfig, Clock)}. */
  static BigQuerySnapshotStore open(FakeBigQuery fake, Clock clock) {
    return BigQuerySnapshotStore.open(config(fake), clock);
  }
}
