package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.model.VendorGreeks;
import io.zerogex.core.spi.ChainListener;
import io.zerogex.core.spi.QuoteListener;
import io.zerogex.core.spi.StreamingMarketDataSource;
import io.zerogex.core.spi.Subscription;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The TradeStation GEX example over an in-memory streaming source (no network). */
class TradeStationGexStreamTest {

  private static final LocalDate JAN5 = LocalDate.of(2024, 1, 5);
  private static final Instant AS_OF = Instant.parse("2024-01-05T15:00:00Z");

  /** One SPXW 4700 call, vendor gamma 0.002, open interest 1000, SPX at 4700. */
  private static OptionChain oneCallChain() {
    OptionContract call = OptionContract.of("SPXW", JAN5, OptionRight.CALL, 4700);
    OptionQuote quote = new OptionQuote(call, OptionalDouble.of(10), OptionalDouble.of(11), OptionalDouble.empty(),
        5, 1000, OptionalDouble.of(0.15), VendorGreeks.ofDeltaGamma(0.5, 0.002));
    return new OptionChain("SPX", 4700, AS_OF, List.of(quote));
  }

  /** A source whose chain subscription is complete at once and sends one update. */
  private static final class InMemorySource implements StreamingMarketDataSource {
    @Override
    public Subscription<OptionChain> subscribeChain(String underlying, LocalDate expiration, ChainListener listener) {
      listener.onQuote(oneCallChain().quotes().get(0));
      return new Subscription<>() {
        private boolean open = true;

        @Override
        public Optional<OptionChain> snapshot() {
          return Optional.of(oneCallChain());
        }

        @Override
        public boolean awaitSnapshot(Duration timeout) {
          return true;
        }

        @Override
        public boolean isOpen() {
          return open;
        }

        @Override
        public void close() {
          open = false;
        }
      };
    }

    @Override
    public Subscription<Map<String, Quote>> subscribeQuotes(List<String> symbols, QuoteListener listener) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<LocalDate> expirations(String underlying) {
      return List.of(JAN5);
    }

    @Override
    public OptionChain chain(String underlying, LocalDate expiration) {
      return oneCallChain();
    }

    @Override
    public Quote quote(String symbol) {
      return Quote.ofLast(symbol, AS_OF, 4700);
    }

    @Override
    public List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
      return List.of();
    }

    @Override
    public void close() {
    }
  }

  @Test
  void printsGexOnceForAnUnchangedChain() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Thread runner = new Thread(() -> {
      try {
        TradeStationGexStream.stream(new InMemorySource(), "SPX", JAN5, ExposureCalculator.of(ExposureConfig.defaults()),
            Duration.ofMillis(5), 2, out);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    runner.start();
    runner.join(300);
    runner.interrupt();
    runner.join(5000);
    String text = bytes.toString(StandardCharsets.UTF_8);
    // 0.002 x 1000 x 100 x 4700^2 x 0.01 = 44,180,000 dollars per 1% = +0.044 $bn (hand computed)
    assertThat(text).contains("streaming SPX 2024-01-05").contains("SPX 4700.00  GEX +0.044 $bn/1%");
    assertThat(text.lines().filter(l -> l.contains("GEX")).count()).as("no new updates, no new line").isEqualTo(1);
  }

  @Test
  void nearestExpirationIsTheFirstOnOrAfterTodayInNewYork() {
    // 2024-01-05T03:00Z is still 2024-01-04 in New York
    Clock clock = Clock.fixed(Instant.parse("2024-01-05T03:00:00Z"), ZoneOffset.UTC);
    assertThat(TradeStationGexStream.nearestExpiration(
        List.of(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4), JAN5), clock)).isEqualTo(LocalDate.of(2024, 1, 4));
  }
}
