package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.spi.AuthenticationException;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.support.CboeQuoteTable;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradierGexReportTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, MarketDataSource source, String... args) {
    return TradierGexReport.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), config -> source);
  }

  @Test
  void withoutATokenItSaysWhatToSet() {
    assertThat(run(Map.of(), null)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("TRADIER_API_KEY", "TRADIER_ENV", "sandbox");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void printsTheReportOfTheSourcesChain() throws Exception {
    OptionChain chain;
    try (Reader reader = new InputStreamReader(
        TradierGexReportTest.class.getResourceAsStream(ReportCommand.BUNDLED_CHAIN), StandardCharsets.UTF_8)) {
      chain = CboeQuoteTable.read(reader);
    }
    assertThat(run(Map.of("TRADIER_API_KEY", "token"), new Fake(chain, false))).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ZeroGEX gamma exposure report: SPX", "Tradier sandbox (delayed), SPX", "zero gamma");
  }

  @Test
  void aRefusedTokenExplainsItself() {
    assertThat(run(Map.of("TRADIER_API_KEY", "token", "TRADIER_ENV", "live"), new Fake(null, true))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Invalid Access Token", "TRADIER_ENV");
  }

  /** A source answering the whole chain with a fixed chain, or refusing the token. */
  private record Fake(OptionChain chain, boolean refuse) implements MarketDataSource {
    @Override
    public List<LocalDate> expirations(String underlying) {
      return List.copyOf(chain.expirations());
    }

    @Override
    public OptionChain chain(String underlying, LocalDate expiration) {
      throw new UnsupportedOperationException();
    }

    @Override
    public OptionChain chain(String underlying) {
      if (refuse) {
        throw new AuthenticationException("Tradier rejected the access token", "/v1/markets/quotes", 401,
            "Invalid Access Token", null);
      }
      return chain;
    }

    @Override
    public Quote quote(String symbol) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
  }
}
