package io.zerogex.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.Quote;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The compatibility kit of the optional streaming capability: what a consumer of
 * {@link StreamingMarketDataSource} relies on whatever the vendor. A subclass supplies a source
 * wired to canned data for {@link #underlying()} and {@link #expiration()}, with a live quote of the
 * underlying. Vendor failure modes (server shutdowns, stalls) are tested by each adapter itself.
 *
 * <p>Published in core's test-jar; adapters depend on it with {@code <type>test-jar</type>}.
 */
@Timeout(60)
public abstract class StreamingMarketDataSourceContractTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private StreamingMarketDataSource source;

  /** A new source wired to the canned data; the kit closes it after each test. */
  protected abstract StreamingMarketDataSource createSource();

  /** An expiration of the canned data. */
  protected abstract LocalDate expiration();

  /** The underlying of the canned data; SPX unless overridden. */
  protected String underlying() {
    return "SPX";
  }

  @BeforeEach
  void openSource() {
    source = createSource();
  }

  @AfterEach
  void closeSource() {
    source.close();
  }

  @Test
  public void chainSubscriptionSnapshotHoldsTheSameContractsAsTheOneOffChain() throws InterruptedException {
    Set<String> heard = Collections.synchronizedSet(new HashSet<>());
    try (Subscription<OptionChain> live = source.subscribeChain(underlying(), expiration(),
        quote -> heard.add(quote.contract().symbol()))) {
      assertThat(live.awaitSnapshot(WAIT)).as("snapshot within %s", WAIT).isTrue();
      OptionChain snapshot = live.snapshot().orElseThrow();
      assertThat(snapshot.underlying()).isEqualTo(underlying());
      assertThat(snapshot.spot()).isPositive();
      assertThat(snapshot.expirations()).containsExactly(expiration());
      Set<String> streamed = symbols(snapshot);
      assertThat(streamed).hasSize(snapshot.size());
      assertThat(heard).as("the listener heard every contract of the snapshot").containsAll(streamed);
      assertThat(streamed).isEqualTo(symbols(source.chain(underlying(), expiration())));
    }
  }

  @Test
  public void quoteSubscriptionUsesTheLibrarySymbols() throws InterruptedException {
    try (Subscription<Map<String, Quote>> quotes = source.subscribeQuotes(List.of(underlying()), quote -> { })) {
      assertThat(quotes.awaitSnapshot(WAIT)).isTrue();
      Quote quote = quotes.snapshot().orElseThrow().get(underlying());
      assertThat(quote).isNotNull();
      assertThat(quote.symbol()).isEqualTo(underlying());
      assertThat(quote.last()).isPositive();
    }
  }

  @Test
  public void closingEndsTheSubscriptionAndIsIdempotent() throws InterruptedException {
    Subscription<OptionChain> live = source.subscribeChain(underlying(), expiration(), quote -> { });
    assertThat(live.isOpen()).isTrue();
    live.close();
    assertThatCode(live::close).doesNotThrowAnyException();
    assertThat(live.isOpen()).isFalse();
    long start = System.nanoTime();
    live.awaitSnapshot(WAIT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a closed subscription does not keep waiters")
        .isLessThan(WAIT);
  }

  private static Set<String> symbols(OptionChain chain) {
    return chain.quotes().stream().map(OptionQuote::contract).map(c -> c.symbol()).collect(Collectors.toSet());
  }
}
