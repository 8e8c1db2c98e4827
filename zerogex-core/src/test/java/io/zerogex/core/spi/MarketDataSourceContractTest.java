package io.zerogex.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import io.zerogex.core.model.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit every {@link MarketDataSource} passes: invariants the engine and the
 * dashboard rely on, whatever the vendor. A subclass supplies a source wired to canned SPX data
 * (a local fixture server or recorded files) that lists at least one expiration carrying both the
 * AM-settled SPX and the PM-settled SPXW root, a quote of SPX, and bars in a known window.
 *
 * <p>Published in core's test-jar; adapters depend on it with {@code <type>test-jar</type>}.
 */
public abstract class MarketDataSourceContractTest {

  private MarketDataSource source;

  /** A new source wired to the canned SPX data; the kit closes it after each test. */
  protected abstract MarketDataSource createSource();

  /** An expiration of the canned data listing both the SPX (AM) and the SPXW (PM) root. */
  protected abstract LocalDate expirationWithBothRoots();

  /** The bar interval the canned data holds. */
  protected abstract Duration barInterval();

  /** The start (inclusive) of a window holding canned bars of {@link #underlying()}. */
  protected abstract Instant barsFrom();

  /** The end (exclusive) of that window; canned bars may start at or after it, and must be left out. */
  protected abstract Instant barsTo();

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

  /** The source under test, for subclasses adding their own checks. */
  protected MarketDataSource source() {
    return source;
  }

  @Test
  public void expirationsAreAscendingAndDistinct() {
    List<LocalDate> dates = source.expirations(underlying());
    assertThat(dates).isNotEmpty().doesNotHaveDuplicates().isSorted();
    assertThat(dates).contains(expirationWithBothRoots());
  }

  @Test
  public void chainOfOneExpirationHoldsOnlyThatExpirationWithBothRootsAndTheirSettlement() {
    LocalDate expiration = expirationWithBothRoots();
    OptionChain chain = source.chain(underlying(), expiration);
    assertThat(chain.underlying()).isEqualTo(underlying());
    assertThat(chain.spot()).isPositive();
    assertThat(chain.asOf()).isNotNull();
    assertThat(chain.quotes()).isNotEmpty().allSatisfy(q -> {
      assertThat(q.contract().underlying()).isEqualTo(underlying());
      assertThat(q.contract().expiration()).isEqualTo(expiration);
      assertThat(q.contract().multiplier()).isPositive();
    });
    Set<String> roots = chain.quotes().stream().map(q -> q.contract().root()).collect(Collectors.toSet());
    assertThat(roots).contains("SPX", "SPXW");
    assertThat(chain.quotes()).allSatisfy(q -> assertThat(q.contract().settlement())
        .as(q.contract().symbol()).isEqualTo(q.contract().root().equals("SPX") ? Settlement.AM : Settlement.PM));
    assertNoZeroVolatility(chain);
  }

  @Test
  public void wholeChainCoversEveryExpirationOnceWithOneAsOfAndSpot() {
    List<LocalDate> dates = source.expirations(underlying());
    OptionChain chain = source.chain(underlying());
    assertThat(chain.spot()).isPositive();
    assertThat(chain.expirations()).containsExactlyElementsOf(dates);
    Set<String> symbols = new HashSet<>();
    for (OptionQuote q : chain.quotes()) {
      assertThat(symbols.add(q.contract().symbol())).as("%s appears once", q.contract().symbol()).isTrue();
    }
    assertNoZeroVolatility(chain);
  }

  @Test
  public void quoteCarriesTheLibrarySymbolWhateverTheCase() {
    Quote quote = source.quote(underlying().toLowerCase(java.util.Locale.ROOT));
    assertThat(quote.symbol()).isEqualTo(underlying());
    assertThat(quote.last()).isPositive();
    assertThat(quote.asOf()).isNotNull();
  }

  @Test
  public void barsAreAscendingWithinTheWindowAndValid() {
    Instant from = barsFrom();
    Instant to = barsTo();
    List<PriceBar> bars = source.bars(underlying(), barInterval(), from, to);
    assertThat(bars).isNotEmpty();
    for (int i = 0; i < bars.size(); i++) {
      PriceBar bar = bars.get(i);
      assertThat(bar.symbol()).isEqualTo(underlying());
      assertThat(bar.interval()).isEqualTo(barInterval());
      assertThat(bar.start()).isAfterOrEqualTo(from).isBefore(to);
      assertThat(bar.high()).isGreaterThanOrEqualTo(Math.max(bar.open(), bar.close()));
      assertThat(bar.low()).isLessThanOrEqualTo(Math.min(bar.open(), bar.close())).isPositive();
      if (i > 0) {
        assertThat(bar.start()).isAfter(bars.get(i - 1).start());
      }
    }
  }

  @Test
  public void badArgumentsAreRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> source.expirations(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> source.quote("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> source.chain(underlying(), null))
        .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
    Instant from = barsFrom();
    assertThatThrownBy(() -> source.bars(underlying(), barInterval(), from, from))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
    assertThatThrownBy(() -> source.bars(underlying(), Duration.ofSeconds(7), from, barsTo()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
  }

  @Test
  public void closeIsIdempotent() {
    MarketDataSource other = createSource();
    other.close();
    assertThatCode(other::close).doesNotThrowAnyException();
  }

  private static void assertNoZeroVolatility(OptionChain chain) {
    assertThat(chain.quotes()).allSatisfy(q -> q.impliedVolatility()
        .ifPresent(iv -> assertThat(iv).as(q.contract().symbol()).isPositive()));
  }
}
