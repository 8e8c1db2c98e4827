package io.zerogex.core.model;

/** The right an option gives its holder: to buy (call) or to sell (put) the underlying. */
public enum OptionRight {
  /** The right to buy at the strike. */
  CALL('C'),
  /** The right to sell at the strike. */
  PUT('P');

  private final char code;

  OptionRight(char code) {
    this.code = code;
  }

  /** The one-letter code used in OCC symbols: {@code C} or {@code P}. */
  public char code() {
    return code;
  }

  /**
   * The right for an OCC code letter.
   *
   * @throws IllegalArgumentException for any letter other than C or P (case-insensitive)
   */
  public static OptionRight ofCode(char code) {
    switch (Character.toUpperCase(code)) {
      case 'C':
        return CALL;
      case 'P':
        return PUT;
      default:
        throw new IllegalArgumentException("option right code must be C or P, got '" + code + "'");
    }
  }
}
