package io.zerogex.beam;

import io.zerogex.core.model.Arguments;

/**
 * An input the pipeline rejected, with the reason: nothing is dropped silently. This class is
 * immutable and thread-safe.
 *
 * @param stage the transform that rejected it, e.g. {@code cboe-file} or {@code chain-row}
 * @param input the rejected input as text (a file name, a row, a snapshot key)
 * @param reason why, usually the message of the core's {@link IllegalArgumentException}
 */
public record DeadLetter(String stage, String input, String reason) {

  /** Checks that every field is present. */
  public DeadLetter {
    Arguments.notBlank(stage, "stage");
    Arguments.notNull(input, "input");
    Arguments.notNull(reason, "reason");
  }

  /**
   * A dead letter whose reason is an exception's message, or its class name when it has none.
   *
   * @param stage the rejecting transform
   * @param input the rejected input as text
   * @param error what went wrong
   * @return the dead letter
   */
  public static DeadLetter of(String stage, Object input, Exception error) {
    String message = error.getMessage();
    return new DeadLetter(stage, String.valueOf(input),
        message == null ? error.getClass().getName() : message);
  }
}
