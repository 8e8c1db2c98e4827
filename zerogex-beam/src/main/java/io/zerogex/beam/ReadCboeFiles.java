package io.zerogex.beam;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.support.CboeQuoteTable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Cboe delayed-quote CSV files, one chain snapshot per file, read by the core's
 * {@link CboeQuoteTable} (its as-of instant is the file's own date line) and turned into
 * {@link OptionQuoteRow}s: the spot row, then one row per quote. The file pattern is any Beam
 * file system path ({@code /data/chains/*.csv}, {@code gs://bucket/chains/**}); compressed files
 * are read by their extension. A file the reader rejects goes to {@link #DEAD_LETTERS} with the
 * reader's message (line, field and text). This class is immutable; Beam applies it.
 */
public final class ReadCboeFiles extends PTransform<PBegin, PCollectionTuple> {

  /** The rows of every readable file. */
  public static final TupleTag<OptionQuoteRow> ROWS = new TupleTag<>() { };

  /** The unreadable files, with reasons. */
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() { };

  private static final long serialVersionUID = 1L;

  private final String filePattern;

  private ReadCboeFiles(String filePattern) {
    this.filePattern = filePattern;
  }

  /**
   * Reads the files matching {@code filePattern}.
   *
   * @param filePattern a Beam file pattern, e.g. {@code /data/chains/*.csv}
   * @return the transform
   */
  public static ReadCboeFiles from(String filePattern) {
    return new ReadCboeFiles(Arguments.notBlank(filePattern, "filePattern"));
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple out = input
        .apply("Match", FileIO.match().filepattern(filePattern))
        .apply("Open", FileIO.readMatches())
        .apply("Parse", ParDo.of(new Parse()).withOutputTags(ROWS, TupleTagList.of(DEAD_LETTERS)));
    out.get(ROWS).setCoder(OptionQuoteRowCoder.of());
    out.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of());
    return out;
  }

  /** Parses one file with the core's reader. */
  private static final class Parse extends DoFn<FileIO.ReadableFile, OptionQuoteRow> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String name = file.getMetadata().resourceId().toString();
      OptionChain chain;
      try (Reader reader = new InputStreamReader(Channels.newInputStream(file.open()), StandardCharsets.UTF_8)) {
        chain = CboeQuoteTable.read(reader);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        out.get(DEAD_LETTERS).output(DeadLetter.of("cboe-file", name, e));
        return;
      }
      for (OptionQuoteRow row : OptionQuoteRow.of(chain)) {
        out.get(ROWS).output(row);
      }
    }
  }
}
