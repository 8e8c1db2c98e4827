package io.zerogex.tradestation;

import io.zerogex.core.spi.StreamingMarketDataSource;
import io.zerogex.core.spi.StreamingMarketDataSourceContractTest;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The streaming compatibility kit against a loopback TradeStation serving {@link CannedSpx}. */
class TradeStationStreamingContractTest extends StreamingMarketDataSourceContractTest {

  private static CannedSpx canned;

  @BeforeAll
  static void start() throws IOException {
    canned = new CannedSpx();
  }

  @AfterAll
  static void stop() throws IOException {
    canned.close();
  }

  @Override
  protected StreamingMarketDataSource createSource() {
    return canned.source();
  }

  /** Both roots list 2024-01-19, so the subscription merges two chain streams. */
  @Override
  protected LocalDate expiration() {
    return LocalDate.of(2024, 1, 19);
  }
}
