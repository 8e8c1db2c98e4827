package io.zerogex.beam;

import io.zerogex.core.model.Arguments;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One point of a backtest's daily series: an underlying's last exposure snapshot of a New York
 * trading day and that day's realized volatility. Exposure values are in the snapshot's unit
 * (dollars per 1% move by default); levels in index points. This class is immutable and
 * thread-safe.
 *
 * @param underlying the underlying, e.g. {@code SPX}
 * @param date the New York date
 * @param asOf the as-of instant of the day's last snapshot
 * @param spot the spot of that snapshot
 * @param netGamma total (net) dealer gamma exposure of that snapshot
 * @param zeroGamma the zero-gamma level, empty when the profile does not cross zero
 * @param callWall the call wall, empty when none
 * @param putWall the put wall, empty when none
 * @param realizedVolatility the day's one-day realized volatility as a fraction, empty when the
 *     day has no bars or no return
 */
public record DailyExposure(
    String underlying,
    LocalDate date,
    Instant asOf,
    double spot,
    double netGamma,
    OptionalDouble zeroGamma,
    OptionalDouble callWall,
    OptionalDouble putWall,
    OptionalDouble realizedVolatility) {

  /** Checks that every component is present. */
  public DailyExposure {
    Arguments.notBlank(underlying, "underlying");
    Arguments.notNull(date, "date");
    Arguments.notNull(asOf, "asOf");
    Arguments.notNull(zeroGamma, "zeroGamma");
    Arguments.notNull(callWall, "callWall");
    Arguments.notNull(putWall, "putWall");
    Arguments.notNull(realizedVolatility, "realizedVolatility");
  }
}
