package io.zerogex.examples;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExpirationExposure;
import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.exposure.ExposureUnit;
import io.zerogex.core.exposure.GammaProfile;
import io.zerogex.core.exposure.Levels;
import io.zerogex.core.exposure.StrikeExposure;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.spi.SnapshotStore;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the dashboard shows, read from a {@link SnapshotStore} and shaped as JSON documents (maps
 * of strings, numbers, lists and nulls): the listed underlyings with their latest snapshot, the
 * exposure of the latest chain for one expiration choice, unit and mode (computed here with the
 * core {@link ExposureCalculator}), the history of the stored exposure summaries and the realized
 * volatility readings. Exposures are raw values in the chosen unit (the page divides by 10^9).
 * Absent levels are {@code null}; a view with nothing to draw carries an {@code empty} message.
 *
 * <p>Reads only: nothing here writes to the store. This class is thread-safe.
 */
final class DashboardData {

  /** The underlyings of the dashboard this library replaces, always offered in the selector. */
  static final List<String> DEFAULT_UNDERLYINGS = List.of("SPX", "SPY", "QQQ", "NDX");

  /** Strikes shown in the by-strike chart: within this fraction of spot (the profile's range). */
  static final double STRIKE_RANGE = 0.20;

  private static final int CACHED_REPORTS = 32;
  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'ET'", Locale.ROOT);

  private final SnapshotStore store;
  private final List<String> listed;
  private final Clock clock;
  private final Duration history;
  private final TradingCalendar calendar = TradingCalendar.nyse();
  private final Map<String, Map<String, Object>> reports = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
      return size() > CACHED_REPORTS;
    }
  };

  /**
   * @param store read only
   * @param listed underlyings offered even before the store holds any of their snapshots
   * @param clock tells whether the market is open now
   * @param history how far before an underlying's latest exposure snapshot the history reaches
   */
  DashboardData(SnapshotStore store, List<String> listed, Clock clock, Duration history) {
    this.store = Arguments.notNull(store, "store");
    this.listed = List.copyOf(Arguments.notNull(listed, "listed"));
    this.clock = Arguments.notNull(clock, "clock");
    this.history = Arguments.notNull(history, "history");
    if (history.isNegative() || history.isZero()) {
      throw new IllegalArgumentException("history must be > 0, got " + history);
    }
  }

  /**
   * {@code {now, marketOpen, underlyings: [{name, latest}]}}: the listed underlyings first, then
   * the store's others in alphabetical order; {@code latest} is the as-of of the latest chain (of
   * the latest exposure snapshot when no chain is stored; the page refreshes when it changes), or
   * null.
   */
  Map<String, Object> status() {
    Set<String> names = new LinkedHashSet<>(listed);
    names.addAll(new TreeSet<>(store.underlyings()));
    List<Map<String, Object>> underlyings = new ArrayList<>();
    for (String name : names) {
      // One cheap query per underlying; the exposure summary only when no chain is stored.
      Instant latest = store.latestChainTime(name)
          .or(() -> store.latestExposure(name).map(ExposureSnapshot::asOf)).orElse(null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", name);
      row.put("latest", latest == null ? null : latest.toString());
      underlyings.add(row);
    }
    Instant now = clock.instant();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("now", now.toString());
    body.put("marketOpen", calendar.isOpen(now));
    body.put("underlyings", underlyings);
    return body;
  }

  /**
   * The exposure of the underlying's latest stored chain.
   *
   * @param underlying e.g. {@code SPX}
   * @param expiration {@code all}, {@code 0dte} (the contracts expiring on the as-of date in New
   *     York) or an ISO date
   * @param unit the unit of every exposure
   * @param mode the conventions
   * @throws IllegalArgumentException when {@code expiration} is none of these
   */
  Map<String, Object> exposure(String underlying, String expiration, ExposureUnit unit, ReportMode mode) {
    String choice = expirationChoice(expiration);
    Optional<Instant> latest = store.latestChainTime(underlying);
    if (latest.isEmpty()) {
      return emptyView(underlying, "No snapshot of " + underlying.strip().toUpperCase(Locale.ROOT)
          + " in the store yet: run `zerogex worker` for it to fill the store.");
    }
    // The as-of alone keys the cache, so a page that polls reads no chain until a new one lands.
    String key = underlying.strip().toUpperCase(Locale.ROOT) + "|" + latest.get() + "|" + choice + "|" + unit + "|" + mode;
    synchronized (reports) {
      Map<String, Object> cached = reports.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Optional<OptionChain> chain = store.chain(underlying, latest.get());
    if (chain.isEmpty()) {
      return emptyView(underlying, "The snapshot of " + latest.get() + " is no longer in the store.");
    }
    Map<String, Object> view = computeView(chain.get(), choice, unit, mode);
    synchronized (reports) {
      reports.put(key, view);
    }
    return view;
  }

  private Map<String, Object> computeView(OptionChain chain, String choice, ExposureUnit unit, ReportMode mode) {
    LocalDate asOfDate = chain.asOf().atZone(TradingCalendar.NEW_YORK).toLocalDate();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("underlying", chain.underlying());
    view.put("asOf", chain.asOf().toString());
    view.put("asOfLocal", LOCAL_TIME.format(chain.asOf().atZone(TradingCalendar.NEW_YORK)));
    view.put("spot", chain.spot());
    view.put("expiration", choice);
    view.put("expirations", chain.expirations().stream().map(LocalDate::toString).toList());
    view.put("zeroDteDate", asOfDate.toString());
    view.put("unit", unit.name());
    view.put("unitLabel", DisplayUnits.billionsLabel(unit));
    view.put("mode", mode.name());
    view.put("modeLabel", mode.description());
    view.put("empty", null);
    if (chain.quotes().isEmpty()) {
      view.put("empty", "The latest snapshot of " + chain.underlying() + " holds no option quotes.");
      return view;
    }
    ExposureConfig config = mode.config().withUnit(unit);
    LocalDate only = choice.equals("all") ? null : choice.equals("0dte") ? asOfDate : LocalDate.parse(choice);
    if (only != null) {
      if (!chain.expirations().contains(only)) {
        String why = choice.equals("0dte")
            ? "No 0DTE contracts: nothing expires on the as-of date " + asOfDate
                + (calendar.isTradingDay(asOfDate) ? "." : " (the market is closed that day).")
            : "The snapshot has no contract expiring " + only + ".";
        view.put("empty", why);
        return view;
      }
      config = config.withExpirationRange(only, only);
    }
    ExposureReport report = ExposureCalculator.of(config).compute(chain);
    if (report.byStrike().stream().allMatch(s -> s.absoluteGamma() == 0)) {
      view.put("empty", "No contract of this selection has gamma exposure (all expired, without open interest or outside the strike window).");
      return view;
    }
    view.put("totals", totals(report));
    view.put("levels", levels(report.levels()));
    view.put("byStrike", byStrike(report));
    view.put("profile", profile(report.profile()));
    view.put("byExpiration", byExpiration(report.byExpiration()));
    return view;
  }

  /**
   * {@code {underlying, unit, unitLabel, points: [{asOf, spot, netGamma, zeroGamma, callWall,
   * putWall}]}}: the stored exposure summaries up to {@code history} before the latest one.
   */
  Map<String, Object> history(String underlying) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("underlying", underlying.strip().toUpperCase(Locale.ROOT));
    Optional<ExposureSnapshot> latest = store.latestExposure(underlying);
    List<Map<String, Object>> points = new ArrayList<>();
    if (latest.isPresent()) {
      Instant end = latest.get().asOf();
      body.put("unit", latest.get().unit().name());
      body.put("unitLabel", DisplayUnits.billionsLabel(latest.get().unit()));
      for (ExposureSnapshot s : store.exposures(underlying, end.minus(history), end.plusNanos(1000))) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("asOf", s.asOf().toString());
        point.put("asOfLocal", LOCAL_TIME.format(s.asOf().atZone(TradingCalendar.NEW_YORK)));
        point.put("spot", s.spot());
        point.put("netGamma", s.netGamma());
        point.put("zeroGamma", orNull(s.zeroGamma()));
        point.put("callWall", orNull(s.callWall()));
        point.put("putWall", orNull(s.putWall()));
        points.add(point);
      }
    }
    body.put("points", points);
    body.put("empty", points.isEmpty() ? "No exposure history of " + body.get("underlying") + " in the store yet." : null);
    return body;
  }

  /**
   * {@code {underlying, oneHour: [{asOf, volatility}], oneDay: [...]}}: the stored realized
   * volatility readings over the same span as {@link #history}, annualized as decimals; readings
   * without a value are left out.
   */
  Map<String, Object> volatility(String underlying) {
    String symbol = underlying.strip().toUpperCase(Locale.ROOT);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("underlying", symbol);
    Optional<Instant> end = store.latestExposure(symbol).map(ExposureSnapshot::asOf)
        .or(() -> store.latestChainTime(symbol));
    List<Map<String, Object>> oneHour = new ArrayList<>();
    List<Map<String, Object>> oneDay = new ArrayList<>();
    if (end.isPresent()) {
      for (RealizedVolatilityReading r : store.realizedVolatility(symbol, end.get().minus(history),
          end.get().plusNanos(1000))) {
        if (r.annualizedVolatility().isEmpty()) {
          continue;
        }
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("asOf", r.asOf().toString());
        point.put("asOfLocal", LOCAL_TIME.format(r.asOf().atZone(TradingCalendar.NEW_YORK)));
        point.put("volatility", r.annualizedVolatility().getAsDouble());
        (r.window() == RealizedVolatilityWindow.ONE_HOUR ? oneHour : oneDay).add(point);
      }
    }
    body.put("oneHour", oneHour);
    body.put("oneDay", oneDay);
    body.put("empty", oneHour.isEmpty() && oneDay.isEmpty()
        ? "No realized volatility readings of " + symbol + " in the store yet." : null);
    return body;
  }

  /** {@code all}, {@code 0dte} or an ISO date, normalized; anything else is bad input. */
  static String expirationChoice(String expiration) {
    String text = expiration == null ? "all" : expiration.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty() || text.equals("all") || text.equals("0dte")) {
      return text.isEmpty() ? "all" : text;
    }
    try {
      return LocalDate.parse(text).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expiration must be all, 0dte or a date (yyyy-MM-dd), got " + expiration, e);
    }
  }

  private static Map<String, Object> emptyView(String underlying, String message) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("underlying", underlying.strip().toUpperCase(Locale.ROOT));
    view.put("expirations", List.of());
    view.put("empty", message);
    return view;
  }

  private static Map<String, Object> totals(ExposureReport report) {
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("callGamma", report.callGamma());
    totals.put("putGamma", report.putGamma());
    totals.put("netGamma", report.totalGamma());
    totals.put("absoluteGamma", report.absoluteGamma());
    return totals;
  }

  private static Map<String, Object> levels(Levels levels) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("zeroGamma", orNull(levels.zeroGamma()));
    out.put("callWall", orNull(levels.callWall()));
    out.put("putWall", orNull(levels.putWall()));
    out.put("absGammaStrike", orNull(levels.absGammaStrike()));
    out.put("maxPain", orNull(levels.maxPain()));
    return out;
  }

  private static Map<String, Object> byStrike(ExposureReport report) {
    List<Double> strikes = new ArrayList<>();
    List<Double> calls = new ArrayList<>();
    List<Double> puts = new ArrayList<>();
    List<Double> nets = new ArrayList<>();
    for (StrikeExposure s : report.byStrike()) {
      if (Math.abs(s.strike() / report.spot() - 1) <= STRIKE_RANGE) {
        strikes.add(s.strike());
        calls.add(s.callGamma());
        puts.add(s.putGamma());
        nets.add(s.netGamma());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("strike", strikes);
    out.put("callGamma", calls);
    out.put("putGamma", puts);
    out.put("netGamma", nets);
    return out;
  }

  private static Map<String, Object> profile(GammaProfile profile) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("spot", profile.spots());
    out.put("netGamma", profile.values());
    out.put("zeroGamma", orNull(profile.zeroGamma()));
    out.put("status", profile.status().name());
    return out;
  }

  private static Map<String, Object> byExpiration(List<ExpirationExposure> expirations) {
    List<String> dates = new ArrayList<>();
    List<Double> calls = new ArrayList<>();
    List<Double> puts = new ArrayList<>();
    List<Double> nets = new ArrayList<>();
    for (ExpirationExposure e : expirations) {
      dates.add(e.expiration().toString());
      calls.add(e.callGamma());
      puts.add(e.putGamma());
      nets.add(e.netGamma());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("expiration", dates);
    out.put("callGamma", calls);
    out.put("putGamma", puts);
    out.put("netGamma", nets);
    return out;
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
