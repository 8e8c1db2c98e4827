package io.zerogex.core.support;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.VendorGreeks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads the Cboe delayed-quote table download ({@code www.cboe.com/delayed_quotes/<symbol>/quote_table},
 * "Download CSV") into an {@link OptionChain}.
 *
 * <p>File layout (line numbers are physical lines; leading blank lines and a byte-order mark are
 * skipped, and the real downloads start with one blank line):
 * <ol>
 *   <li>the underlying line, e.g. {@code S&P 500 INDEX,Last: 4697.2402,Change: 8.5602}: the spot is
 *       the {@code Last:} value;
 *   <li>the date line, e.g. {@code "Date: January 7, 2024 at 10:52 AM EST",Bid: ...}: the chain's
 *       as-of instant, read as New York wall-clock time (EST, EDT and ET all mean America/New_York);
 *       the older form {@code "Date: February 5 2022, 8:26 PM EST"} is accepted too, and anything
 *       else (such as a localized month name) is an error, never a guessed date;
 *   <li>the header; columns are found by name: {@code Expiration Date}, {@code Strike}, {@code Calls}
 *       and {@code Puts} (the symbols), and for each side {@code Last Sale, Bid, Ask, Volume, IV,
 *       Delta, Gamma, Open Interest};
 *   <li>one row per strike and expiration, holding a call and a put.
 * </ol>
 *
 * <p>Mapping of each side of a row to an {@link OptionQuote}:
 * <ul>
 *   <li>contract: {@link OptionContract#parse(String)} of the symbol (root, underlying, settlement,
 *       multiplier 100); the row's expiration and strike must agree with the symbol;
 *   <li>bid, ask, last sale: Cboe writes 0 for "none" (no bid, no offer, no trade), so 0 becomes an
 *       empty value with the flag {@link CboeQuoteFlag#NO_BID}, {@link CboeQuoteFlag#NO_ASK} or
 *       {@link CboeQuoteFlag#NO_LAST_SALE}; a quote is then one-sided or empty and
 *       {@link OptionQuote#mid()} is empty, which is how the exposure engine sees it;
 *   <li>IV is a decimal (0.1577 for 15.77%); 0 means "not computed" and becomes empty, flagged
 *       {@link CboeQuoteFlag#ZERO_IV};
 *   <li>greeks: {@link VendorGreeks#ofDeltaGamma(double, double)}; the Cboe gamma is per 1 point of
 *       the underlying (the library's raw unit), rounded by Cboe to 4 decimals; a 0 gamma is kept as
 *       0 and flagged {@link CboeQuoteFlag#ZERO_GAMMA}.
 * </ul>
 * Rows with zero IV or zero gamma (for example an already expired expiration) are kept, never
 * dropped; the flags say which they are.
 *
 * <p>Errors: a malformed table throws {@link CboeFormatException} (an
 * {@link IllegalArgumentException}) naming the line number, the field and the offending text; an
 * I/O failure reading a file throws {@link UncheckedIOException}.
 *
 * <p>Speed: one pass, a hand-written quote-aware splitter and no regular expressions; the 10,519-row
 * SPX table parses in a few tens of milliseconds once warm.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CboeQuoteTable {

  private static final DateTimeFormatter ROW_EXPIRATION =
      DateTimeFormatter.ofPattern("EEE MMM dd uuuu", Locale.US);

  private CboeQuoteTable() {
  }

  /**
   * Reads a Cboe delayed-quote CSV file (UTF-8 or ASCII) into a chain.
   *
   * @throws CboeFormatException if the table is malformed (message names line, field and text)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static OptionChain read(Path csv) {
    return readTable(csv).chain();
  }

  /**
   * Reads a Cboe delayed-quote table from a character stream into a chain. The reader is read to
   * the end but not closed.
   *
   * @throws CboeFormatException if the table is malformed (message names line, field and text)
   * @throws UncheckedIOException if reading fails
   */
  public static OptionChain read(Reader reader) {
    return readTable(reader).chain();
  }

  /**
   * Reads a Cboe delayed-quote CSV file (UTF-8 or ASCII) into a chain with per-quote flags.
   *
   * @throws CboeFormatException if the table is malformed (message names line, field and text)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CboeFlaggedChain readTable(Path csv) {
    Arguments.notNull(csv, "csv");
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return readTable(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cboe quote table " + csv, e);
    }
  }

  /**
   * Reads a Cboe delayed-quote table from a character stream into a chain with per-quote flags.
   * The reader is read to the end but not closed.
   *
   * @throws CboeFormatException if the table is malformed (message names line, field and text)
   * @throws UncheckedIOException if reading fails
   */
  public static CboeFlaggedChain readTable(Reader reader) {
    Arguments.notNull(reader, "reader");
    try {
      return parse(reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cboe quote table", e);
    }
  }

  private static CboeFlaggedChain parse(BufferedReader in) throws IOException {
    int lineNumber = 0;
    String line;
    do {
      line = in.readLine();
      lineNumber++;
      if (line == null) {
        throw new CboeFormatException(0, "file", "", "empty file: no underlying, date or header line");
      }
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
    } while (line.isBlank());
    double spot = spot(lineNumber, line);

    line = requireLine(in.readLine(), ++lineNumber, "date line");
    String[] fields = new String[64];
    CsvLine.split(line, fields);
    Instant asOf = CboeDateLine.parse(lineNumber, fields[0]);

    line = requireLine(in.readLine(), ++lineNumber, "header");
    int headerCount = CsvLine.split(line, fields);
    if (headerCount > fields.length) {
      throw new CboeFormatException(lineNumber, "header", line, "more than " + fields.length + " columns");
    }
    CboeColumns columns = CboeColumns.locate(lineNumber, Arrays.asList(fields).subList(0, headerCount));

    RowReader rows = new RowReader(columns);
    String[] row = new String[columns.count];
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      int count = CsvLine.split(line, row);
      if (count != columns.count) {
        throw new CboeFormatException(lineNumber, "row", line, "expected " + columns.count
            + " fields as in the header, found " + count + (count < columns.count ? " (truncated row?)" : ""));
      }
      rows.add(lineNumber, row);
    }
    if (rows.quotes.isEmpty()) {
      throw new CboeFormatException(lineNumber, "rows", "", "no option rows after the header");
    }
    OptionChain chain = new OptionChain(rows.underlying, spot, asOf, rows.quotes);
    return new CboeFlaggedChain(chain, Arrays.copyOf(rows.flags, rows.quotes.size()));
  }

  private static String requireLine(String line, int lineNumber, String what) {
    if (line == null) {
      throw new CboeFormatException(lineNumber, what, "", "file ends before the " + what);
    }
    return line;
  }

  private static double spot(int lineNumber, String line) {
    String[] fields = new String[16];
    int count = Math.min(CsvLine.split(line, fields), fields.length);
    for (int i = 0; i < count; i++) {
      String f = fields[i];
      if (f.regionMatches(true, 0, "Last:", 0, 5)) {
        String value = f.substring(5).strip();
        double spot;
        try {
          spot = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new CboeFormatException(lineNumber, "underlying Last", f, "not a number");
        }
        if (!(spot > 0) || !Double.isFinite(spot)) {
          throw new CboeFormatException(lineNumber, "underlying Last", f, "spot must be finite and > 0");
        }
        return spot;
      }
    }
    throw new CboeFormatException(lineNumber, "underlying line", line,
        "expected the underlying's 'Last: <price>' field, e.g. 'S&P 500 INDEX,Last: 4697.2402,...'");
  }

  /** Turns rows into quotes and flags; holds the state of one parse. */
  private static final class RowReader {
    private final CboeColumns columns;
    private final Map<String, LocalDate> expirations = new HashMap<>();
    private final List<OptionQuote> quotes = new ArrayList<>();
    private byte[] flags = new byte[1024];
    private String underlying;

    RowReader(CboeColumns columns) {
      this.columns = columns;
    }

    void add(int lineNumber, String[] row) {
      LocalDate expiration = expiration(lineNumber, row[columns.expiration]);
      double strike = number(lineNumber, row[columns.strike], "Strike");
      side(lineNumber, row, columns.calls, OptionRight.CALL, expiration, strike);
      side(lineNumber, row, columns.puts, OptionRight.PUT, expiration, strike);
    }

    private void side(int lineNumber, String[] row, CboeColumns.Side side, OptionRight right,
        LocalDate expiration, double strike) {
      String label = side.label();
      String symbol = row[side.symbol()];
      OptionContract contract;
      try {
        contract = OptionContract.parse(symbol);
      } catch (IllegalArgumentException e) {
        throw new CboeFormatException(lineNumber, label + " symbol", symbol, e.getMessage());
      }
      if (contract.right() != right) {
        throw new CboeFormatException(lineNumber, label + " symbol", symbol, "is not a " + right + " symbol");
      }
      if (!contract.expiration().equals(expiration)) {
        throw new CboeFormatException(lineNumber, label + " symbol", symbol,
            "expires " + contract.expiration() + " but the row's Expiration Date is " + expiration);
      }
      if (Math.abs(contract.strike() - strike) > 5e-4) {
        throw new CboeFormatException(lineNumber, label + " symbol", symbol,
            "has strike " + contract.strike() + " but the row's Strike is " + row[columns.strike]);
      }
      if (underlying == null) {
        underlying = contract.underlying();
      } else if (!underlying.equals(contract.underlying())) {
        throw new CboeFormatException(lineNumber, label + " symbol", symbol,
            "belongs to " + contract.underlying() + " but earlier rows belong to " + underlying);
      }
      int flag = 0;
      double bid = price(lineNumber, row[side.bid()], label + " Bid");
      double ask = price(lineNumber, row[side.ask()], label + " Ask");
      double last = price(lineNumber, row[side.last()], label + " Last Sale");
      double iv = price(lineNumber, row[side.impliedVolatility()], label + " IV");
      double delta = number(lineNumber, row[side.delta()], label + " Delta");
      double gamma = number(lineNumber, row[side.gamma()], label + " Gamma");
      long volume = count(lineNumber, row[side.volume()], label + " Volume");
      long openInterest = count(lineNumber, row[side.openInterest()], label + " Open Interest");
      flag |= bid == 0 ? CboeQuoteFlag.NO_BID.bit() : 0;
      flag |= ask == 0 ? CboeQuoteFlag.NO_ASK.bit() : 0;
      flag |= last == 0 ? CboeQuoteFlag.NO_LAST_SALE.bit() : 0;
      flag |= iv == 0 ? CboeQuoteFlag.ZERO_IV.bit() : 0;
      flag |= gamma == 0 ? CboeQuoteFlag.ZERO_GAMMA.bit() : 0;
      quotes.add(new OptionQuote(contract, present(bid), present(ask), present(last), volume, openInterest,
          present(iv), VendorGreeks.ofDeltaGamma(delta, gamma)));
      if (quotes.size() > flags.length) {
        flags = Arrays.copyOf(flags, flags.length * 2);
      }
      flags[quotes.size() - 1] = (byte) flag;
    }

    private LocalDate expiration(int lineNumber, String text) {
      LocalDate cached = expirations.get(text);
      if (cached != null) {
        return cached;
      }
      LocalDate parsed;
      try {
        parsed = LocalDate.parse(text, ROW_EXPIRATION);
      } catch (DateTimeParseException e) {
        throw new CboeFormatException(lineNumber, "Expiration Date", text,
            "expected a date such as 'Fri Jan 05 2024'");
      }
      expirations.put(text, parsed);
      return parsed;
    }
  }

  private static OptionalDouble present(double zeroMeansNone) {
    return zeroMeansNone == 0 ? OptionalDouble.empty() : OptionalDouble.of(zeroMeansNone);
  }

  private static double number(int lineNumber, String text, String field) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new CboeFormatException(lineNumber, field, text, "not a number");
    }
    if (!Double.isFinite(value)) {
      throw new CboeFormatException(lineNumber, field, text, "not a finite number");
    }
    return value;
  }

  private static double price(int lineNumber, String text, String field) {
    double value = number(lineNumber, text, field);
    if (value < 0) {
      throw new CboeFormatException(lineNumber, field, text, "must be >= 0");
    }
    return value;
  }

  private static long count(int lineNumber, String text, String field) {
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new CboeFormatException(lineNumber, field, text, "not a whole number");
    }
    if (value < 0) {
      throw new CboeFormatException(lineNumber, field, text, "must be >= 0");
    }
    return value;
  }
}
