package io.zerogex.tradier;

import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.MarketDataSourceContractTest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The SPI compatibility kit against the canned SPX responses served on loopback. */
class TradierMarketDataSourceContractTest extends MarketDataSourceContractTest {

  private static MockWebServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Fixtures.SpxDispatcher());
    server.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.shutdown();
  }

  @Override
  protected MarketDataSource createSource() {
    return new TradierMarketDataSource(Fixtures.config(server), null,
        Clock.fixed(Instant.parse("2024-01-05T21:00:00Z"), ZoneOffset.UTC), duration -> { });
  }

  @Override
  protected LocalDate expirationWithBothRoots() {
    return LocalDate.of(2024, 1, 19);
  }

  @Override
  protected Duration barInterval() {
    return Duration.ofMinutes(5);
  }

  /** 09:35 ET: the canned 09:30 bar is before the window and must be left out. */
  @Override
  protected Instant barsFrom() {
    return Instant.parse("2024-01-05T14:35:00Z");
  }

  /** 10:00 ET: the canned 10:00 bar starts at the exclusive end and must be left out. */
  @Override
  protected Instant barsTo() {
    return Instant.parse("2024-01-05T15:00:00Z");
  }
}
