package io.zerogex.core.engine;

import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.model.Arguments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The levels of one exposure run that alerts compare: spot, zero gamma, the walls and net gamma.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param underlying the underlying
 * @param asOf the as-of instant of the run
 * @param spot spot, &gt; 0
 * @param zeroGamma the zero-gamma level, empty when the profile has none
 * @param callWall the call wall, empty when none
 * @param putWall the put wall, empty when none
 * @param netGamma the net (total) gamma exposure, in the report's unit
 */
public record LevelReading(String underlying, Instant asOf, double spot, OptionalDouble zeroGamma,
    OptionalDouble callWall, OptionalDouble putWall, double netGamma) {

  /** Validates the arguments. */
  public LevelReading {
    Arguments.notBlank(underlying, "underlying");
    Arguments.notNull(asOf, "asOf");
    Arguments.positive(spot, "spot");
    Arguments.notNull(zeroGamma, "zeroGamma");
    Arguments.notNull(callWall, "callWall");
    Arguments.notNull(putWall, "putWall");
    Arguments.finite(netGamma, "netGamma");
  }

  /** The levels of {@code report}. */
  public static LevelReading of(ExposureReport report) {
    return new LevelReading(report.underlying(), report.asOf(), report.spot(), report.levels().zeroGamma(),
        report.levels().callWall(), report.levels().putWall(), report.totalGamma());
  }

  /**
   * The alerts raised going from {@code previous} to this reading: spot on the other side of zero
   * gamma (the newer level), spot through the newer call or put wall, net gamma of the other sign
   * (zero counts as no sign, so it never alerts).
   *
   * @param previous the older reading of the same underlying
   * @return the alerts, possibly empty
   */
  public List<LevelAlert> alertsSince(LevelReading previous) {
    Arguments.notNull(previous, "previous");
    List<LevelAlert> alerts = new ArrayList<>();
    double before = previous.spot;
    if (zeroGamma.isPresent()) {
      double level = zeroGamma.getAsDouble();
      if (Math.signum(before - level) * Math.signum(spot - level) < 0) {
        alerts.add(alert(AlertKind.ZERO_GAMMA_CROSSED, before, level));
      }
    }
    if (callWall.isPresent() && before < callWall.getAsDouble() && spot >= callWall.getAsDouble()) {
      alerts.add(alert(AlertKind.CALL_WALL_BREACHED, before, callWall.getAsDouble()));
    }
    if (putWall.isPresent() && before > putWall.getAsDouble() && spot <= putWall.getAsDouble()) {
      alerts.add(alert(AlertKind.PUT_WALL_BREACHED, before, putWall.getAsDouble()));
    }
    if (Math.signum(previous.netGamma) * Math.signum(netGamma) < 0) {
      alerts.add(alert(AlertKind.NET_GEX_SIGN_CHANGED, before, netGamma));
    }
    return alerts;
  }

  private LevelAlert alert(AlertKind kind, double before, double level) {
    return new LevelAlert(kind, underlying, asOf, before, spot, level);
  }
}
