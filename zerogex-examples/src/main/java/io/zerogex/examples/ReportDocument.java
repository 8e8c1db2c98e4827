package io.zerogex.examples;

import io.zerogex.core.exposure.BucketExposure;
import io.zerogex.core.exposure.DataQuality;
import io.zerogex.core.exposure.DropReason;
import io.zerogex.core.exposure.ExpirationExposure;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.ExposureUnit;
import io.zerogex.core.exposure.GammaProfile;
import io.zerogex.core.exposure.GreekExposure;
import io.zerogex.core.exposure.Levels;
import io.zerogex.core.exposure.ProfileStatus;
import io.zerogex.core.exposure.StrikeExposure;
import io.zerogex.core.exposure.ZeroGammaMethod;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The JSON form of a report: every value of the {@link ExposureReport} in its raw unit
 * ({@link #unit()}, dollars, not billions), plus where it came from. Absent levels are JSON
 * {@code null}. Dropped contracts are summarised by reason rather than listed one by one.
 *
 * @param underlying the chain's underlying
 * @param source the chain file, or the bundled chain's description
 * @param asOf the chain's instant (ISO-8601)
 * @param spot the chain's spot
 * @param mode the conventions used ({@code default} or {@code perfiliev})
 * @param expirations the expiration selection
 * @param unit the unit of every exposure
 * @param totals net, call, put and absolute gamma exposure and the 0DTE share
 * @param levels zero gamma, walls, absolute-gamma strike and max pain
 * @param profile the sampled gamma profile and its crossings
 * @param greekExposure dealer delta, vanna and charm exposure, in dollars
 * @param dataQuality contracts used and dropped
 * @param byStrike exposure by strike, ascending
 * @param byExpiration exposure by expiration, ascending
 * @param byBucket exposure by days-to-expiry bucket
 * @param charts the PNG files written
 */
record ReportDocument(
    String underlying,
    String source,
    Instant asOf,
    double spot,
    String mode,
    String expirations,
    ExposureUnit unit,
    Totals totals,
    LevelsView levels,
    Profile profile,
    GreekExposure greekExposure,
    Quality dataQuality,
    List<StrikeExposure> byStrike,
    List<ExpirationExposure> byExpiration,
    List<BucketExposure> byBucket,
    List<String> charts) {

  /** The report's totals, in its unit. */
  record Totals(double netGamma, double callGamma, double putGamma, double absoluteGamma, double zeroDteShare) {
  }

  /** The report's levels; absent ones are null in JSON. */
  record LevelsView(OptionalDouble zeroGamma, OptionalDouble callWall, OptionalDouble putWall,
      OptionalDouble absGammaStrike, OptionalDouble maxPain) {
  }

  /** The gamma profile as sampled. */
  record Profile(ZeroGammaMethod method, ProfileStatus status, OptionalDouble zeroGamma, double[] crossings,
      double minimum, double maximum, double[] spots, double[] values) {
  }

  /** Counts of contracts used and dropped. */
  record Quality(int contractsInChain, int contractsUsed, int vendorGamma, int modelGamma, int solvedVolatility,
      int profileContracts, Map<DropReason, Integer> droppedByReason) {
  }

  /** Copies every value out of {@code report}. */
  static ReportDocument of(ExposureReport report, String source, ReportMode mode, ExpirationSelection expirations,
      List<Path> charts) {
    Levels levels = report.levels();
    GammaProfile profile = report.profile();
    DataQuality quality = report.dataQuality();
    return new ReportDocument(
        report.underlying(),
        source,
        report.asOf(),
        report.spot(),
        mode.name().toLowerCase(java.util.Locale.ROOT),
        expirations.toString(),
        report.unit(),
        new Totals(report.totalGamma(), report.callGamma(), report.putGamma(), report.absoluteGamma(),
            report.zeroDteShare()),
        new LevelsView(levels.zeroGamma(), levels.callWall(), levels.putWall(), levels.absGammaStrike(),
            levels.maxPain()),
        new Profile(profile.method(), profile.status(), profile.zeroGamma(), profile.crossings(), profile.minimum(),
            profile.maximum(), profile.spots(), profile.values()),
        report.greekExposure(),
        new Quality(quality.contractsInChain(), quality.contractsUsed(), quality.vendorGamma(),
            quality.modelGamma(), quality.solvedVolatility(), quality.profileContracts(),
            quality.droppedByReason()),
        report.byStrike(),
        report.byExpiration(),
        report.byBucket(),
        charts.stream().map(Path::toString).toList());
  }
}
