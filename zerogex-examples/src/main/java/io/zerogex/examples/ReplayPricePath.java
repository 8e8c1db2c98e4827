package io.zerogex.examples;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated price of one symbol in a replay: a seeded log-price random walk, anchored at the
 * recorded spot, that steps once a minute, every minute of the day (nights and weekends too):
 * <pre>
 *   price(m) = spot * exp(sigmaPerMinute * (Z(anchor) + ... + Z(m - 1)))   for m &gt;= anchor
 *   price(m) = spot * exp(-sigmaPerMinute * (Z(m) + ... + Z(anchor - 1)))  for m &lt; anchor
 * </pre>
 * where {@code m} counts whole minutes since the epoch, {@code anchor} is the minute in which the
 * replay starts, {@code sigmaPerMinute = annualVolatility / sqrt(252 * 390)} (one year of 252
 * regular sessions of 390 minutes, so that the realized volatility of the session minutes is close
 * to {@code annualVolatility}), and {@code Z(m)} is a standard normal draw seeded by
 * {@code (seed, symbol, m)} alone. The price of a minute therefore never depends on what was asked
 * before: quotes and bar history agree, and the path before the anchor (the backfill's lookback)
 * exists as well as the one after.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReplayPricePath {

  /** Minutes in a year of 252 regular sessions of 390 minutes: the annualization of a minute's variance. */
  static final double SESSION_MINUTES_PER_YEAR = 252.0 * 390.0;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final double spot;
  private final long anchorMinute;
  private final double sigmaPerMinute;
  private final long streamSeed;

  /**
   * A path through {@code spot} at {@code anchor}.
   *
   * @param symbol the symbol, mixed into the seed so that two symbols move independently
   * @param spot the recorded spot, &gt; 0: the price at the anchor minute
   * @param anchor an instant of the anchor minute
   * @param annualVolatility the walk's annualized volatility, &gt;= 0 (0 keeps the price constant)
   * @param seed the seed of the draws
   */
  ReplayPricePath(String symbol, double spot, Instant anchor, double annualVolatility, long seed) {
    Arguments.notBlank(symbol, "symbol");
    Arguments.notNull(anchor, "anchor");
    if (!(spot > 0) || Double.isInfinite(spot)) {
      throw new IllegalArgumentException("spot must be finite and > 0, got " + spot);
    }
    if (!(annualVolatility >= 0) || Double.isInfinite(annualVolatility)) {
      throw new IllegalArgumentException("annualVolatility must be finite and >= 0, got " + annualVolatility);
    }
    this.spot = spot;
    this.anchorMinute = Math.floorDiv(anchor.getEpochSecond(), 60);
    this.sigmaPerMinute = annualVolatility / Math.sqrt(SESSION_MINUTES_PER_YEAR);
    this.streamSeed = seed * GOLDEN_GAMMA + symbol.hashCode();
  }

  /** The price during the minute holding {@code at}: the price at the start of that minute. */
  double priceAt(Instant at) {
    return price(Math.floorDiv(at.getEpochSecond(), 60));
  }

  /**
   * The bars of {@code interval} with starts in {@code [from, to)}, aligned to whole multiples of
   * {@code interval} since the epoch, ascending. A bar's open is the price at its start, its close
   * the price at its end, its high and low the extremes of the minute prices in between, both
   * ends included; volume is 0, as for an index.
   *
   * @param interval a whole number of minutes, from 1 minute to 1 day
   */
  List<PriceBar> bars(String symbol, Duration interval, Instant from, Instant to) {
    long minutes = interval.toMinutes();
    if (minutes < 1 || minutes > 1440 || !Duration.ofMinutes(minutes).equals(interval)) {
      throw new IllegalArgumentException("interval must be whole minutes from 1 minute to 1 day, got " + interval);
    }
    long fromMinute = Math.floorDiv(from.getEpochSecond(), 60);
    if (Math.floorMod(from.getEpochSecond(), 60) != 0 || from.getNano() != 0) {
      fromMinute++;
    }
    long first = -Math.floorDiv(-fromMinute, minutes) * minutes;
    List<PriceBar> bars = new ArrayList<>();
    double logReturn = logReturn(first);
    for (long start = first; Instant.ofEpochSecond(start * 60).isBefore(to); start += minutes) {
      double open = spot * Math.exp(logReturn);
      double high = open;
      double low = open;
      double close = open;
      for (long minute = start; minute < start + minutes; minute++) {
        logReturn += sigmaPerMinute * draw(minute);
        close = spot * Math.exp(logReturn);
        high = Math.max(high, close);
        low = Math.min(low, close);
      }
      bars.add(new PriceBar(symbol, Instant.ofEpochSecond(start * 60), interval, open, high, low, close, 0));
    }
    return bars;
  }

  private double price(long minute) {
    return spot * Math.exp(logReturn(minute));
  }

  /** log(price(minute) / spot), summed in ascending minutes so that bars and quotes agree to the bit after the anchor. */
  private double logReturn(long minute) {
    double logReturn = 0;
    for (long m = anchorMinute; m < minute; m++) {
      logReturn += sigmaPerMinute * draw(m);
    }
    for (long m = minute; m < anchorMinute; m++) {
      logReturn -= sigmaPerMinute * draw(m);
    }
    return logReturn;
  }

  /** The standard normal draw Z(minute), a function of the seed, the symbol and the minute only. */
  private double draw(long minute) {
    return new SplittableRandom(streamSeed ^ (minute * GOLDEN_GAMMA)).nextGaussian();
  }
}
