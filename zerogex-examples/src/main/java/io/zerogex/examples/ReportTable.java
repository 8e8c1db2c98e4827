package io.zerogex.examples;

import io.zerogex.core.exposure.DataQuality;
import io.zerogex.core.exposure.ExpirationExposure;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.GammaProfile;
import io.zerogex.core.exposure.GreekExposure;
import io.zerogex.core.exposure.Levels;
import io.zerogex.core.exposure.StrikeExposure;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Formats a report as the readable text table the {@code report} command prints. */
final class ReportTable {

  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz (VV)", Locale.US);

  private ReportTable() {
  }

  /**
   * The table: header (source, as-of, spot, mode), totals, levels, greek exposure, data quality,
   * the {@code top} strikes by absolute net exposure and every expiration with contracts. Exposures
   * are in billions of the report's unit.
   */
  static String format(ExposureReport report, String source, ReportMode mode, ExpirationSelection expirations,
      int top) {
    StringBuilder sb = new StringBuilder();
    String unit = DisplayUnits.billionsLabel(report.unit());
    line(sb, "ZeroGEX gamma exposure report: %s", report.underlying());
    line(sb, "  chain          %s", source);
    line(sb, "  as of          %s", AS_OF.format(report.asOf().atZone(ZoneId.of("America/New_York"))));
    line(sb, "  spot           %s", index2(report.spot()));
    line(sb, "  mode           %s (%s)", mode.name().toLowerCase(Locale.ROOT), mode.description());
    line(sb, "  expirations    %s", expirations);
    line(sb, "  unit           %s", unit);
    sb.append('\n');
    line(sb, "Totals (%s)", unit);
    line(sb, "  net gamma      %+10.2f", bn(report.totalGamma()));
    line(sb, "  calls          %+10.2f", bn(report.callGamma()));
    line(sb, "  puts           %+10.2f", bn(report.putGamma()));
    line(sb, "  absolute       %10.2f", bn(report.absoluteGamma()));
    line(sb, "  0DTE share     %9.1f%%", 100 * report.zeroDteShare());
    sb.append('\n');
    Levels levels = report.levels();
    GammaProfile profile = report.profile();
    line(sb, "Levels");
    line(sb, "  zero gamma     %s   [%s; %d crossing(s) %s]", level2(levels.zeroGamma()), profile.status(),
        profile.crossings().length, Arrays.stream(profile.crossings()).mapToObj(ReportTable::index2)
            .collect(Collectors.joining(", ", "(", ")")));
    line(sb, "  call wall      %s", level(levels.callWall()));
    line(sb, "  put wall       %s", level(levels.putWall()));
    line(sb, "  abs gamma      %s", level(levels.absGammaStrike()));
    line(sb, "  max pain       %s", level(levels.maxPain()));
    line(sb, "  profile        %.2f .. %.2f over %s .. %s", bn(profile.minimum()), bn(profile.maximum()),
        index(profile.spots()[0]), index(profile.spots()[profile.spots().length - 1]));
    sb.append('\n');
    GreekExposure greeks = report.greekExposure();
    line(sb, "Dealer exposure ($bn)");
    line(sb, "  delta          %+,10.2f", bn(greeks.deltaDollars()));
    line(sb, "  vanna          %+10.2f   per vol point", bn(greeks.vannaDollarsPerVolPoint()));
    line(sb, "  charm          %+10.2f   per day", bn(greeks.charmDollarsPerDay()));
    sb.append('\n');
    DataQuality quality = report.dataQuality();
    line(sb, "Data: %,d contracts, %,d used (%,d vendor gamma, %,d model gamma), dropped %s",
        quality.contractsInChain(), quality.contractsUsed(), quality.vendorGamma(), quality.modelGamma(),
        quality.droppedByReason().entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.US, "%,d", e.getValue()))
            .collect(Collectors.joining(", ")));
    sb.append('\n');
    topStrikes(sb, report.byStrike(), top, unit);
    sb.append('\n');
    expirations(sb, report.byExpiration(), unit);
    return sb.toString();
  }

  private static void topStrikes(StringBuilder sb, List<StrikeExposure> byStrike, int top, String unit) {
    line(sb, "Top %d strikes by |net GEX| (%s)", top, unit);
    line(sb, "  %10s %9s %9s %9s %10s %10s", "strike", "net", "calls", "puts", "call OI", "put OI");
    byStrike.stream()
        .sorted(Comparator.comparingDouble((StrikeExposure s) -> -Math.abs(s.netGamma())))
        .limit(top)
        .forEach(s -> line(sb, "  %10s %+9.2f %+9.2f %+9.2f %,10d %,10d", strike(s.strike()), bn(s.netGamma()),
            bn(s.callGamma()), bn(s.putGamma()), s.callOpenInterest(), s.putOpenInterest()));
  }

  private static void expirations(StringBuilder sb, List<ExpirationExposure> byExpiration, String unit) {
    line(sb, "By expiration (%s)", unit);
    line(sb, "  %-10s %5s %-9s %9s %9s %9s %9s", "expiration", "days", "bucket", "net", "calls", "puts", "contracts");
    for (ExpirationExposure e : byExpiration) {
      if (e.contracts() > 0) {
        line(sb, "  %-10s %5d %-9s %+9.2f %+9.2f %+9.2f %,9d", e.expiration(), e.daysToExpiration(), e.bucket(),
            bn(e.netGamma()), bn(e.callGamma()), bn(e.putGamma()), e.contracts());
      }
    }
  }

  private static void line(StringBuilder sb, String format, Object... args) {
    sb.append(String.format(Locale.US, format, args)).append('\n');
  }

  private static double bn(double value) {
    return value / DisplayUnits.BILLION;
  }

  private static String index(double value) {
    return ChartStyle.index().format(value);
  }

  private static String index2(double value) {
    return ChartStyle.index2().format(value);
  }

  private static String strike(double value) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
  }

  private static String level(OptionalDouble value) {
    return value.isPresent() ? strike(value.getAsDouble()) : "none";
  }

  private static String level2(OptionalDouble value) {
    return value.isPresent() ? index2(value.getAsDouble()) : "none";
  }
}
