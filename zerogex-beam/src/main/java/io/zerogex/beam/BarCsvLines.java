package io.zerogex.beam;

import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Lines of a price-bar CSV file in the columns of the {@code index_price_snapshot} table of
 * {@code zerogex-bigquery}: {@code symbol,bar_start,interval_nanos,open,high,low,close,volume},
 * {@code bar_start} as an ISO-8601 instant ({@code 2024-01-05T14:30:00Z}). Blank lines and the
 * header line (starting with {@code symbol}) are skipped; a line that is not a valid
 * {@link PriceBar} (wrong field count, unparseable number, high below low, ...) goes to
 * {@link #DEAD_LETTERS} with the reason. This class is immutable; Beam applies it.
 */
public final class BarCsvLines extends PTransform<PCollection<String>, PCollectionTuple> {

  /** The bars. */
  public static final TupleTag<PriceBar> BARS = new TupleTag<>() { };

  /** The rejected lines, with reasons. */
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() { };

  /** The header line, which is also the column order. */
  public static final String HEADER = "symbol,bar_start,interval_nanos,open,high,low,close,volume";

  private static final long serialVersionUID = 1L;

  private BarCsvLines() {
  }

  /** {@return the transform} */
  public static BarCsvLines parse() {
    return new BarCsvLines();
  }

  /**
   * The bar of one line.
   *
   * @param line a line in the {@link #HEADER} columns
   * @return the bar
   * @throws IllegalArgumentException naming the field and text when the line is not a valid bar
   */
  public static PriceBar bar(String line) {
    String[] f = line.split(",", -1);
    if (f.length != 8) {
      throw new IllegalArgumentException("expected 8 fields (" + HEADER + "), found " + f.length);
    }
    Instant start;
    try {
      start = Instant.parse(f[1].strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bar_start '" + f[1] + "' is not an ISO-8601 instant", e);
    }
    return new PriceBar(f[0].strip(), start, Duration.ofNanos(whole(f[2], "interval_nanos")),
        number(f[3], "open"), number(f[4], "high"), number(f[5], "low"), number(f[6], "close"),
        whole(f[7], "volume"));
  }

  @Override
  public PCollectionTuple expand(PCollection<String> lines) {
    PCollectionTuple out = lines.apply("ParseBars",
        ParDo.of(new Parse()).withOutputTags(BARS, TupleTagList.of(DEAD_LETTERS)));
    out.get(BARS).setCoder(PriceBarCoder.of());
    out.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of());
    return out;
  }

  private static double number(String text, String field) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " '" + text + "' is not a number", e);
    }
  }

  private static long whole(String text, String field) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " '" + text + "' is not a whole number", e);
    }
  }

  /** Parses one line. */
  private static final class Parse extends DoFn<String, PriceBar> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element String line, MultiOutputReceiver out) {
      if (line.isBlank() || line.startsWith("symbol")) {
        return;
      }
      try {
        out.get(BARS).output(bar(line));
      } catch (IllegalArgumentException e) {
        out.get(DEAD_LETTERS).output(DeadLetter.of("bar-line", line, e));
      }
    }
  }
}
