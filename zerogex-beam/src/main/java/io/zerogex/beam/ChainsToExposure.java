package io.zerogex.beam;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Option-quote rows grouped by (underlying, as-of) into chains, each chain computed by the core's
 * {@link ExposureCalculator} into an {@link ExposureSnapshot}: totals, levels (walls, absolute
 * gamma strike, max pain), zero gamma and the by-strike and by-expiration tables.
 *
 * <pre>{@code
 * PCollectionTuple out = rows.apply(ChainsToExposure.of(ExposureConfig::defaults));
 * PCollection<ExposureSnapshot> snapshots = out.get(ChainsToExposure.SNAPSHOTS);
 * PCollection<DeadLetter> rejected = out.get(ChainsToExposure.DEAD_LETTERS);
 * }</pre>
 *
 * <p>Each quote row is validated through the core's records before grouping; an invalid row
 * (unknown right, non-positive strike, negative price, missing column) goes to
 * {@link #DEAD_LETTERS} and its chain is computed without it. A chain whose rows disagree on the
 * spot, or hold one contract twice with different values, goes to the dead letters whole; the same
 * row stored twice (a retried write) counts once. The quotes of a chain are put in a canonical
 * order (expiration, strike, right, symbol) because a group's order is not defined, so the result
 * is reproducible and equals {@code ExposureCalculator.of(config).compute(chain)} on the chain in
 * that order.
 *
 * <p>This class is immutable; Beam applies it.
 */
public final class ChainsToExposure extends PTransform<PCollection<OptionQuoteRow>, PCollectionTuple> {

  /** The exposure snapshots, one per (underlying, as-of). */
  public static final TupleTag<ExposureSnapshot> SNAPSHOTS = new TupleTag<>() { };

  /** The rejected rows and chains, with reasons. */
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() { };

  /** The canonical quote order of a chain: expiration, strike, right, symbol. */
  public static final Comparator<OptionQuote> CANONICAL_ORDER = Comparator
      .comparing((OptionQuote q) -> q.contract().expiration())
      .thenComparingDouble(q -> q.contract().strike())
      .thenComparing(q -> q.contract().right())
      .thenComparing(q -> q.contract().symbol());

  private static final long serialVersionUID = 1L;
  private static final TupleTag<KV<SnapshotKey, OptionQuoteRow>> KEYED = new TupleTag<>() { };

  private final ExposureConfigSource config;

  private ChainsToExposure(ExposureConfigSource config) {
    this.config = config;
  }

  /**
   * The transform computing with the config {@code config} supplies on each worker.
   *
   * @param config supplies the exposure config, e.g. {@code ExposureConfig::defaults}
   * @return the transform
   */
  public static ChainsToExposure of(ExposureConfigSource config) {
    return new ChainsToExposure(Arguments.notNull(config, "config"));
  }

  /**
   * A chain with its quotes in {@link #CANONICAL_ORDER}: what the transform computes on.
   *
   * @param chain the chain
   * @return the same chain with its quotes sorted
   */
  public static OptionChain canonical(OptionChain chain) {
    List<OptionQuote> quotes = new ArrayList<>(chain.quotes());
    quotes.sort(CANONICAL_ORDER);
    return chain.withQuotes(quotes);
  }

  @Override
  public PCollectionTuple expand(PCollection<OptionQuoteRow> rows) {
    PCollectionTuple keyed = rows.apply("ValidateAndKey",
        ParDo.of(new ValidateAndKey()).withOutputTags(KEYED, TupleTagList.of(DEAD_LETTERS)));
    PCollectionTuple computed = keyed.get(KEYED)
        .setCoder(KvCoder.of(SnapshotKeyCoder.of(), OptionQuoteRowCoder.of()))
        .apply("GroupBySnapshot", GroupByKey.create())
        .apply("Compute", ParDo.of(new Compute(config)).withOutputTags(SNAPSHOTS, TupleTagList.of(DEAD_LETTERS)));
    PCollection<DeadLetter> rejected = PCollectionList
        .of(keyed.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of()))
        .and(computed.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of()))
        .apply("DeadLetters", Flatten.pCollections());
    return PCollectionTuple.of(SNAPSHOTS, computed.get(SNAPSHOTS).setCoder(ExposureSnapshotCoder.of()))
        .and(DEAD_LETTERS, rejected);
  }

  /** Checks each row through the core's records and keys it by its snapshot. */
  private static final class ValidateAndKey extends DoFn<OptionQuoteRow, KV<SnapshotKey, OptionQuoteRow>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element OptionQuoteRow row, MultiOutputReceiver out) {
      try {
        Arguments.notBlank(row.underlying(), "underlying");
        Arguments.notNull(row.asOf(), "asOf");
        Arguments.positive(row.spot(), "spot");
        if (!row.isSpotRow()) {
          OptionQuote quote = row.toQuote();
          if (!quote.contract().underlying().equals(row.key().underlying())) {
            throw new IllegalArgumentException("contract " + row.contractSymbol() + " has underlying "
                + quote.contract().underlying() + ", not the chain's " + row.key().underlying());
          }
        }
        out.get(KEYED).output(KV.of(row.key(), row));
      } catch (IllegalArgumentException | ArithmeticException e) {
        out.get(DEAD_LETTERS).output(DeadLetter.of("chain-row", row, e));
      }
    }
  }

  /** Builds one chain from its rows and computes its snapshot. */
  private static final class Compute extends DoFn<KV<SnapshotKey, Iterable<OptionQuoteRow>>, ExposureSnapshot> {
    private static final long serialVersionUID = 1L;
    private final ExposureConfigSource config;
    private transient ExposureCalculator calculator;

    Compute(ExposureConfigSource config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      calculator = ExposureCalculator.of(config.config());
    }

    @ProcessElement
    public void process(@Element KV<SnapshotKey, Iterable<OptionQuoteRow>> group, MultiOutputReceiver out) {
      SnapshotKey key = group.getKey();
      try {
        out.get(SNAPSHOTS).output(ExposureSnapshot.of(calculator.compute(chain(key, group.getValue()))));
      } catch (IllegalArgumentException | ArithmeticException e) {
        out.get(DEAD_LETTERS).output(DeadLetter.of("chain", key, e));
      }
    }

    private static OptionChain chain(SnapshotKey key, Iterable<OptionQuoteRow> rows) {
      TreeSet<Double> spots = new TreeSet<>();
      TreeMap<String, OptionQuoteRow> bySymbol = new TreeMap<>();
      for (OptionQuoteRow row : rows) {
        spots.add(row.spot());
        if (row.isSpotRow()) {
          continue;
        }
        OptionQuoteRow earlier = bySymbol.putIfAbsent(row.contractSymbol(), row);
        if (earlier != null && !earlier.equals(row)) {
          throw new IllegalArgumentException("contract " + row.contractSymbol()
              + " appears twice with different values: " + earlier + " and " + row);
        }
      }
      if (spots.size() > 1) {
        throw new IllegalArgumentException("the rows of " + key + " disagree on the spot: " + spots);
      }
      List<OptionQuote> quotes = new ArrayList<>(bySymbol.size());
      for (OptionQuoteRow row : bySymbol.values()) {
        quotes.add(row.toQuote());
      }
      quotes.sort(CANONICAL_ORDER);
      return new OptionChain(key.underlying(), spots.first(), key.asOf(), quotes);
    }
  }
}
