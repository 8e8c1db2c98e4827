package io.zerogex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.zerogex.core.model.PriceBar;
import io.zerogex.core.model.Quote;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinuteBarAggregatorTest {

  private static final Instant T = Instant.parse("2026-11-25T15:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static Quote quote(String symbol, int second, double last) {
    return Quote.ofLast(symbol, T.plusSeconds(second), last);
  }

  @Test
  void quotesOfAMinuteMakeOneOhlcBar() {
    MinuteBarAggregator aggregator = new MinuteBarAggregator(1, Duration.ZERO);
    aggregator.accept(quote("SPX", 10, 100));
    aggregator.accept(quote("SPX", 40, 102));
    aggregator.accept(quote("SPX", 50, 99));
    aggregator.accept(quote("SPX", 65, 101));
    assertThat(aggregator.drain(T.plusSeconds(65)))
        .containsExactly(new PriceBar("SPX", T, MINUTE, 100, 102, 99, 99, 0));
    assertThat(aggregator.openBar("SPX")).contains(new PriceBar("SPX", T.plusSeconds(60), MINUTE, 101, 101, 101, 101, 0));
    assertThat(aggregator.accept(quote("SPX", 30, 98))).as("older than the open bar").isFalse();
  }

  @Test
  void flushesOnBatchSizeOrAge() {
    MinuteBarAggregator aggregator = new MinuteBarAggregator(3, Duration.ofMinutes(5));
    for (String symbol : List.of("A", "B")) {
      aggregator.accept(quote(symbol, 0, 10));
    }
    // Two complete bars, younger than 5 minutes past their end: held.
    assertThat(aggregator.drain(T.plusSeconds(60))).isEmpty();
    assertThat(aggregator.size()).isEqualTo(2);
    // Five minutes after their end (T + 1 min): flushed on age.
    assertThat(aggregator.drain(T.plusSeconds(360))).hasSize(2);
    for (String symbol : List.of("A", "B", "C")) {
      aggregator.accept(quote(symbol, 400, 10));
    }
    // Three complete bars reach the batch size at once.
    assertThat(aggregator.drain(T.plusSeconds(480))).extracting(PriceBar::symbol).containsExactlyInAnyOrder("A", "B", "C");
  }

  @Test
  void drainAllIncludesOpenBarsAndRequeueKeepsFailedWrites() {
    MinuteBarAggregator aggregator = new MinuteBarAggregator(100, Duration.ofHours(1));
    aggregator.accept(quote("SPX", 5, 100));
    List<PriceBar> all = aggregator.drainAll();
    assertThat(all).hasSize(1);
    aggregator.requeue(all);
    assertThat(aggregator.drainComplete(T)).isEqualTo(all);
    assertThatIllegalArgumentException().isThrownBy(() -> new MinuteBarAggregator(0, Duration.ZERO))
        .withMessageContaining("maxPending");
  }
}
