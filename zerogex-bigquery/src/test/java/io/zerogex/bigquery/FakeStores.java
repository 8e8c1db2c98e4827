package io.zerogex.bigquery;

import com.google.cloud.NoCredentials;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryOptions;
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

  /** A store on the fake, opened through {@link BigQuerySnapshotStore#open(BigQueryStoreConfig, Clock)}. */
  static BigQuerySnapshotStore open(FakeBigQuery fake, Clock clock) {
    return BigQuerySnapshotStore.open(config(fake), clock);
  }
}
