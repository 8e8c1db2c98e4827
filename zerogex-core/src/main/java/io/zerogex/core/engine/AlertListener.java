package io.zerogex.core.engine;

/**
 * Receives the {@link LevelAlert}s of the {@link GexEngine}. Called on the job's worker thread;
 * an exception thrown here is logged and does not fail the exposure job.
 */
@FunctionalInterface
public interface AlertListener {

  /**
   * One level event.
   *
   * @param alert the event
   */
  void onAlert(LevelAlert alert);
}
