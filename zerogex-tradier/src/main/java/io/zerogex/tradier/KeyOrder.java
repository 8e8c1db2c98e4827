package io.zerogex.tradier;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The keys of the last object read at each position, so that {@link ChainScanner} can confirm the
 * next object's key with one masked compare of three words instead of searching for the closing
 * quote and classifying the key: the rows of a chain repeat one key order.
 *
 * <p>A position holds the key's bytes followed by its closing quote and the colon (at most
 * {@link #WORDS_PER_KEY} words; longer keys are never predicted). A key was learned only after the
 * general path found its closing quote with no quote, backslash, control or non-ASCII byte before
 * it, so when the body's bytes equal the stored ones the general path would have read the very
 * same key. A mismatch (another order, a missing field) costs one compare; the caller then reads
 * the key the general way and {@link #learn learns} it for the next object.
 *
 * <p>Not thread-safe: one instance per scanner.
 */
final class KeyOrder {

  /** Words compared per key: keys of up to 22 bytes (plus the closing quote and colon) are predicted. */
  static final int WORDS_PER_KEY = 3;

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final long[] words;
  private final long[] masks;
  /** Bytes of the key, its closing quote and the colon per position; 0 where nothing is predicted. */
  private final int[] lengths;
  private final int[] codes;

  /** An empty order of up to {@code positions} keys per object. */
  KeyOrder(int positions) {
    words = new long[positions * WORDS_PER_KEY];
    masks = new long[positions * WORDS_PER_KEY];
    lengths = new int[positions];
    codes = new int[positions];
  }

  /**
   * The bytes of the key, its closing quote and the colon when the body at {@code at} (just after
   * the opening quote) holds the key learned for {@code position}, else 0. Needs
   * {@code WORDS_PER_KEY} whole words before {@code end}; nearer the end it predicts nothing.
   */
  int match(byte[] body, int at, int end, int position) {
    if (position >= lengths.length || at > end - WORDS_PER_KEY * Long.BYTES) {
      return 0;
    }
    int w = position * WORDS_PER_KEY;
    long difference = (((long) WORDS.get(body, at) ^ words[w]) & masks[w])
        | (((long) WORDS.get(body, at + Long.BYTES) ^ words[w + 1]) & masks[w + 1])
        | (((long) WORDS.get(body, at + 2 * Long.BYTES) ^ words[w + 2]) & masks[w + 2]);
    return difference == 0 ? lengths[position] : 0;
  }

  /** The field code learned with the key at {@code position}. */
  int code(int position) {
    return codes[position];
  }

  /**
   * Remembers the key {@code body[keyStart, keyStart + keyLength)}, whose closing quote follows
   * it, and its field code at {@code position}; predicts nothing there unless the colon follows
   * the quote directly (as in Tradier's compact bodies and in common pretty-printed ones).
   */
  void learn(int position, byte[] body, int keyStart, int keyLength, int code) {
    if (position >= lengths.length) {
      return;
    }
    int length = keyLength + 2;
    if (length > WORDS_PER_KEY * Long.BYTES || keyStart + length > body.length
        || body[keyStart + keyLength + 1] != ':') {
      lengths[position] = 0;
      return;
    }
    int w = position * WORDS_PER_KEY;
    for (int k = 0; k < WORDS_PER_KEY; k++) {
      words[w + k] = 0;
      masks[w + k] = 0;
    }
    for (int k = 0; k < length; k++) {
      long value = body[keyStart + k] & 0xFF;
      int shift = (k % Long.BYTES) * Byte.SIZE;
      words[w + k / Long.BYTES] |= value << shift;
      masks[w + k / Long.BYTES] |= 0xFFL << shift;
    }
    lengths[position] = length;
    codes[position] = code;
  }
}
