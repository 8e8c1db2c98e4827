package io.zerogex.core.pricing;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.Settlement;
import java.time.*;
import java.time.temporal.ChronoUnit;
public interface YearFraction {
  double years(Instant asOf, OptionContract contract);
  static YearFraction calendar(Duration floor) {
    return (asOf, c) -> {
      ZonedDateTime settle = c.expiration().atTime(c.settlement() == Settlement.AM ? LocalTime.of(9, 30) : LocalTime.of(16, 0)).atZone(ZoneId.of("America/New_York"));
      double s = Duration.between(asOf, settle.toInstant()).toMillis() / 1000.0;
      if (s <= 0) return 0; return Math.max(s, floor.toSeconds()) / (365 * 86400.0);
    };
  }
  static YearFraction businessDays(int daysPerYear, boolean floor) {
    return (asOf, c) -> {
      LocalDate from = LocalDate.ofInstant(asOf, ZoneId.of("America/New_York")); LocalDate to = c.expiration();
      long n = 0; if (to.isBefore(from)) return 0;
      for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) { if (d.getDayOfWeek().getValue() <= 5) n++; }
      if (n == 0) return floor ? 1.0 / daysPerYear : 0; return (double) n / daysPerYear;
    };
  }
  static YearFraction defaultPolicy() { return calendar(Duration.ofMinutes(1)); }
}
