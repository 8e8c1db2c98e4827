package io.zerogex.core.calendar;

/**
 * The part of an NYSE trading day an instant falls in, as reported by
 * {@link TradingCalendar#session(java.time.Instant)}.
 *
 * <p>On trading days the phases follow each other without gaps: {@code CLOSED} until the
 * pre-market opens, {@code PRE_MARKET} until 09:30 ET, {@code REGULAR} until the regular close
 * (16:00 ET, or the early close), {@code AFTER_HOURS} until the after-hours close, then
 * {@code CLOSED}. Weekends, holidays and special closures are {@code CLOSED} all day.
 */
public enum MarketSession {
  /** Extended-hours trading before the 09:30 ET open (04:00 ET onwards by default). */
  PRE_MARKET,
  /** The regular session, from 09:30 ET to the regular or early close. */
  REGULAR,
  /** Extended-hours trading after the close (until 20:00 ET, 17:00 ET after an early close, by default). */
  AFTER_HOURS,
  /** No session: the night, weekends, holidays and special closures. */
  CLOSED
}
