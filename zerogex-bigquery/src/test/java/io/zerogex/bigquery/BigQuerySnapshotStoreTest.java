package io.zerogex.bigquery;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.StoreFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store on the REST fake: what arrives at BigQuery and what comes back. */
class BigQuerySnapshotStoreTest {

  private static final Instant T0 = Instant.parse("2024-01-05T15:00:00Z");
  private final FakeBigQuery fake = newFake();
  private final BigQuerySnapshotStore store = FakeStores.open(fake, Clock.fixed(T0, ZoneOffset.UTC));

  private static FakeBigQuery newFake() {
    try {
      return new FakeBigQuery();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    fake.close();
  }

  @Test
  void aChainRoundTrips() {
    OptionChain chain = StoreFixtures.chain("SPX", T0, 4750.25, 3);
    store.writeChain(chain);
    assertThat(fake.unexpected()).isEmpty();
    assertThat(store.chain("SPX", T0)).contains(StoreFixtures.sorted(chain));
    assertThat(fake.unexpected()).isEmpty();
  }
}
