package io.zerogex.core.exposure;

/**
 * Days-to-expiry buckets. Days are calendar days from the chain's as-of date in
 * America/New_York to the expiration date: {@code d = expiration - asOfDate}.
 */
public enum ExpiryBucket {
  /** {@code d <= 0}: expiring in the as-of session (0DTE). */
  ZERO_DTE,
  /** {@code 1 <= d <= 7}: the rest of the coming week. */
  WEEKLY,
  /** {@code 8 <= d <= 31}: the rest of the coming month, which holds the next monthly expiry. */
  MONTHLY,
  /** {@code d >= 32}. */
  LONGER;

  /**
   * The bucket of an expiration {@code days} calendar days after the as-of date.
   *
   * @param days calendar days to expiration (negative counts as 0DTE)
   * @return the bucket
   */
  public static ExpiryBucket ofDays(long days) {
    if (days <= 0) {
      return ZERO_DTE;
    }
    if (days <= 7) {
      return WEEKLY;
    }
    return days <= 31 ? MONTHLY : LONGER;
  }
}
