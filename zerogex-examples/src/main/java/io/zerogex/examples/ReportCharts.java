package io.zerogex.examples;

import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.exposure.GammaProfile;
import io.zerogex.core.exposure.StrikeExposure;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Draws a report's two charts: gamma exposure by strike and the gamma profile. */
final class ReportCharts {

  /** The by-strike chart's file name. */
  static final String STRIKE_PNG = "gex-by-strike.png";
  /** The profile chart's file name. */
  static final String PROFILE_PNG = "gamma-profile.png";
  /**
   * Strikes shown on the by-strike chart: within this fraction of spot (5%: about 90 SPX strikes
   * at 5-point spacing, few enough to read each bar), widened to take in the zero-gamma level.
   */
  static final double STRIKE_WINDOW = 0.05;

  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'ET'", Locale.US);

  private ReportCharts() {
  }

  /**
   * Writes both charts into {@code folder} (created if needed).
   *
   * @return the paths written: the by-strike chart, then the profile chart
   */
  static List<Path> write(ExposureReport report, Path folder) {
    String unit = DisplayUnits.billionsLabel(report.unit());
    String asOf = AS_OF.format(report.asOf().atZone(ZoneId.of("America/New_York")));
    double spot = report.spot();
    OptionalDouble zeroGamma = report.levels().zeroGamma();

    double low = spot * (1 - STRIKE_WINDOW);
    double high = spot * (1 + STRIKE_WINDOW);
    if (zeroGamma.isPresent()) {
      low = Math.min(low, zeroGamma.getAsDouble() - 0.01 * spot);
      high = Math.max(high, zeroGamma.getAsDouble() + 0.01 * spot);
    }
    List<StrikeExposure> shown = new ArrayList<>();
    for (StrikeExposure s : report.byStrike()) {
      if (s.strike() >= low && s.strike() <= high) {
        shown.add(s);
      }
    }
    double[] strikes = new double[shown.size()];
    double[] values = new double[shown.size()];
    for (int i = 0; i < strikes.length; i++) {
      strikes[i] = shown.get(i).strike();
      values[i] = shown.get(i).netGamma() / DisplayUnits.BILLION;
    }
    String strikeTitle = String.format(Locale.US, "%s gamma exposure by strike, %s   (total %.2f %s)",
        report.underlying(), asOf, report.totalGamma() / DisplayUnits.BILLION, unit);
    Path strikePng = StrikeChart.write(folder.resolve(STRIKE_PNG), strikeTitle, "Net GEX (" + unit + ")",
        strikes, values, spot, zeroGamma);

    GammaProfile profile = report.profile();
    double[] profileValues = profile.values();
    for (int i = 0; i < profileValues.length; i++) {
      profileValues[i] /= DisplayUnits.BILLION;
    }
    String flip = profile.zeroGamma().isPresent()
        ? "gamma flip " + ChartStyle.index().format(profile.zeroGamma().getAsDouble())
        : "no gamma flip in range";
    String profileTitle = String.format(Locale.US, "%s gamma profile, %s   (%s)", report.underlying(), asOf, flip);
    Path profilePng = ProfileChart.write(folder.resolve(PROFILE_PNG), profileTitle, "Total GEX (" + unit + ")",
        profile.spots(), profileValues, spot, profile.zeroGamma());
    return List.of(strikePng, profilePng);
  }
}
