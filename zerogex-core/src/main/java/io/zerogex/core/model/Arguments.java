package io.zerogex.core.model;

/**
 * Argument checks shared by the library's records and formulas. Each failure is an
 * {@link IllegalArgumentException} (or {@link NullPointerException} for a null) whose message
 * names the argument and its value.
 *
 * <p>Not intended as user API; public only because every package of the core uses it.
 */
public final class Arguments {

  private Arguments() {
  }

  /** Returns {@code value} if it is finite, otherwise throws naming {@code name}. */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, got " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and strictly positive. */
  public static double positive(double value, String name) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and zero or positive. */
  public static double nonNegative(double value, String name) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or positive. */
  public static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is strictly positive. */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is non-null and not blank. */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /** Returns {@code value} if it is non-null. */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      // The message is built only on failure: this check sits on hot paths.
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }
}
