package io.zerogex.examples;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Which expirations of a chain a report covers, from the {@code --expirations} option: {@code all},
 * or a comma-separated list of ISO dates ({@code 2024-01-19}) and inclusive ranges
 * ({@code 2024-01-08..2024-01-19}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ExpirationSelection {

  private final String text;
  private final List<LocalDate[]> ranges;

  private ExpirationSelection(String text, List<LocalDate[]> ranges) {
    this.text = text;
    this.ranges = ranges;
  }

  /** Every expiration. */
  static ExpirationSelection all() {
    return new ExpirationSelection("all", List.of());
  }

  /**
   * Parses the option's value.
   *
   * @throws IllegalArgumentException naming the option and the part that is not a date or range
   */
  static ExpirationSelection parse(String text) {
    String spec = text.strip();
    if (spec.isEmpty() || spec.equalsIgnoreCase("all")) {
      return all();
    }
    List<LocalDate[]> ranges = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      int dots = p.indexOf("..");
      LocalDate first = date(dots < 0 ? p : p.substring(0, dots), text);
      LocalDate last = dots < 0 ? first : date(p.substring(dots + 2), text);
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("--expirations: range '" + p + "' ends before it starts");
      }
      ranges.add(new LocalDate[] {first, last});
    }
    return new ExpirationSelection(spec, List.copyOf(ranges));
  }

  /** True when every expiration is selected. */
  boolean isAll() {
    return ranges.isEmpty();
  }

  /** True when {@code expiration} is selected. */
  boolean contains(LocalDate expiration) {
    if (ranges.isEmpty()) {
      return true;
    }
    for (LocalDate[] r : ranges) {
      if (!expiration.isBefore(r[0]) && !expiration.isAfter(r[1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The chain restricted to the selected expirations.
   *
   * @throws IllegalArgumentException when no expiration of the chain is selected, listing the
   *     chain's first and last expiration
   */
  OptionChain apply(OptionChain chain) {
    if (isAll()) {
      return chain;
    }
    List<OptionQuote> kept = new ArrayList<>();
    for (OptionQuote q : chain.quotes()) {
      if (contains(q.contract().expiration())) {
        kept.add(q);
      }
    }
    if (kept.isEmpty()) {
      SortedSet<LocalDate> all = chain.expirations();
      throw new IllegalArgumentException("--expirations " + text + " selects none of the chain's "
          + all.size() + " expirations (" + all.first() + " .. " + all.last() + ")");
    }
    return chain.withQuotes(kept);
  }

  @Override
  public String toString() {
    return text;
  }

  private static LocalDate date(String text, String option) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--expirations: '" + text.strip() + "' in '" + option
          + "' is not a date (yyyy-MM-dd) or range (yyyy-MM-dd..yyyy-MM-dd)", e);
    }
  }
}
