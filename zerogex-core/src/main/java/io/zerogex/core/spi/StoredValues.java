package io.zerogex.core.spi;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.DataIssue;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks and normalizations every {@link SnapshotStore} applies to what it is given, so that
 * all stores accept, reject and round-trip exactly the same values.
 *
 * <p>Instants are truncated to whole microseconds (the resolution of PostgreSQL's
 * {@code timestamptz}); text must be well-formed UTF-16 (no unpaired surrogate) without U+0000,
 * which no SQL text type can hold. This class is stateless and thread-safe.
 */
public final class StoredValues {

  private StoredValues() {
  }

  /** The instant truncated to whole microseconds (towards the past). */
  public static Instant instant(Instant value) {
    Arguments.notNull(value, "instant");
    return value.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Checks that a text can be stored verbatim.
   *
   * @return the text itself
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException naming the argument and the text if it holds
   *     U+0000 or an unpaired surrogate
   */
  public static String text(String value, String name) {
    Arguments.notNull(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean bad = c == '\0';
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i));
      } else if (Character.isLowSurrogate(c)) {
        bad = true;
      }
      if (bad) {
        throw new IllegalArgumentException(name + " must be well-formed text without U+0000, got '"
            + value.replace("\0", "\\0") + "'");
      }
    }
    return value;
  }

  /** The name an underlying is stored under: stripped and upper case, as {@link OptionChain} does. */
  public static String underlying(String underlying) {
    Arguments.notBlank(underlying, "underlying");
    return text(underlying, "underlying").strip().toUpperCase(Locale.ROOT);
  }

  /** A bar or reading symbol as stored: verbatim, checked by {@link #text(String, String)}. */
  public static String symbol(String symbol) {
    Arguments.notBlank(symbol, "symbol");
    return text(symbol, "symbol");
  }

  /**
   * Checks a half-open range.
   *
   * @throws NullPointerException if either end is null
   * @throws IllegalArgumentException if {@code fromInclusive} is after
   *     {@code toExclusive}
   */
  public static void range(Instant fromInclusive, Instant toExclusive) {
    Arguments.notNull(fromInclusive, "fromInclusive");
    Arguments.notNull(toExclusive, "toExclusive");
    if (fromInclusive.isAfter(toExclusive)) {
      throw new IllegalArgumentException("fromInclusive " + fromInclusive
          + " must not be after toExclusive " + toExclusive);
    }
  }

  /** Checks a bar interval: positive and at most {@link Long#MAX_VALUE} nanoseconds. */
  public static Duration interval(Duration interval) {
    Arguments.notNull(interval, "interval");
    if (interval.isNegative() || interval.isZero() || interval.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException("interval must be > 0 and at most 292 years, got " + interval);
    }
    return interval;
  }

  /**
   * The chain as stored: as-of truncated to microseconds, every text checked.
   *
   * @throws NullPointerException if the chain is null
   * @throws IllegalArgumentException if the chain holds two quotes of one contract symbol or
   *     text that cannot be stored
   */
  public static OptionChain chain(OptionChain chain) {
    Arguments.notNull(chain, "chain");
    text(chain.underlying(), "underlying");
    Set<String> symbols = new HashSet<>(chain.size() * 2);
    for (OptionQuote quote : chain.quotes()) {
      OptionContract contract = quote.contract();
      if (!symbols.add(text(contract.symbol(), "symbol"))) {
        throw new IllegalArgumentException("chain " + chain.underlying() + " at " + chain.asOf()
            + " holds contract symbol '" + contract.symbol() + "' twice");
      }
      text(contract.root(), "root");
    }
    Instant asOf = instant(chain.asOf());
    return asOf.equals(chain.asOf()) ? chain : new OptionChain(chain.underlying(), chain.spot(), asOf, chain.quotes());
  }

  /**
   * The bars as stored: starts truncated to microseconds, symbols and intervals checked.
   *
   * @throws NullPointerException if the list or a bar is null
   * @throws IllegalArgumentException if two bars share a key
   */
  public static List<PriceBar> bars(List<PriceBar> bars) {
    Arguments.notNull(bars, "bars");
    List<PriceBar> out = new ArrayList<>(bars.size());
    Set<List<Object>> keys = new HashSet<>();
    for (PriceBar bar : bars) {
      Arguments.notNull(bar, "bar");
      symbol(bar.symbol());
      interval(bar.interval());
      Instant start = instant(bar.start());
      PriceBar stored = start.equals(bar.start()) ? bar : new PriceBar(bar.symbol(), start, bar.interval(),
          bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
      if (!keys.add(List.of(stored.symbol(), start, stored.interval()))) {
        throw new IllegalArgumentException("bars holds two bars of symbol '" + bar.symbol() + "' starting "
            + start + " with interval " + bar.interval());
      }
      out.add(stored);
    }
    return List.copyOf(out);
  }

  /**
   * The reading as stored: every instant truncated to microseconds, every text checked.
   *
   * @throws NullPointerException if the reading is null
   * @throws IllegalArgumentException if the reading holds text that cannot be stored
   */
  public static RealizedVolatilityReading reading(RealizedVolatilityReading reading) {
    Arguments.notNull(reading, "reading");
    symbol(reading.symbol());
    List<DataIssue> issues = new ArrayList<>(reading.issues().size());
    for (DataIssue issue : reading.issues()) {
      issues.add(new DataIssue(issue.kind(), instant(issue.at()), issue.count(), text(issue.detail(), "detail")));
    }
    RegularSession session = reading.session();
    return new RealizedVolatilityReading(reading.symbol(), instant(reading.asOf()), reading.window(),
        new RegularSession(session.date(), instant(session.open()), instant(session.close()), session.earlyClose()),
        instant(reading.windowStart()), instant(reading.windowEnd()), reading.annualizedVolatility(),
        reading.returnsUsed(), reading.slotsCovered(), reading.expectedReturns(), issues);
  }

  /**
   * The report's snapshot as stored: {@link ExposureSnapshot#of(ExposureReport)} with its as-of
   * truncated to microseconds and its texts checked.
   *
   * @throws NullPointerException if the report is null
   */
  public static ExposureSnapshot exposure(ExposureReport report) {
    ExposureSnapshot s = ExposureSnapshot.of(Arguments.notNull(report, "report"));
    text(s.underlying(), "underlying");
    text(s.configLabel(), "configLabel");
    return new ExposureSnapshot(s.underlying(), instant(s.asOf()), s.spot(), s.unit(), s.configLabel(), s.callGamma(),
        s.putGamma(), s.netGamma(), s.absoluteGamma(), s.zeroGamma(), s.callWall(), s.putWall(), s.absGammaStrike(),
        s.maxPain(), s.profileStatus(), s.zeroDteShare(), s.deltaDollars(), s.vannaDollarsPerVolPoint(),
        s.charmDollarsPerDay(), s.byStrike(), s.byExpiration());
  }
}
