package io.zerogex.tradier;

import com.fasterxml.jackson.core.io.NumberInput;
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
 * <p>Numbers: a JSON number with at most 15 significant digits and a decimal exponent within
 * +-22 is converted exactly by one IEEE multiplication or division (both operands are exact, so
 * the result is the correctly rounded value, Clinger's fast path); longer ones go to Jackson's
 * correctly rounded parser. Either way the value equals {@link Double#parseDouble(String)}'s.
 *
 * <p>Not thread-safe: one instance per body.
 */
final class ChainScanner {

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  private static final Key OPTIONS = new Key("options");
  private static final Key OPTION = new Key("option");
  private static final Key BID = new Key("bid");
  private static final Key ASK = new Key("ask");
  private static final Key LAST = new Key("last");
  private static final Key SYMBOL = new Key("symbol");
  private static final Key STRIKE = new Key("strike");
  private static final Key VOLUME = new Key("volume");
  private static final Key GREEKS = new Key("greeks");
  private static final Key ROOT_SYMBOL = new Key("root_symbol");
  private static final Key OPTION_TYPE = new Key("option_type");
  private static final Key CONTRACT_SIZE = new Key("contract_size");
  private static final Key OPEN_INTEREST = new Key("open_interest");
  private static final Key EXPIRATION_DATE = new Key("expiration_date");
  private static final Key DELTA = new Key("delta");
  private static final Key GAMMA = new Key("gamma");
  private static final Key THETA = new Key("theta");
  private static final Key VEGA = new Key("vega");
  private static final Key RHO = new Key("rho");
  private static final Key BID_IV = new Key("bid_iv");
  private static final Key MID_IV = new Key("mid_iv");
  private static final Key ASK_IV = new Key("ask_iv");
  private static final Key SMV_VOL = new Key("smv_vol");

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
  /** {@link String#hashCode()} of the last key, computed while scanning it. */
  private int keyHash;

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
        key();
        if (keyIs(OPTIONS)) {
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
      key();
      if (keyIs(OPTION)) {
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
    ChainRows.Row row = new ChainRows.Row();
    i++;
    whitespace();
    if (peek() == '}') {
      i++;
      return row;
    }
    do {
      key();
      if (keyIs(SYMBOL)) {
        row.symbol = text();
      } else if (keyIs(BID)) {
        row.bid = number();
      } else if (keyIs(ASK)) {
        row.ask = number();
      } else if (keyIs(LAST)) {
        row.last = number();
      } else if (keyIs(STRIKE)) {
        row.strike = number();
      } else if (keyIs(VOLUME)) {
        row.volume = number();
      } else if (keyIs(GREEKS)) {
        greeks(row.greeks);
      } else if (keyIs(ROOT_SYMBOL)) {
        row.root = text();
      } else if (keyIs(OPTION_TYPE)) {
        row.type = text();
      } else if (keyIs(CONTRACT_SIZE)) {
        row.contractSize = number();
      } else if (keyIs(OPEN_INTEREST)) {
        row.openInterest = number();
      } else if (keyIs(EXPIRATION_DATE)) {
        row.expiration = text();
      } else {
        skipValue();
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
    do {
      key();
      if (keyIs(DELTA)) {
        greeks.delta = number();
      } else if (keyIs(GAMMA)) {
        greeks.gamma = number();
      } else if (keyIs(THETA)) {
        greeks.thetaPerDay = number();
      } else if (keyIs(VEGA)) {
        greeks.vegaPerVolPoint = number();
      } else if (keyIs(RHO)) {
        greeks.rhoPerRatePoint = number();
      } else if (keyIs(BID_IV)) {
        greeks.bidIv = number();
      } else if (keyIs(MID_IV)) {
        greeks.midIv = number();
      } else if (keyIs(ASK_IV)) {
        greeks.askIv = number();
      } else if (keyIs(SMV_VOL)) {
        greeks.smvVol = number();
      } else {
        skipValue();
      }
    } while (nextMember());
  }

  /** Reads {@code "key" :} leaving the key's bounds in keyStart and keyLength. */
  private void key() throws Unsupported {
    whitespace();
    expect('"');
    int start = i;
    int hash = 0;
    int k = i;
    byte c;
    while (k < end && (c = b[k]) != '"') {
      if (c == '\\' || c < 0x20) {
        throw Unsupported.INSTANCE;
      }
      hash = 31 * hash + c;
      k++;
    }
    if (k >= end) {
      throw Unsupported.INSTANCE;
    }
    i = k;
    keyStart = start;
    keyLength = i - start;
    keyHash = hash;
    i++;
    whitespace();
    expect(':');
    whitespace();
  }

  private boolean keyIs(Key key) {
    if (key.hash != keyHash || key.bytes.length != keyLength) {
      return false;
    }
    for (int k = 0; k < keyLength; k++) {
      if (b[keyStart + k] != key.bytes[k]) {
        return false;
      }
    }
    return true;
  }

  /** A field name with its hash, compared against the scanned key without building a String. */
  private static final class Key {
    final byte[] bytes;
    final int hash;

    Key(String name) {
      this.bytes = name.getBytes(StandardCharsets.US_ASCII);
      this.hash = name.hashCode();
    }
  }

  /** After a member: true on a comma, false on the closing brace. */
  private boolean nextMember() throws Unsupported {
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

  /** A kept string as Jackson's reader gives it: null for JSON null, "null", blank or a non-string. */
  private String text() throws Unsupported {
    if (peek() != '"') {
      skipValue();
      return null;
    }
    int start = ++i;
    while (true) {
      byte c = at(i);
      if (c == '"') {
        break;
      }
      if (c == '\\' || c < 0x20) {
        // Escapes and non-ASCII (negative bytes) are left to the general parser.
        throw Unsupported.INSTANCE;
      }
      i++;
    }
    String s = new String(b, start, i - start, StandardCharsets.ISO_8859_1);
    i++;
    return s.isBlank() || s.equalsIgnoreCase("null") ? null : s;
  }

  /** A kept number as Jackson's reader gives it: numbers, numeric strings, NaN otherwise. */
  private double number() throws Unsupported {
    byte c = peek();
    if (c == '-' || (c >= '0' && c <= '9')) {
      return parseNumber();
    }
    if (c == '"') {
      String s = text();
      return s == null ? Double.NaN : TradierJson.parseNumber(s);
    }
    skipValue();
    return Double.NaN;
  }

  private double parseNumber() throws Unsupported {
    int start = i;
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    if (at(i) == '0') {
      i++;
    } else {
      if (!digit(at(i))) {
        throw Unsupported.INSTANCE;
      }
      while (i < end && digit(b[i])) {
        mantissa = mantissa * 10 + (b[i] - '0');
        significant++;
        i++;
      }
    }
    if (i < end && b[i] == '.') {
      i++;
      if (!digit(at(i))) {
        throw Unsupported.INSTANCE;
      }
      while (i < end && digit(b[i])) {
        if (mantissa != 0 || b[i] != '0') {
          significant++;
        }
        mantissa = mantissa * 10 + (b[i] - '0');
        exponent--;
        i++;
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (at(i) == '+' || b[i] == '-') {
        negativeExponent = b[i] == '-';
        i++;
      }
      if (!digit(at(i))) {
        throw Unsupported.INSTANCE;
      }
      int value = 0;
      while (i < end && digit(b[i])) {
        value = Math.min(value * 10 + (b[i] - '0'), 10_000);
        i++;
      }
      exponent += negativeExponent ? -value : value;
    }
    if (significant <= 15 && exponent >= -22 && exponent <= 22) {
      double value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
      return negative ? -value : value;
    }
    return NumberInput.parseDouble(new String(b, start, i - start, StandardCharsets.ISO_8859_1), true);
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
      case 'n' -> literal("null");
      default -> {
        if (c != '-' && !digit(c)) {
          throw Unsupported.INSTANCE;
        }
        i++;
        while (i < end && numberPart(b[i])) {
          i++;
        }
      }
    }
  }

  private void skipString() throws Unsupported {
    int k = i + 1;
    while (k < end) {
      byte c = b[k];
      if (c == '"') {
        i = k + 1;
        return;
      }
      k += c == '\\' ? 2 : 1;
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
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
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
