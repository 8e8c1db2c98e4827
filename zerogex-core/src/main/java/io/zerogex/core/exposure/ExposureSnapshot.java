package io.zerogex.core.exposure;

import io.zerogex.core.model.Arguments;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The storable summary of an {@link ExposureReport}: plain values only, no reference to the chain
 * or the calculator, so a store can keep it and give it back equal.
 *
 * <p>Gamma totals are in {@link #unit()}, in dollars (or shares) as the report states them; the
 * greek exposures are those of {@link GreekExposure}. {@link #of(ExposureReport)} computes the
 * report's profile, levels and greek exposure if they were not computed yet.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param underlying the chain's underlying, e.g. {@code SPX}
 * @param asOf the chain's as-of instant
 * @param spot the underlying's price the report used, &gt; 0
 * @param unit the unit of every gamma figure
 * @param configLabel the settings that shape the numbers: the report config's sign model, gamma
 *     source, weight and zero-gamma method, enum names joined by {@code /}
 * @param callGamma the calls' summed exposure
 * @param putGamma the puts' summed exposure
 * @param netGamma call plus put exposure ({@link ExposureReport#totalGamma()})
 * @param absoluteGamma the sum of every contract's absolute exposure
 * @param zeroGamma the spot where the profile crosses zero, if found
 * @param callWall the call wall strike, if any
 * @param putWall the put wall strike, if any
 * @param absGammaStrike the strike with the largest absolute exposure, if any
 * @param maxPain the max-pain strike, if any
 * @param profileStatus whether the profile found a zero crossing
 * @param zeroDteShare the 0DTE share of absolute exposure, in [0, 1]
 * @param deltaDollars dealer delta exposure in dollars
 * @param vannaDollarsPerVolPoint dealer vanna exposure, dollars of delta per volatility point
 * @param charmDollarsPerDay dealer charm exposure, dollars of delta per calendar day
 * @param byStrike exposure per strike, ascending by strike (copied)
 * @param byExpiration exposure per expiration, ascending by date (copied)
 */
public record ExposureSnapshot(
    String underlying,
    Instant asOf,
    double spot,
    ExposureUnit unit,
    String configLabel,
    double callGamma,
    double putGamma,
    double netGamma,
    double absoluteGamma,
    OptionalDouble zeroGamma,
    OptionalDouble callWall,
    OptionalDouble putWall,
    OptionalDouble absGammaStrike,
    OptionalDouble maxPain,
    ProfileStatus profileStatus,
    double zeroDteShare,
    double deltaDollars,
    double vannaDollarsPerVolPoint,
    double charmDollarsPerDay,
    List<StrikeExposure> byStrike,
    List<ExpirationExposure> byExpiration) {

  /** Validates every component and copies the tables. */
  public ExposureSnapshot {
    Arguments.notBlank(underlying, "underlying");
    Arguments.notNull(asOf, "asOf");
    Arguments.positive(spot, "spot");
    Arguments.notNull(unit, "unit");
    Arguments.notNull(configLabel, "configLabel");
    for (OptionalDouble level : List.of(Arguments.notNull(zeroGamma, "zeroGamma"),
        Arguments.notNull(callWall, "callWall"), Arguments.notNull(putWall, "putWall"),
        Arguments.notNull(absGammaStrike, "absGammaStrike"), Arguments.notNull(maxPain, "maxPain"))) {
      level.ifPresent(value -> Arguments.finite(value, "level"));
    }
    Arguments.finite(callGamma, "callGamma");
    Arguments.finite(putGamma, "putGamma");
    Arguments.finite(netGamma, "netGamma");
    Arguments.finite(absoluteGamma, "absoluteGamma");
    Arguments.notNull(profileStatus, "profileStatus");
    Arguments.finite(zeroDteShare, "zeroDteShare");
    Arguments.finite(deltaDollars, "deltaDollars");
    Arguments.finite(vannaDollarsPerVolPoint, "vannaDollarsPerVolPoint");
    Arguments.finite(charmDollarsPerDay, "charmDollarsPerDay");
    byStrike = List.copyOf(Arguments.notNull(byStrike, "byStrike"));
    byExpiration = List.copyOf(Arguments.notNull(byExpiration, "byExpiration"));
  }

  /** The report's summary; computes its profile, levels and greek exposure if still pending. */
  public static ExposureSnapshot of(ExposureReport report) {
    Arguments.notNull(report, "report");
    ExposureConfig config = report.config();
    Levels levels = report.levels();
    GreekExposure greeks = report.greekExposure();
    String label = config.signModel() + "/" + config.gammaSource() + "/" + config.weight() + "/"
        + config.zeroGammaMethod();
    return new ExposureSnapshot(report.underlying(), report.asOf(), report.spot(), report.unit(), label,
        report.callGamma(), report.putGamma(), report.totalGamma(), report.absoluteGamma(), levels.zeroGamma(),
        levels.callWall(), levels.putWall(), levels.absGammaStrike(), levels.maxPain(), report.profile().status(),
        report.zeroDteShare(), greeks.deltaDollars(), greeks.vannaDollarsPerVolPoint(), greeks.charmDollarsPerDay(),
        report.byStrike(), report.byExpiration());
  }
}
