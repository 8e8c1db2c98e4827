package io.zerogex.tradestation;

import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.MarketDataSourceContractTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The SPI compatibility kit against a loopback TradeStation serving {@link CannedSpx}. */
class TradeStationMarketDataSourceContractTest extends MarketDataSourceContractTest {

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
  protected MarketDataSource createSource() {
    return canned.source();
  }

  @Override
  protected LocalDate expirationWithBothRoots() {
    return LocalDate.of(2024, 1, 19);
  }

  @Override
  protected Duration barInterval() {
    return Duration.ofMinutes(5);
  }

  /** The bar ending 14:35Z starts 14:30Z, before the window, and must be left out. */
  @Override
  protected Instant barsFrom() {
    return Instant.parse("2024-01-05T14:35:00Z");
  }

  /** The bar ending 15:05Z starts 15:00Z, the exclusive end, and must be left out. */
  @Override
  protected Instant barsTo() {
    return Instant.parse("2024-01-05T15:00:00Z");
  }
}
