package io.zerogex.core.engine;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.spi.MarketDataSource;
import io.zerogex.core.spi.SnapshotStore;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gap detection and backfill of 1-minute bars: every minute of every regular session in the
 * lookback (up to the minute in progress, excluded) without a stored bar is missing. The missing
 * minutes of one symbol in one session are one gap, fetched from the source's bar history with one
 * request spanning the first to the last missing minute (so a day with a missing minute between
 * every 5-minute poll costs one request, not 78); only the missing minutes are stored, so a stored
 * bar is never overwritten. Package-private: reached through {@link GexEngine#backfill()} and the
 * {@link Job#GAP_BACKFILL} job. Stateless between runs: concurrent runs for different symbols are safe.
 */
final class GapBackfill {

  private static final Logger LOG = System.getLogger(GapBackfill.class.getName());
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** The missing minutes of one symbol in one session; {@code end} is the minute after the last one. */
  private record Gap(String symbol, Instant start, Instant end, Set<Instant> minutes) {
  }

  private final MarketDataSource source;
  private final SnapshotStore store;
  private final TradingCalendar calendar;

  GapBackfill(MarketDataSource source, SnapshotStore store, TradingCalendar calendar) {
    this.source = source;
    this.store = store;
    this.calendar = calendar;
  }

  BackfillReport run(List<String> symbols, Instant now, Duration lookback, BackfillProgress.Listener listener) {
    long started = System.nanoTime();
    Map<String, Integer> missing = new LinkedHashMap<>();
    Map<String, Integer> stored = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (String symbol : symbols) {
      try {
        List<Gap> found = gaps(symbol, now.minus(lookback), now);
        missing.put(symbol, found.stream().mapToInt(gap -> gap.minutes().size()).sum());
        gaps.addAll(found);
      } catch (RuntimeException e) {
        failures.add(symbol + ": gap detection failed: " + e.getMessage());
      }
    }
    LOG.log(Level.INFO, "backfill {0}: {1} gaps, {2} missing 1-minute bars in the last {3}",
        symbols, gaps.size(), missing.values().stream().mapToInt(Integer::intValue).sum(), lookback);
    long barsStored = 0;
    Set<String> failed = new HashSet<>();
    for (int i = 0; i < gaps.size(); i++) {
      Gap gap = gaps.get(i);
      if (!failed.contains(gap.symbol())) {
        try {
          int count = fill(gap);
          barsStored += count;
          stored.merge(gap.symbol(), count, Integer::sum);
        } catch (RuntimeException e) {
          // One symbol's failure stops its own backfill only.
          failed.add(gap.symbol());
          failures.add(gap.symbol() + ": backfill of " + gap.start() + " to " + gap.end() + " failed: " + e.getMessage());
        }
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      Duration remaining = elapsed.dividedBy(i + 1).multipliedBy(gaps.size() - i - 1L);
      BackfillProgress progress = new BackfillProgress(gap.symbol(), i + 1, gaps.size(), barsStored, elapsed, remaining);
      LOG.log(Level.INFO, "backfill {0}: {1}/{2} gaps, {3} bars stored, ETA {4}s",
          symbols, i + 1, gaps.size(), barsStored, remaining.toSeconds());
      listener.onProgress(progress);
    }
    return new BackfillReport(missing, stored, failures);
  }

  private List<Gap> gaps(String symbol, Instant from, Instant now) {
    List<Gap> gaps = new ArrayList<>();
    LocalDate first = from.atZone(TradingCalendar.NEW_YORK).toLocalDate();
    LocalDate last = now.atZone(TradingCalendar.NEW_YORK).toLocalDate();
    for (LocalDate day : calendar.tradingDays(first, last.plusDays(1))) {
      RegularSession session = calendar.regularSession(day).orElseThrow();
      Instant start = later(session.open(), from.truncatedTo(ChronoUnit.MINUTES));
      // The minute in progress is not a gap yet.
      Instant end = earlier(session.close(), now.truncatedTo(ChronoUnit.MINUTES));
      if (!start.isBefore(end)) {
        continue;
      }
      Set<Instant> have = new HashSet<>();
      store.bars(symbol, MINUTE, start, end).forEach(bar -> have.add(bar.start()));
      Set<Instant> absent = new LinkedHashSet<>();
      for (Instant minute = start; minute.isBefore(end); minute = minute.plus(MINUTE)) {
        if (!have.contains(minute)) {
          absent.add(minute);
        }
      }
      if (!absent.isEmpty()) {
        Instant lastMissing = absent.stream().reduce((a, b) -> b).orElseThrow();
        gaps.add(new Gap(symbol, absent.iterator().next(), lastMissing.plus(MINUTE), absent));
      }
    }
    return gaps;
  }

  private int fill(Gap gap) {
    List<PriceBar> bars = new ArrayList<>();
    Set<Instant> wanted = new HashSet<>(gap.minutes());
    for (PriceBar bar : source.bars(gap.symbol(), MINUTE, gap.start(), gap.end())) {
      // Sources may return more than asked; keep each missing minute once, never overwrite stored bars.
      if (bar.interval().equals(MINUTE) && wanted.remove(bar.start())) {
        bars.add(bar);
      }
    }
    if (!bars.isEmpty()) {
      store.writeBars(bars);
    }
    return bars.size();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
