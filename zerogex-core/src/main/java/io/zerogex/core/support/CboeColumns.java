package io.zerogex.core.support;

import java.util.List;
import java.util.Locale;

/**
 * Where each needed column sits in a Cboe delayed-quote table, found by header name. The header
 * repeats the per-side names ({@code Bid}, {@code IV}, ...) for calls and puts, so the calls'
 * columns are those between {@code Calls} and {@code Puts} and the puts' columns those after
 * {@code Puts}.
 */
final class CboeColumns {

  /** Column indices of one side (calls or puts). */
  record Side(String label, int symbol, int last, int bid, int ask, int volume, int impliedVolatility,
      int delta, int gamma, int openInterest) {
  }

  final int count;
  final int expiration;
  final int strike;
  final Side calls;
  final Side puts;

  private CboeColumns(int count, int expiration, int strike, Side calls, Side puts) {
    this.count = count;
    this.expiration = expiration;
    this.strike = strike;
    this.calls = calls;
    this.puts = puts;
  }

  /**
   * Locates the columns in the header fields.
   *
   * @throws CboeFormatException naming the line and the first required column that is missing
   */
  static CboeColumns locate(int lineNumber, List<String> header) {
    String text = String.join(",", header);
    int callsAt = require(lineNumber, header, text, "Calls", 0, header.size());
    int putsAt = require(lineNumber, header, text, "Puts", callsAt + 1, header.size());
    return new CboeColumns(
        header.size(),
        require(lineNumber, header, text, "Expiration Date", 0, header.size()),
        require(lineNumber, header, text, "Strike", 0, header.size()),
        side(lineNumber, header, text, "Calls", callsAt, putsAt),
        side(lineNumber, header, text, "Puts", putsAt, header.size()));
  }

  private static Side side(int lineNumber, List<String> header, String text, String label, int from, int to) {
    return new Side(label, from,
        require(lineNumber, header, text, label, "Last Sale", from + 1, to),
        require(lineNumber, header, text, label, "Bid", from + 1, to),
        require(lineNumber, header, text, label, "Ask", from + 1, to),
        require(lineNumber, header, text, label, "Volume", from + 1, to),
        require(lineNumber, header, text, label, "IV", from + 1, to),
        require(lineNumber, header, text, label, "Delta", from + 1, to),
        require(lineNumber, header, text, label, "Gamma", from + 1, to),
        require(lineNumber, header, text, label, "Open Interest", from + 1, to));
  }

  private static int require(int lineNumber, List<String> header, String text, String name, int from, int to) {
    return require(lineNumber, header, text, null, name, from, to);
  }

  private static int require(int lineNumber, List<String> header, String text, String side, String name,
      int from, int to) {
    for (int i = from; i < to; i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    String where = side == null ? "" : " for the " + side.toLowerCase(Locale.ROOT);
    throw new CboeFormatException(lineNumber, "header", text,
        "required column '" + name + "'" + where + " is missing");
  }
}
