package io.zerogex.bigquery;

import java.io.IOException;
import java.util.List;

/**
 * The loopback BigQuery REST fake of this module's tests ({@link FakeBigQuery}), opened to other
 * modules' tests through the published test-jar: {@code zerogex-examples} runs the worker against
 * it. It answers the real client on 127.0.0.1 with no credentials.
 */
public final class LoopbackBigQuery implements AutoCloseable {

  private final FakeBigQuery fake;

  private LoopbackBigQuery(FakeBigQuery fake) {
    this.fake = fake;
  }

  /** Starts a fake with no dataset. */
  public static LoopbackBigQuery start() throws IOException {
    return new LoopbackBigQuery(new FakeBigQuery());
  }

  /** The fake's {@code host:port}, as {@code ZEROGEX_BQ_EMULATOR_HOST} takes it. */
  public String hostAndPort() {
    return fake.host().substring("http://".length());
  }

  /** The number of rows stored in {@code dataset.table}, e.g. {@code market_data.index_price_snapshot}. */
  public int rowCount(String dataset, String table) {
    return fake.rows(dataset, table).size();
  }

  /** The requests the fake did not understand (a passing test expects none). */
  public List<String> unexpected() {
    return List.copyOf(fake.unexpected());
  }

  @Override
  public void close() throws IOException {
    fake.close();
  }
}
