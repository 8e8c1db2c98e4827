package io.zerogex.examples;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.volatility.IntradayRealizedVolatility;
import io.zerogex.core.volatility.PriceSample;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills an empty store so that {@code zerogex dashboard} shows every chart on a fresh clone: the
 * bundled SPX chain as recorded (the latest snapshot, whose numbers are the library's published
 * ones), and before it a <b>simulated</b> history of the chain's trade date (Fri 2024-01-05): a
 * seeded random walk of the spot (geometric Brownian motion, 12% a year, one step a minute,
 * ending at the recorded close), an exposure summary every 15 minutes from the recorded quotes
 * re-priced at the simulated spot, and the 1H and 1D realized volatility of the walk's 5-minute
 * samples at the same instants. The history is illustration, not market data; the page says so.
 */
final class DashboardDemo {

  /** The walk's seed: the same history at every start. */
  static final long SEED = 20240105L;

  /** What the page says about the data. */
  static final String NOTE = "Demo store: the bundled Cboe SPX chain of 2024-01-05 (latest snapshot) and a "
      + "simulated intraday history (seeded random walk of the spot, seed " + SEED + ").";

  private static final double ANNUAL_VOLATILITY = 0.12;
  private static final Duration SNAPSHOT_EVERY = Duration.ofMinutes(15);

  private DashboardDemo() {
  }

  /**
   * Writes the demo into {@code store}: the history's exposure summaries and readings, then the
   * recorded chain and its exposure summary (default conventions).
   *
   * @param store an empty store
   * @param recorded the bundled chain (as-of Sun 2024-01-07, quotes of the Friday close)
   */
  static void fill(SnapshotStore store, OptionChain recorded) {
    TradingCalendar calendar = TradingCalendar.nyse();
    LocalDate day = recorded.asOf().atZone(TradingCalendar.NEW_YORK).toLocalDate();
    if (!calendar.isTradingDay(day)) {
      day = calendar.previousTradingDay(day);
    }
    RegularSession session = calendar.regularSession(day).orElseThrow();
    List<PriceSample> minutes = walk(session, recorded.spot());
    // The contracts that expire on the session's own day are already settled in the recording
    // (zero greeks and prices); re-pricing them intraday would invent 0DTE gamma.
    LocalDate sessionDay = day;
    List<OptionQuote> quotes = recorded.quotes().stream()
        .filter(q -> q.contract().expiration().isAfter(sessionDay)).toList();
    ExposureCalculator calculator = ExposureCalculator.of(ExposureConfig.defaults());
    IntradayRealizedVolatility volatility = IntradayRealizedVolatility.of(calendar);
    List<PriceSample> fiveMinutes = new ArrayList<>();
    for (int minute = 0; minute < minutes.size(); minute++) {
      PriceSample sample = minutes.get(minute);
      if (minute % 5 == 0) {
        fiveMinutes.add(sample);
      }
      if (minute > 0 && minute % SNAPSHOT_EVERY.toMinutes() == 0) {
        OptionChain chain = new OptionChain(recorded.underlying(), sample.price(), sample.at(), quotes);
        store.writeExposure(calculator.compute(chain));
        for (RealizedVolatilityReading reading : volatility.readings(recorded.underlying(), fiveMinutes, sample.at())) {
          store.writeRealizedVolatility(reading);
        }
      }
    }
    store.writeChain(recorded);
    store.writeExposure(calculator.compute(recorded));
  }

  /**
   * One sample a minute from the open to the close inclusive, ending at {@code close}: the walk is
   * built backwards from the close so the last simulated price is the recorded one.
   */
  static List<PriceSample> walk(RegularSession session, double close) {
    int steps = (int) session.length().toMinutes();
    SplittableRandom random = new SplittableRandom(SEED);
    double stepVolatility = ANNUAL_VOLATILITY / Math.sqrt(252.0 * 390.0);
    double[] logPrice = new double[steps + 1];
    logPrice[steps] = Math.log(close);
    for (int i = steps - 1; i >= 0; i--) {
      logPrice[i] = logPrice[i + 1] - stepVolatility * gaussian(random);
    }
    List<PriceSample> out = new ArrayList<>(steps + 1);
    for (int i = 0; i <= steps; i++) {
      Instant at = session.open().plus(Duration.ofMinutes(i));
      out.add(new PriceSample(at, Math.exp(logPrice[i])));
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
  }
}
