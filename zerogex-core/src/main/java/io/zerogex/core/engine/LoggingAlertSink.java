package io.zerogex.core.engine;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Writes every alert as one WARNING line to the {@link System.Logger} named
 * {@code io.zerogex.core.engine.alerts} (routed to slf4j or JUL by the application).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LoggingAlertSink implements AlertListener {

  private final Logger logger;

  /** A sink writing to the {@code io.zerogex.core.engine.alerts} logger. */
  public LoggingAlertSink() {
    this(System.getLogger("io.zerogex.core.engine.alerts"));
  }

  /**
   * A sink writing to {@code logger}.
   *
   * @param logger where the lines go
   */
  public LoggingAlertSink(Logger logger) {
    this.logger = java.util.Objects.requireNonNull(logger, "logger");
  }

  @Override
  public void onAlert(LevelAlert alert) {
    logger.log(Level.WARNING, "alert {0}", alert.describe());
  }
}
