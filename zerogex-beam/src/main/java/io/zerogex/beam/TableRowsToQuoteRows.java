package io.zerogex.beam;

import com.google.api.services.bigquery.model.TableRow;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * {@code option_chain_snapshot} table rows ({@link BigQueryTables#readChains}) to
 * {@link OptionQuoteRow}s. A row whose cells cannot be read (a number or timestamp that does not
 * parse, a missing {@code underlying}, {@code as_of} or {@code spot}) goes to {@link #DEAD_LETTERS}
 * with the reason; validating the quote itself is left to {@link ChainsToExposure}. This class is
 * immutable; Beam applies it.
 */
public final class TableRowsToQuoteRows extends PTransform<PCollection<TableRow>, PCollectionTuple> {

  /** The parsed rows. */
  public static final TupleTag<OptionQuoteRow> ROWS = new TupleTag<>() { };

  /** The unreadable rows, with reasons. */
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() { };

  private static final long serialVersionUID = 1L;

  private TableRowsToQuoteRows() {
  }

  /** {@return the transform} */
  public static TableRowsToQuoteRows parse() {
    return new TableRowsToQuoteRows();
  }

  /**
   * The quote row of a table row.
   *
   * @param row a row in the {@code option_chain_snapshot} columns
   * @return the quote row, not yet validated as a quote
   * @throws IllegalArgumentException naming the column and text of an unreadable cell
   */
  public static OptionQuoteRow of(TableRow row) {
    String underlying = Cells.text(row, "underlying");
    if (underlying == null) {
      throw new IllegalArgumentException("column underlying is null");
    }
    return new OptionQuoteRow(underlying, Cells.instant(row, "as_of"), Cells.requiredNumber(row, "spot"),
        Cells.text(row, "contract_symbol"), Cells.text(row, "contract_underlying"), Cells.text(row, "root"),
        Cells.date(row, "expiration"), Cells.number(row, "strike"), Cells.text(row, "option_right"),
        Cells.whole(row, "multiplier"), Cells.text(row, "settlement"), Cells.number(row, "bid"),
        Cells.number(row, "ask"), Cells.number(row, "last"), Cells.whole(row, "volume"),
        Cells.whole(row, "open_interest"), Cells.number(row, "implied_volatility"), Cells.number(row, "delta"),
        Cells.number(row, "gamma"), Cells.number(row, "vega"), Cells.number(row, "theta"), Cells.number(row, "rho"));
  }

  @Override
  public PCollectionTuple expand(PCollection<TableRow> rows) {
    PCollectionTuple out = rows.apply("ParseChainRows",
        ParDo.of(new Parse()).withOutputTags(ROWS, TupleTagList.of(DEAD_LETTERS)));
    out.get(ROWS).setCoder(OptionQuoteRowCoder.of());
    out.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of());
    return out;
  }

  /** Parses one row. */
  private static final class Parse extends DoFn<TableRow, OptionQuoteRow> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element TableRow row, MultiOutputReceiver out) {
      try {
        out.get(ROWS).output(of(row));
      } catch (IllegalArgumentException e) {
        out.get(DEAD_LETTERS).output(DeadLetter.of("chain-table-row", row, e));
      }
    }
  }
}
