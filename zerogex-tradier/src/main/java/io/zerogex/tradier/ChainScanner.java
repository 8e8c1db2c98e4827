package io.zerogex.tradier;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The hot path of {@link TradierChainParser}: a scanner over the bytes of a chains body that reads
 * the fields the library keeps and only delimits the rest (a 20,000-contract SPX chain is about
 * 19 MB, of which the kept fields are a small part).
 *
 * <p>It reads exactly what the Jackson reader reads on valid JSON, and gives up (returns false,
 * leaving the rows cleared) on anything outside the common subset: escapes or non-ASCII bytes in a
 * kept string or a key, a body cut short, a structure the documented shape does not have. The
 * caller then parses with Jackson, which handles every case and reports malformed bodies. Ignored
 * values are delimited, not validated.
 *
 * <p>Numbers: the digits are read eight bytes at a time into a significand of up to 19 digits
 * and converted exactly by {@link DecimalToDouble} (Clinger's fast path for short prices and
 * volatilities, Eisel and Lemire's for the full-precision greeks with 17 digits); longer numbers
 * and the rare undecided ones go to FastDoubleParser's correctly rounded parser, straight from
 * the bytes. Either way the value equals {@link Double#parseDouble(String)}'s.
 *
 * <p>Keys are confirmed against the previous row's key order ({@link KeyOrder}) with one compare;
 * a key in another place is classified by length and first byte, then confirmed, without building
 * a String.
 *
 * <p>Not thread-safe: one instance per body.
 */
final class ChainScanner {

  private static final long[] LONG_POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  /*
   * Field codes of the kept keys. A scanned key is classified once by its length and first bytes
   * (then confirmed byte for byte), so no String is built and no hash computed per key; each
   * object accepts only its own codes and delimits everything else.
   */
  private static final int OTHER = 0;
  private static final int OPTIONS = 1;
  private static final int OPTION = 2;
  private static final int SYMBOL = 3;
  private static final int BID = 4;
  private static final int ASK = 5;
  private static final int LAST = 6;
  private static final int STRIKE = 7;
  private static final int VOLUME = 8;
  private static final int GREEKS = 9;
  private static final int ROOT_SYMBOL = 10;
  private static final int OPTION_TYPE = 11;
  private static final int CONTRACT_SIZE = 12;
  private static final int OPEN_INTEREST = 13;
  private static final int EXPIRATION_DATE = 14;
  private static final int DELTA = 15;
  private static final int GAMMA = 16;
  private static final int THETA = 17;
  private static final int VEGA = 18;
  private static final int RHO = 19;
  private static final int BID_IV = 20;
  private static final int MID_IV = 21;
  private static final int ASK_IV = 22;
  private static final int SMV_VOL = 23;

  /** The name of each field code, indexed by code. */
  private static final byte[][] NAMES = names(
      "", "options", "option", "symbol", "bid", "ask", "last", "strike", "volume", "greeks",
      "root_symbol", "option_type", "contract_size", "open_interest", "expiration_date",
      "delta", "gamma", "theta", "vega", "rho", "bid_iv", "mid_iv", "ask_iv", "smv_vol");

  /** Digits that always fit an unsigned long: 10^19 - 1 < 2^64. */
  private static final int EXACT_DIGITS = 19;

  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  /** The bytes of {@code null} read as a little-endian int. */
  private static final int NULL_WORD = 'n' | 'u' << 8 | 'l' << 16 | 'l' << 24;

  /** Slots of the kept strings that repeat from row to row, for {@link #text(int)}. */
  private static final int NOT_REPEATED = -1;
  private static final int ROOT_TEXT = 0;
  private static final int TYPE_TEXT = 1;
  private static final int EXPIRATION_TEXT = 2;

  /** Keys per object whose order is remembered (a recorded row has 39, its greeks 11). */
  private static final int OPTION_KEYS = 64;
  private static final int GREEKS_KEYS = 24;

  /** Leaves the scanner for the general parser; preallocated, no stack trace. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super(null, null, false, false);
    }
  }

  private final byte[] b;
  private final int end;
  private int i;
  private int keyStart;
  private int keyLength;
  /** The number being read by {@link #parseNumber()}: its digits so far and how many. */
  private long significand;
  private int digitCount;
  /** The key orders of the last option row and of the last greeks object. */
  private final KeyOrder optionKeys = new KeyOrder(OPTION_KEYS);
  private final KeyOrder greeksKeys = new KeyOrder(GREEKS_KEYS);
  /** The row being read, cleared for each option ({@link ChainRows#add} keeps none of it). */
  private final ChainRows.Row row = new ChainRows.Row();
  /** Per slot, the last string read and where its bytes lie in the body, reused on a repeat. */
  private final String[] lastText = new String[3];
  private final int[] lastStart = new int[3];
  private final int[] lastLength = new int[3];

  private ChainScanner(byte[] body) {
    this.b = body;
    this.end = body.length;
  }

  /** Scans {@code body} into {@code rows}; false (rows cleared) when the Jackson reader must take over. */
  static boolean scan(byte[] body, ChainRows rows) {
    try {
      new ChainScanner(body).document(rows);
      return true;
    } catch (Unsupported e) {
      rows.clear();
      return false;
    }
  }

  private void document(ChainRows rows) throws Unsupported {
    whitespace();
    expect('{');
    boolean sawOptions = false;
    whitespace();
    if (peek() != '}') {
      do {
        if (key() == OPTIONS) {
          sawOptions = true;
          options(rows);
        } else {
          skipValue();
        }
      } while (nextMember());
    } else {
      i++;
    }
    whitespace();
    if (!sawOptions || i != end) {
      throw Unsupported.INSTANCE;
    }
  }

  private void options(ChainRows rows) throws Unsupported {
    byte c = peek();
    if (c != '{') {
      nullValue();
      return;
    }
    i++;
    whitespace();
    if (peek() == '}') {
      i++;
      return;
    }
    do {
      if (key() == OPTION) {
        optionList(rows);
      } else {
        skipValue();
      }
    } while (nextMember());
  }

  private void optionList(ChainRows rows) throws Unsupported {
    byte c = peek();
    if (c == '{') {
      rows.add(option());
      return;
    }
    if (c != '[') {
      nullValue();
      return;
    }
    i++;
    whitespace();
    if (peek() == ']') {
      i++;
      return;
    }
    while (true) {
      whitespace();
      if (peek() == '{') {
        rows.add(option());
      } else {
        skipValue();
      }
      whitespace();
      byte next = next();
      if (next == ']') {
        return;
      }
      if (next != ',') {
        throw Unsupported.INSTANCE;
      }
    }
  }

  private ChainRows.Row option() throws Unsupported {
    ChainRows.Row row = this.row.clear();
    i++;
    whitespace();
    if (peek() == '}') {
      i++;
      return row;
    }
    int position = 0;
    do {
      switch (key(optionKeys, position++)) {
        case SYMBOL -> row.symbol = text(NOT_REPEATED);
        case BID -> row.bid = number();
        case ASK -> row.ask = number();
        case LAST -> row.last = number();
        case STRIKE -> row.strike = number();
        case VOLUME -> row.volume = number();
        case GREEKS -> greeks(row.greeks);
        case ROOT_SYMBOL -> row.root = text(ROOT_TEXT);
        case OPTION_TYPE -> row.type = text(TYPE_TEXT);
        case CONTRACT_SIZE -> row.contractSize = number();
        case OPEN_INTEREST -> row.openInterest = number();
        case EXPIRATION_DATE -> row.expiration = text(EXPIRATION_TEXT);
        default -> skipValue();
      }
    } while (nextMember());
    return row;
  }

  private void greeks(TradierGreeks greeks) throws Unsupported {
    if (peek() != '{') {
      skipValue();
      return;
    }
    greeks.present = true;
    i++;
    whitespace();
    if (peek() == '}') {
      i++;
      return;
    }
    int position = 0;
    do {
      switch (key(greeksKeys, position++)) {
        case DELTA -> greeks.delta = number();
        case GAMMA -> greeks.gamma = number();
        case THETA -> greeks.thetaPerDay = number();
        case VEGA -> greeks.vegaPerVolPoint = number();
        case RHO -> greeks.rhoPerRatePoint = number();
        case BID_IV -> greeks.bidIv = number();
        case MID_IV -> greeks.midIv = number();
        case ASK_IV -> greeks.askIv = number();
        case SMV_VOL -> greeks.smvVol = number();
        default -> skipValue();
      }
    } while (nextMember());
  }

  /** Reads {@code "key" :} and returns the key's field code ({@link #OTHER} for keys not kept). */
  private int key() throws Unsupported {
    return key(null, 0);
  }

  /**
   * {@link #key()} for the key at {@code position} of an object whose key order {@code order}
   * remembers (null: none): a key equal to the remembered one is confirmed by one compare, any
   * other is read the general way and remembered.
   */
  private int key(KeyOrder order, int position) throws Unsupported {
    if (i < end && b[i] == '"') {
      i++;
    } else {
      whitespace();
      expect('"');
    }
    int start = i;
    int predicted = order == null ? 0 : order.match(b, start, end, position);
    int code;
    if (predicted > 0) {
      // The key, its closing quote and the colon.
      code = order.code(position);
      i = start + predicted;
    } else {
      int k = ByteWords.special(b, start, end);
      if (k >= end || b[k] != '"') {
        throw Unsupported.INSTANCE;
      }
      keyStart = start;
      keyLength = k - start;
      code = field();
      if (order != null) {
        order.learn(position, b, start, keyLength, code);
      }
      i = k + 1;
      // The compact '"key":value' form skips the whitespace scans.
      if (i < end && b[i] == ':') {
        i++;
      } else {
        whitespace();
        expect(':');
      }
    }
    whitespace();
    return code;
  }

  /**
   * The code of the key just read: a candidate chosen by length and first (or second) byte, kept
   * only if every byte matches its name. The documented fields sharing a length differ there.
   */
  private int field() {
    if (keyLength < 3) {
      return OTHER;
    }
    byte first = b[keyStart];
    int candidate = switch (keyLength) {
      case 3 -> first == 'b' ? BID : first == 'a' ? ASK : first == 'r' ? RHO : OTHER;
      case 4 -> first == 'l' ? LAST : first == 'v' ? VEGA : OTHER;
      case 5 -> first == 'd' ? DELTA : first == 'g' ? GAMMA : first == 't' ? THETA : OTHER;
      case 6 -> switch (first) {
        case 's' -> b[keyStart + 1] == 'y' ? SYMBOL : STRIKE;
        case 'v' -> VOLUME;
        case 'g' -> GREEKS;
        case 'o' -> OPTION;
        case 'b' -> BID_IV;
        case 'm' -> MID_IV;
        case 'a' -> ASK_IV;
        default -> OTHER;
      };
      case 7 -> first == 'o' ? OPTIONS : first == 's' ? SMV_VOL : OTHER;
      case 11 -> first == 'r' ? ROOT_SYMBOL : first == 'o' ? OPTION_TYPE : OTHER;
      case 13 -> first == 'c' ? CONTRACT_SIZE : first == 'o' ? OPEN_INTEREST : OTHER;
      case 15 -> first == 'e' ? EXPIRATION_DATE : OTHER;
      default -> OTHER;
    };
    byte[] name = NAMES[candidate];
    if (name.length != keyLength) {
      return OTHER;
    }
    // The first byte chose the candidate; a plain loop, as these names are too short for the
    // vectorized Arrays.equals to pay off.
    for (int k = 1; k < keyLength; k++) {
      if (b[keyStart + k] != name[k]) {
        return OTHER;
      }
    }
    return candidate;
  }

  private static byte[][] names(String... names) {
    byte[][] bytes = new byte[names.length][];
    for (int k = 0; k < names.length; k++) {
      bytes[k] = names[k].getBytes(StandardCharsets.US_ASCII);
    }
    return bytes;
  }

  /** After a member: true on a comma, false on the closing brace. */
  private boolean nextMember() throws Unsupported {
    // The compact form puts the comma right after the value.
    if (i < end && b[i] == ',') {
      i++;
      return true;
    }
    whitespace();
    byte c = next();
    if (c == ',') {
      return true;
    }
    if (c == '}') {
      return false;
    }
    throw Unsupported.INSTANCE;
  }

  /**
   * A kept string as Jackson's reader gives it: null for JSON null, "null", blank or a non-string.
   * A field that repeats from row to row ({@code slot} other than {@link #NOT_REPEATED}) gets the
   * same String as the last row when the bytes match, sparing the copy and later hashing.
   */
  private String text(int slot) throws Unsupported {
    if (peek() != '"') {
      skipValue();
      return null;
    }
    int start = i + 1;
    if (slot != NOT_REPEATED && lastText[slot] != null && repeats(slot, start)) {
      i = start + lastLength[slot] + 1;
      return lastText[slot];
    }
    int k = ByteWords.special(b, start, end);
    if (k >= end || b[k] != '"') {
      // Escapes and non-ASCII bytes are left to the general parser.
      throw Unsupported.INSTANCE;
    }
    i = k + 1;
    int length = k - start;
    String s = new String(b, start, length, StandardCharsets.ISO_8859_1);
    if (s.isBlank() || s.equalsIgnoreCase("null")) {
      return null;
    }
    if (slot != NOT_REPEATED) {
      lastText[slot] = s;
      lastStart[slot] = start;
      lastLength[slot] = length;
    }
    return s;
  }

  /**
   * True when the string starting at {@code start} has the bytes of the last one read into
   * {@code slot} and then its closing quote. Those bytes held no quote, backslash, control or
   * non-ASCII byte, so the general path would read the same string.
   */
  private boolean repeats(int slot, int start) {
    int length = lastLength[slot];
    int from = lastStart[slot];
    if (start + length >= end || b[start + length] != '"') {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (b[start + k] != b[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** A kept number as Jackson's reader gives it: numbers, numeric strings, NaN otherwise. */
  private double number() throws Unsupported {
    byte c = peek();
    if (c == '-' || (c >= '0' && c <= '9')) {
      return parseNumber();
    }
    if (c == '"') {
      String s = text(NOT_REPEATED);
      return s == null ? Double.NaN : TradierJson.parseNumber(s);
    }
    skipValue();
    return Double.NaN;
  }

  /**
   * A JSON number, exactly as {@link Double#parseDouble(String)} reads it: the digits are read
   * eight at a time into an unsigned significand (at most {@link #EXACT_DIGITS} of them, so it
   * cannot overflow) and converted by {@link DecimalToDouble}; longer numbers, and the rare ones
   * it cannot decide, go to FastDoubleParser's correctly rounded parser, straight from the bytes.
   */
  private double parseNumber() throws Unsupported {
    int start = i;
    int k = start;
    boolean negative = b[k] == '-';
    if (negative) {
      k++;
    }
    significand = 0;
    digitCount = 0;
    int exponent = 0;
    if (k < end && b[k] == '0') {
      k++;
    } else {
      if (k >= end || !digit(b[k])) {
        throw Unsupported.INSTANCE;
      }
      k = digits(k);
    }
    if (k < end && b[k] == '.') {
      int fractionStart = k + 1;
      k = digits(fractionStart);
      if (k == fractionStart) {
        throw Unsupported.INSTANCE;
      }
      exponent = fractionStart - k;
    }
    if (k < end && (b[k] == 'e' || b[k] == 'E')) {
      k++;
      boolean negativeExponent = false;
      if (k < end && (b[k] == '+' || b[k] == '-')) {
        negativeExponent = b[k] == '-';
        k++;
      }
      if (k >= end || !digit(b[k])) {
        throw Unsupported.INSTANCE;
      }
      int value = 0;
      for (; k < end && digit(b[k]); k++) {
        value = Math.min(value * 10 + (b[k] - '0'), 10_000);
      }
      exponent += negativeExponent ? -value : value;
    }
    i = k;
    if (digitCount <= EXACT_DIGITS) {
      double value = DecimalToDouble.toDouble(negative, significand, exponent);
      if (!Double.isNaN(value)) {
        return value;
      }
    }
    return JavaDoubleParser.parseDouble(b, start, i - start);
  }

  /**
   * Appends the decimal digits from {@code from} to {@link #significand} (counting them in
   * {@link #digitCount}) and returns the index after them; eight bytes per step.
   */
  private int digits(int from) {
    int k = from;
    long value = significand;
    while (k <= end - Long.BYTES) {
      long word = ByteWords.word(b, k);
      int count = ByteWords.leadingDigits(word);
      if (count > 0) {
        value = value * LONG_POWERS_OF_TEN[count] + ByteWords.digitsValue(word, count);
      }
      k += count;
      if (count < Long.BYTES) {
        significand = value;
        digitCount += k - from;
        return k;
      }
    }
    for (; k < end && digit(b[k]); k++) {
      value = value * 10 + (b[k] - '0');
    }
    significand = value;
    digitCount += k - from;
    return k;
  }

  private void nullValue() throws Unsupported {
    if (peek() == '"') {
      if (!"null".equalsIgnoreCase(stringValue())) {
        throw Unsupported.INSTANCE;
      }
      return;
    }
    literal("null");
  }

  private String stringValue() throws Unsupported {
    int start = i + 1;
    skipString();
    return new String(b, start, i - 1 - start, StandardCharsets.ISO_8859_1);
  }

  private void skipValue() throws Unsupported {
    byte c = peek();
    switch (c) {
      case '"' -> skipString();
      case '{', '[' -> skipNested();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literalNull();
      default -> {
        if (c != '-' && !digit(c)) {
          throw Unsupported.INSTANCE;
        }
        i = skipNumber(i + 1);
      }
    }
  }

  /** The index after the number whose first byte is before {@code from}: runs of digits, eight bytes a step. */
  private int skipNumber(int from) {
    int k = from;
    while (true) {
      k = ByteWords.digitsEnd(b, k, end);
      if (k < end && numberPart(b[k])) {
        k++;
      } else {
        return k;
      }
    }
  }

  /** {@code null}, four bytes compared at once when four remain. */
  private void literalNull() throws Unsupported {
    if (i <= end - Integer.BYTES && (int) INTS.get(b, i) == NULL_WORD) {
      i += Integer.BYTES;
    } else {
      literal("null");
    }
  }

  private void skipString() throws Unsupported {
    int k = ByteWords.special(b, i + 1, end);
    while (k < end) {
      byte c = b[k];
      if (c == '"') {
        i = k + 1;
        return;
      }
      // Ignored strings are delimited, not validated: step over escapes, controls and non-ASCII.
      k = ByteWords.special(b, k + (c == '\\' ? 2 : 1), end);
    }
    throw Unsupported.INSTANCE;
  }

  private void skipNested() throws Unsupported {
    int depth = 0;
    do {
      byte c = at(i);
      if (c == '"') {
        skipString();
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      i++;
    } while (depth > 0);
  }

  private void literal(String word) throws Unsupported {
    for (int k = 0; k < word.length(); k++) {
      if (at(i + k) != word.charAt(k)) {
        throw Unsupported.INSTANCE;
      }
    }
    i += word.length();
  }

  private void whitespace() {
    while (i < end) {
      byte c = b[i];
      // Every JSON whitespace byte is at most ' ', so most bytes are decided by one comparison.
      if (c > ' ' || c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      i++;
    }
  }

  private void expect(char c) throws Unsupported {
    if (at(i) != c) {
      throw Unsupported.INSTANCE;
    }
    i++;
  }

  private byte peek() throws Unsupported {
    return at(i);
  }

  private byte next() throws Unsupported {
    return at(i++);
  }

  private byte at(int index) throws Unsupported {
    if (index >= end) {
      throw Unsupported.INSTANCE;
    }
    return b[index];
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean numberPart(byte c) {
    return digit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
  }
}
