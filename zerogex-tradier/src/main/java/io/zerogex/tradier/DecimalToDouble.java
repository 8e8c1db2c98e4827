package io.zerogex.tradier;

import java.math.BigInteger;

/**
 * The double nearest to a decimal {@code significand x 10^exponent} (ties to even), the value
 * {@link Double#parseDouble(String)} gives for its text, or NaN when this fast path cannot tell
 * and the caller must parse the text with a complete parser.
 *
 * <p>Two exact paths, tried in order. Clinger's: a significand of at most 2^53 and an exponent
 * within +-22 are both exact doubles, so one IEEE multiplication or division rounds correctly.
 * Eisel and Lemire's (D. Lemire, "Number parsing at a gigabyte per second", Software: Practice and
 * Experience 51(8), 2021, section 5): the normalized significand times a 64-bit truncation of
 * 10^exponent; the true product lies at most one significand above the computed one, so when the
 * bits that decide the rounding cannot be changed by that error, and the product is not an exact
 * tie, they are the correctly rounded result. Otherwise (about 1 in 500 of random 17-digit
 * inputs), and for results outside the normal range, the answer is NaN. The powers of ten are
 * computed exactly with {@link BigInteger} when the class loads.
 *
 * <p>Stateless and thread-safe.
 */
final class DecimalToDouble {

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /** Exponents with a truncated power of ten; the full-precision greeks need about -25 to 0. */
  private static final int MIN_EXPONENT = -64;
  private static final int MAX_EXPONENT = 64;

  /**
   * For exponent q, the top 64 bits of floor(10^q x 2^(127 - floor(q log2 10))), a number in
   * [2^127, 2^128): 10^q normalized to 128 bits and truncated.
   */
  private static final long[] TRUNCATED_POWERS = truncatedPowers();

  private static final int DOUBLE_EXPONENT_BIAS = 1023;
  private static final int SIGNIFICAND_BITS = 52;
  private static final long SIGNIFICAND_MASK = (1L << SIGNIFICAND_BITS) - 1;
  /** The nine product bits below the 54 kept (the 53 of the result and one rounding bit). */
  private static final long LOW_BITS = 0x1FF;

  private DecimalToDouble() {
  }

  /**
   * The double nearest to {@code significand x 10^exponent}, or NaN when undecided here.
   *
   * @param negative the sign
   * @param significand the decimal digits as an unsigned 64-bit integer (up to 19 digits)
   * @param exponent the power of ten
   */
  static double toDouble(boolean negative, long significand, int exponent) {
    if (significand >= 0 && significand <= 1L << 53 && exponent >= -22 && exponent <= 22) {
      double value = exponent < 0 ? significand / POWERS_OF_TEN[-exponent] : significand * POWERS_OF_TEN[exponent];
      return negative ? -value : value;
    }
    if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      return Double.NaN;
    }
    return eiselLemire(negative, significand, exponent);
  }

  private static double eiselLemire(boolean negative, long significand, int exponent) {
    int leadingZeros = Long.numberOfLeadingZeros(significand);
    long normalized = significand << leadingZeros;
    long power = TRUNCATED_POWERS[exponent - MIN_EXPONENT];
    long high = unsignedMultiplyHigh(normalized, power);
    long low = normalized * power;
    // The exact product exceeds this one by less than the significand: when adding it may carry
    // out of the low word and into nine set bits, the kept bits are uncertain.
    if ((high & LOW_BITS) == LOW_BITS && Long.compareUnsigned(low + normalized, normalized) < 0) {
      return Double.NaN;
    }
    long top = high >>> 63;
    long kept = high >>> (top + 9);
    long binaryExponent = floorLog2OfPowerOfTen(exponent) + 64 + DOUBLE_EXPONENT_BIAS - leadingZeros - (1 ^ top);
    // An exact tie (nothing below the rounding bit) rounds to even: left to the complete parser.
    if (low == 0 && (high & LOW_BITS) == 0 && (kept & 3) == 1) {
      return Double.NaN;
    }
    kept += kept & 1;
    kept >>>= 1;
    if (kept >>> (SIGNIFICAND_BITS + 1) != 0) {
      kept >>>= 1;
      binaryExponent++;
    }
    if (binaryExponent < 1 || binaryExponent >= 0x7FF) {
      return Double.NaN;
    }
    long bits = binaryExponent << SIGNIFICAND_BITS | kept & SIGNIFICAND_MASK;
    return Double.longBitsToDouble(negative ? bits | Long.MIN_VALUE : bits);
  }

  /** floor(q log2 10) for |q| up to a few hundred (217706 / 2^16 approximates log2 10). */
  private static int floorLog2OfPowerOfTen(int q) {
    return (217706 * q) >> 16;
  }

  /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh came in Java 18). */
  private static long unsignedMultiplyHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  private static long[] truncatedPowers() {
    long[] powers = new long[MAX_EXPONENT - MIN_EXPONENT + 1];
    for (int q = MIN_EXPONENT; q <= MAX_EXPONENT; q++) {
      int shift = 127 - floorLog2OfPowerOfTen(q);
      BigInteger ten = BigInteger.TEN.pow(Math.abs(q));
      BigInteger scaled = q >= 0
          ? (shift >= 0 ? ten.shiftLeft(shift) : ten.shiftRight(-shift))
          : BigInteger.ONE.shiftLeft(shift).divide(ten);
      if (scaled.bitLength() != 128) {
        throw new AssertionError("10^" + q + " normalizes to " + scaled.bitLength() + " bits");
      }
      powers[q - MIN_EXPONENT] = scaled.shiftRight(64).longValue();
    }
    return powers;
  }
}
