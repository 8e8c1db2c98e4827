package io.zerogex.examples;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.Levels;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.spi.ChainListener;
import io.zerogex.core.spi.StreamingMarketDataSource;
import io.zerogex.core.spi.Subscription;
import io.zerogex.core.spi.ZeroGexException;
import io.zerogex.tradestation.TradeStationConfig;
import io.zerogex.tradestation.TradeStationMarketDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams the nearest SPX expiration's option chain from TradeStation and prints the dealer gamma
 * exposure each time the chain has changed, every few seconds, until interrupted (Ctrl-C).
 *
 * <p>Needs {@code TRADESTATION_CLIENT_ID}, {@code TRADESTATION_CLIENT_SECRET} and
 * {@code TRADESTATION_REFRESH_TOKEN} in the environment (see {@link TradeStationConfig#fromEnv()});
 * without them it prints what to set and exits. Arguments: the underlying (default {@code SPX})
 * and the print interval in seconds (default 5).
 */
public final class TradeStationGexStream {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private TradeStationGexStream() {
  }

  /**
   * Runs the stream.
   *
   * @param args optional: underlying, print interval in seconds
   * @throws InterruptedException when interrupted while waiting between prints
   */
  public static void main(String[] args) throws InterruptedException {
    if (!TradeStationConfig.isConfiguredInEnv()) {
      System.out.println("Set TRADESTATION_CLIENT_ID, TRADESTATION_CLIENT_SECRET and TRADESTATION_REFRESH_TOKEN "
          + "(and TRADESTATION_ENV=sim for the simulator) to stream chains from TradeStation.");
      return;
    }
    String underlying = args.length > 0 ? args[0] : "SPX";
    Duration every = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
    try (TradeStationMarketDataSource source = new TradeStationMarketDataSource(TradeStationConfig.fromEnv())) {
      LocalDate expiration = nearestExpiration(source.expirations(underlying), Clock.systemUTC());
      stream(source, underlying, expiration, ExposureCalculator.of(ExposureConfig.defaults()), every,
          Long.MAX_VALUE, System.out);
    }
  }

  /** The first expiration on or after today's date in New York. */
  static LocalDate nearestExpiration(List<LocalDate> expirations, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(NEW_YORK));
    return expirations.stream().filter(d -> !d.isBefore(today)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no expiration on or after " + today + " in " + expirations));
  }

  /**
   * Subscribes to one expiration and prints a GEX line whenever updates arrived since the last one.
   *
   * @param prints how many lines to print before returning
   */
  static void stream(StreamingMarketDataSource source, String underlying, LocalDate expiration,
      ExposureCalculator calculator, Duration every, long prints, PrintStream out) throws InterruptedException {
    AtomicLong updates = new AtomicLong();
    ChainListener listener = new ChainListener() {
      @Override
      public void onQuote(OptionQuote quote) {
        updates.incrementAndGet();
      }

      @Override
      public void onStreamError(ZeroGexException error, boolean reconnecting) {
        out.println((reconnecting ? "stream interrupted, reconnecting: " : "stream stopped: ") + error.getMessage());
      }
    };
    try (Subscription<OptionChain> subscription = source.subscribeChain(underlying, expiration, listener)) {
      out.printf("streaming %s %s ...%n", underlying, expiration);
      long printed = 0;
      long seen = -1;
      while (printed < prints && subscription.isOpen()) {
        if (subscription.awaitSnapshot(every) && updates.get() != seen) {
          seen = updates.get();
          out.println(line(calculator.compute(subscription.snapshot().orElseThrow())));
          printed++;
        }
        Thread.sleep(every.toMillis());
      }
    }
  }

  /** One line: time, spot, total GEX in $bn per 1% move, zero gamma and walls. */
  static String line(ExposureReport report) {
    Levels levels = report.levels();
    return String.format(Locale.ROOT, "%s %s %.2f  GEX %+.3f $bn/1%%  zero gamma %s  call wall %s  put wall %s",
        report.asOf(), report.underlying(), report.spot(), report.totalGamma() / 1e9,
        level(levels.zeroGamma()), level(levels.callWall()), level(levels.putWall()));
  }

  private static String level(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
  }
}
