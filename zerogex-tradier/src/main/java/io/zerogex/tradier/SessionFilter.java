package io.zerogex.tradier;

/** Which part of the trading day Tradier's time-and-sales bars cover. */
public enum SessionFilter {
  /** Pre-market, regular session and post-market. */
  ALL("all"),
  /** The regular session only (09:30-16:00 America/New_York, earlier on half days). */
  OPEN("open");

  private final String wireName;

  SessionFilter(String wireName) {
    this.wireName = wireName;
  }

  /** The value of Tradier's {@code session_filter} parameter. */
  String wireName() {
    return wireName;
  }
}
