package io.zerogex.core.support;

/**
 * A Cboe delayed-quote table that cannot be read: its message names the line number (1-based,
 * counting every physical line of the file), the field and the offending text.
 *
 * <p>It is an {@link IllegalArgumentException} because the table is the caller's input; the
 * structured accessors let tools point at the exact spot.
 */
public final class CboeFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;
  private final String field;
  private final String text;

  /**
   * Creates the exception.
   *
   * @param lineNumber the 1-based physical line number, or 0 when the problem is the whole file
   * @param field the field or part of the line that is wrong, e.g. {@code Calls IV}
   * @param text the offending text as read (may be empty)
   * @param problem what is wrong, e.g. {@code not a number}
   */
  public CboeFormatException(int lineNumber, String field, String text, String problem) {
    super(message(lineNumber, field, text, problem));
    this.lineNumber = lineNumber;
    this.field = field;
    this.text = text;
  }

  /** The 1-based physical line number, or 0 when the problem concerns the whole file. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The field or part of the line that is wrong. */
  public String field() {
    return field;
  }

  /** The offending text as read. */
  public String text() {
    return text;
  }

  private static String message(int lineNumber, String field, String text, String problem) {
    String where = lineNumber > 0 ? "Cboe quote table line " + lineNumber : "Cboe quote table";
    String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return where + ", " + field + ": " + problem + " (text '" + shown + "')";
  }
}
