package io.zerogex.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LevelReadingTest {

  private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
  private static final Instant T1 = T0.plusSeconds(420);

  private static LevelReading reading(Instant at, double spot, double netGamma) {
    return new LevelReading("SPX", at, spot, OptionalDouble.of(4700), OptionalDouble.of(4800), OptionalDouble.of(4600),
        netGamma);
  }

  @Test
  void crossingZeroGammaAndTheSignOfNetGammaAlerts() {
    List<LevelAlert> alerts = reading(T1, 4690, -1e9).alertsSince(reading(T0, 4710, 2e9));
    assertThat(alerts).extracting(LevelAlert::kind)
        .containsExactly(AlertKind.ZERO_GAMMA_CROSSED, AlertKind.NET_GEX_SIGN_CHANGED);
    assertThat(alerts.get(0)).isEqualTo(new LevelAlert(AlertKind.ZERO_GAMMA_CROSSED, "SPX", T1, 4710, 4690, 4700));
    assertThat(alerts.get(1).level()).isEqualTo(-1e9);
  }

  @Test
  void breachingAWallAlertsOnceAndStayingPutDoesNot() {
    assertThat(reading(T1, 4801, 1).alertsSince(reading(T0, 4790, 1))).extracting(LevelAlert::kind)
        .containsExactly(AlertKind.CALL_WALL_BREACHED);
    assertThat(reading(T1, 4600, 1).alertsSince(reading(T0, 4650, 1))).extracting(LevelAlert::kind)
        .containsExactly(AlertKind.PUT_WALL_BREACHED);
    assertThat(reading(T1, 4810, 1).alertsSince(reading(T0, 4805, 1))).isEmpty();
    assertThat(reading(T1, 4750, 0).alertsSince(reading(T0, 4740, 1))).as("zero has no sign").isEmpty();
  }

  @Test
  void theLogSinkWritesOneLinePerAlert() {
    List<String> lines = new java.util.ArrayList<>();
    System.Logger logger = new System.Logger() {
      @Override
      public String getName() {
        return "test";
      }

      @Override
      public boolean isLoggable(Level level) {
        return true;
      }

      @Override
      public void log(Level level, java.util.ResourceBundle bundle, String message, Throwable thrown) {
        lines.add(level + " " + message);
      }

      @Override
      public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
        lines.add(level + " " + java.text.MessageFormat.format(format, params));
      }
    };
    new LoggingAlertSink(logger).onAlert(new LevelAlert(AlertKind.CALL_WALL_BREACHED, "SPX", T1, 4790, 4801, 4800));
    assertThat(lines).containsExactly(
        "WARNING alert SPX CALL_WALL_BREACHED: spot 4790.0 -> 4801.0, level 4800.0 at 2026-11-25T15:07:00Z");
  }
}
