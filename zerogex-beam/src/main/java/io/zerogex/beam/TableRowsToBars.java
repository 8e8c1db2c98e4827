package io.zerogex.beam;

import com.google.api.services.bigquery.model.TableRow;
import io.zerogex.core.model.PriceBar;
import java.time.Duration;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * {@code index_price_snapshot} table rows ({@link BigQueryTables#readBars}) to {@link PriceBar}s;
 * a row that is not a valid bar goes to {@link #DEAD_LETTERS} with the reason. This class is
 * immutable; Beam applies it.
 */
public final class TableRowsToBars extends PTransform<PCollection<TableRow>, PCollectionTuple> {

  /** The bars. */
  public static final TupleTag<PriceBar> BARS = new TupleTag<>() { };

  /** The rejected rows, with reasons. */
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() { };

  private static final long serialVersionUID = 1L;

  private TableRowsToBars() {
  }

  /** {@return the transform} */
  public static TableRowsToBars parse() {
    return new TableRowsToBars();
  }

  /**
   * The bar of a table row.
   *
   * @param row a row in the {@code index_price_snapshot} columns
   * @return the bar
   * @throws IllegalArgumentException naming the column and text of a bad cell, or the core's reason
   */
  public static PriceBar of(TableRow row) {
    String symbol = Cells.text(row, "symbol");
    if (symbol == null) {
      throw new IllegalArgumentException("column symbol is null");
    }
    return new PriceBar(symbol, Cells.instant(row, "bar_start"),
        Duration.ofNanos(Cells.requiredWhole(row, "interval_nanos")), Cells.requiredNumber(row, "open"),
        Cells.requiredNumber(row, "high"), Cells.requiredNumber(row, "low"), Cells.requiredNumber(row, "close"),
        Cells.requiredWhole(row, "volume"));
  }

  @Override
  public PCollectionTuple expand(PCollection<TableRow> rows) {
    PCollectionTuple out = rows.apply("ParseBarRows",
        ParDo.of(new Parse()).withOutputTags(BARS, TupleTagList.of(DEAD_LETTERS)));
    out.get(BARS).setCoder(PriceBarCoder.of());
    out.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of());
    return out;
  }

  /** Parses one row. */
  private static final class Parse extends DoFn<TableRow, PriceBar> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element TableRow row, MultiOutputReceiver out) {
      try {
        out.get(BARS).output(of(row));
      } catch (IllegalArgumentException e) {
        out.get(DEAD_LETTERS).output(DeadLetter.of("bar-table-row", row, e));
      }
    }
  }
}
