package io.zerogex.core.engine;

import io.zerogex.core.calendar.MarketSession;
import io.zerogex.core.model.Arguments;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * When the {@link GexEngine} runs each {@link Job}: one interval per job in the regular session,
 * a slower one in the extended sessions (pre-market and after-hours, polled only when enabled, as
 * the original TradeStation worker polled faster in the regular session), and the retry delays
 * after a failure: {@code min(initialRetryDelay * 2^(failures - 1), maxRetryDelay)}.
 *
 * <p>Runs are aligned to a grid anchored at the day's regular open (09:30 New York; midnight on
 * days without a session): a 5-minute job runs at 09:30, 09:35, ... so its samples fall on the
 * realized volatility grid however the engine was started. The heartbeat runs in every session.
 *
 * <p>A job may be switched off with {@link #withoutJob(Job)}: it is then absent from both interval
 * maps and never runs (the heartbeat cannot be switched off).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param regularIntervals the interval of every enabled job in the regular session, each &gt; 0
 * @param extendedIntervals the interval of every enabled job in the pre-market and after-hours
 *     sessions (the same jobs as {@code regularIntervals})
 * @param sessions the sessions in which the jobs other than the heartbeat run, never
 *     {@link MarketSession#CLOSED}
 * @param initialRetryDelay the delay before the first retry of a failed job, &gt; 0
 * @param maxRetryDelay the longest delay between retries, at least {@code initialRetryDelay}
 */
public record EngineSchedule(Map<Job, Duration> regularIntervals, Map<Job, Duration> extendedIntervals,
    Set<MarketSession> sessions, Duration initialRetryDelay, Duration maxRetryDelay) {

  /** Validates every interval and copies the collections. */
  public EngineSchedule {
    regularIntervals = intervals(regularIntervals, "regularIntervals");
    extendedIntervals = intervals(extendedIntervals, "extendedIntervals");
    if (!regularIntervals.keySet().equals(extendedIntervals.keySet())) {
      throw new IllegalArgumentException("extendedIntervals must have the jobs of regularIntervals "
          + regularIntervals.keySet() + ", got " + extendedIntervals.keySet());
    }
    Arguments.notNull(sessions, "sessions");
    if (sessions.isEmpty() || sessions.contains(MarketSession.CLOSED)) {
      throw new IllegalArgumentException("sessions must be non-empty and exclude CLOSED, got " + sessions);
    }
    sessions = Set.copyOf(sessions);
    positive(initialRetryDelay, "initialRetryDelay");
    positive(maxRetryDelay, "maxRetryDelay");
    if (maxRetryDelay.compareTo(initialRetryDelay) < 0) {
      throw new IllegalArgumentException("maxRetryDelay must be >= initialRetryDelay " + initialRetryDelay
          + ", got " + maxRetryDelay);
    }
  }

  /**
   * The defaults of the two original systems: chain every 10 minutes, price every 5, exposure and
   * realized volatility every 7, heartbeat every minute, and gap detection with backfill every 30
   * minutes; three times slower in extended sessions (the heartbeat excepted); the regular session
   * only; retries after 30 seconds doubling up to 10 minutes.
   */
  public static EngineSchedule defaults() {
    Map<Job, Duration> regular = new EnumMap<>(Job.class);
    regular.put(Job.CHAIN_SNAPSHOT, Duration.ofMinutes(10));
    regular.put(Job.PRICE_SNAPSHOT, Duration.ofMinutes(5));
    regular.put(Job.EXPOSURE, Duration.ofMinutes(7));
    regular.put(Job.REALIZED_VOLATILITY, Duration.ofMinutes(7));
    regular.put(Job.GAP_BACKFILL, Duration.ofMinutes(30));
    regular.put(Job.HEARTBEAT, Duration.ofMinutes(1));
    Map<Job, Duration> extended = new EnumMap<>(Job.class);
    regular.forEach((job, interval) -> extended.put(job, job == Job.HEARTBEAT ? interval : interval.multipliedBy(3)));
    return new EngineSchedule(regular, extended, EnumSet.of(MarketSession.REGULAR),
        Duration.ofSeconds(30), Duration.ofMinutes(10));
  }

  /**
   * A copy whose regular-session interval of {@code job} is {@code interval}; a switched-off job
   * is switched back on, with {@code interval} in the extended sessions too.
   */
  public EngineSchedule withInterval(Job job, Duration interval) {
    Arguments.notNull(job, "job");
    Map<Job, Duration> regular = new EnumMap<>(regularIntervals);
    regular.put(job, interval);
    Map<Job, Duration> extended = new EnumMap<>(extendedIntervals);
    extended.putIfAbsent(job, interval);
    return new EngineSchedule(regular, extended, sessions, initialRetryDelay, maxRetryDelay);
  }

  /**
   * A copy in which {@code job} never runs, e.g. {@link Job#GAP_BACKFILL} for a source without bar
   * history (the start-up and on-demand backfill of {@link GexEngine#backfill()} still run).
   *
   * @throws IllegalArgumentException for {@link Job#HEARTBEAT}, which the health check needs
   */
  public EngineSchedule withoutJob(Job job) {
    Arguments.notNull(job, "job");
    if (job == Job.HEARTBEAT) {
      throw new IllegalArgumentException("job must not be HEARTBEAT (the health check needs it), got " + job);
    }
    Map<Job, Duration> regular = new EnumMap<>(regularIntervals);
    Map<Job, Duration> extended = new EnumMap<>(extendedIntervals);
    regular.remove(job);
    extended.remove(job);
    return new EngineSchedule(regular, extended, sessions, initialRetryDelay, maxRetryDelay);
  }

  /** True unless {@code job} was switched off with {@link #withoutJob(Job)}. */
  public boolean runs(Job job) {
    return regularIntervals.containsKey(job);
  }

  /** A copy that also runs the jobs in the pre-market and after-hours sessions, at the extended intervals. */
  public EngineSchedule withExtendedHours() {
    return new EngineSchedule(regularIntervals, extendedIntervals,
        EnumSet.of(MarketSession.PRE_MARKET, MarketSession.REGULAR, MarketSession.AFTER_HOURS),
        initialRetryDelay, maxRetryDelay);
  }

  /** A copy with other retry delays. */
  public EngineSchedule withRetryDelays(Duration initial, Duration max) {
    return new EngineSchedule(regularIntervals, extendedIntervals, sessions, initial, max);
  }

  /**
   * The interval of {@code job} in {@code session}: the regular one in the regular session, else the extended one.
   *
   * @throws IllegalArgumentException when {@code job} is switched off
   */
  public Duration interval(Job job, MarketSession session) {
    Duration interval = session == MarketSession.REGULAR ? regularIntervals.get(job) : extendedIntervals.get(job);
    if (interval == null) {
      throw new IllegalArgumentException("job is switched off in this schedule, got " + job);
    }
    return interval;
  }

  /** True when jobs other than the heartbeat run in {@code session}. */
  public boolean runsIn(MarketSession session) {
    return sessions.contains(session);
  }

  /** The delay before retry number {@code failures} (1 for the first): doubling, capped at {@link #maxRetryDelay}. */
  public Duration retryDelay(int failures) {
    Duration delay = initialRetryDelay;
    for (int i = 1; i < failures && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay;
  }

  private static Map<Job, Duration> intervals(Map<Job, Duration> intervals, String name) {
    Arguments.notNull(intervals, name);
    if (!intervals.containsKey(Job.HEARTBEAT)) {
      throw new IllegalArgumentException(name + " has no interval for " + Job.HEARTBEAT + ": " + intervals);
    }
    intervals.forEach((job, interval) -> {
      Arguments.notNull(job, name + " key");
      positive(interval, name + "[" + job + "]");
    });
    return Map.copyOf(intervals);
  }

  private static void positive(Duration duration, String name) {
    Arguments.notNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, got " + duration);
    }
  }
}
