package io.zerogex.tradier;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of a body at a time (one little-endian long, the first byte lowest) for
 * {@link ChainScanner}: the end of a string run and of a digit run, and the value of up to eight
 * digits, each with a few arithmetic operations on the whole word instead of a loop over bytes.
 *
 * <p>Stateless and thread-safe.
 */
final class ByteWords {

  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private ByteWords() {
  }

  /** The eight bytes from {@code index}, the first in the lowest byte. */
  static long word(byte[] body, int index) {
    return (long) WORDS.get(body, index);
  }

  /**
   * The index of the first byte from {@code from} that is a quote, a backslash, a control or
   * non-ASCII, or {@code end}.
   */
  static int special(byte[] body, int from, int end) {
    int k = from;
    while (k <= end - Long.BYTES) {
      long marks = specials(word(body, k));
      if (marks != 0) {
        return k + (Long.numberOfTrailingZeros(marks) >>> 3);
      }
      k += Long.BYTES;
    }
    while (k < end) {
      byte c = body[k];
      if (c == '"' || c == '\\' || c < 0x20) {
        return k;
      }
      k++;
    }
    return end;
  }

  /** The index of the first byte from {@code from} that is not an ASCII digit, or {@code end}. */
  static int digitsEnd(byte[] body, int from, int end) {
    int k = from;
    while (k <= end - Long.BYTES) {
      int count = leadingDigits(word(body, k));
      k += count;
      if (count < Long.BYTES) {
        return k;
      }
    }
    while (k < end && body[k] >= '0' && body[k] <= '9') {
      k++;
    }
    return k;
  }

  /** How many of the word's bytes, from the first, are ASCII digits (0 to 8). */
  static int leadingDigits(long word) {
    return Long.numberOfTrailingZeros(nonDigits(word)) >>> 3;
  }

  /**
   * The number written by the first {@code count} bytes of {@code word} (1 to 8 ASCII digits, the
   * most significant first). Shifting their digit values to the top of the word puts zeros before
   * them, which makes an 8-digit number: adjacent digits are paired (10 a + b), then the pairs
   * combined by two multiplications whose high halves sum to the value (after D. Lemire,
   * "Quickly parsing eight digits", 2022).
   */
  static long digitsValue(long word, int count) {
    long values = (word - ONES * '0') << (Long.SIZE - count * Byte.SIZE);
    long pairs = values * 10 + (values >>> 8);
    return ((pairs & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
        + ((pairs >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
  }

  /**
   * The high bit of each byte of {@code word} that is '"', '\\', below 0x20 or above 0x7F (the
   * classic "has zero byte" test, (x - 0x01..) & ~x & 0x80.., applied to word ^ '"', word ^ '\\'
   * and, as "has byte below 0x20", to word). Borrows can mark bytes above a marked one, so only
   * the lowest mark is exact, which is the only one used.
   */
  private static long specials(long word) {
    long quote = word ^ (ONES * '"');
    long backslash = word ^ (ONES * '\\');
    return ((quote - ONES) & ~quote
        | (backslash - ONES) & ~backslash
        | (word - ONES * 0x20) & ~word
        | word) & HIGH_BITS;
  }

  /**
   * The high bit of each byte of {@code word} that is not an ASCII digit: below '0' (the
   * subtraction borrows), above '9' (adding 0x46 reaches 0x80) or non-ASCII. Borrows and carries
   * only mark bytes above a marked one, so the lowest mark is exact, and it is the only one used.
   */
  private static long nonDigits(long word) {
    return ((word - ONES * '0') | (word + ONES * 0x46) | word) & HIGH_BITS;
  }
}
