package io.zerogex.beam;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.IntradayRealizedVolatility;
import io.zerogex.core.volatility.PriceSample;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RealizedVolatilityWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Realized volatility per symbol and trading day from 5-minute price bars: the core's
 * {@link IntradayRealizedVolatility} one-day reading of the NYSE regular session, as of the
 * session's close (zero-mean realized variance of the 5-minute log returns, annualized with
 * 252 x 78 slots: {@code sqrt(sum(r^2) * 252 * 78 / slotsCovered)}).
 *
 * <p>Bars are grouped by symbol and the New York date of their start. The samples are each bar's
 * close at the bar's end and, for the day's first bar, its open at its start, so a full day of 78
 * five-minute bars gives the 79 grid points of the session. A day that is not a trading day goes to
 * {@link #DEAD_LETTERS}; bars off the 5-minute grid are counted in the reading's issues by the core.
 * This class is immutable; Beam applies it.
 */
public final class DailyRealizedVolatility extends PTransform<PCollection<PriceBar>, PCollectionTuple> {

  /** The one-day readings, one per symbol and trading day. */
  public static final TupleTag<RealizedVolatilityReading> READINGS = new TupleTag<>() { };

  /** The rejected days, with reasons. */
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() { };

  private static final long serialVersionUID = 1L;

  private DailyRealizedVolatility() {
  }

  /** {@return the transform} */
  public static DailyRealizedVolatility perDay() {
    return new DailyRealizedVolatility();
  }

  /**
   * The samples the reading of one day's bars uses: the first bar's open at its start, then every
   * bar's close at its end, in time order.
   *
   * @param bars one symbol's bars of one day, in any order
   * @return the samples
   */
  public static List<PriceSample> samples(List<PriceBar> bars) {
    List<PriceBar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparing(PriceBar::start));
    List<PriceSample> samples = new ArrayList<>(sorted.size() + 1);
    if (!sorted.isEmpty()) {
      samples.add(new PriceSample(sorted.get(0).start(), sorted.get(0).open()));
    }
    for (PriceBar bar : sorted) {
      samples.add(new PriceSample(bar.end(), bar.close()));
    }
    return samples;
  }

  @Override
  public PCollectionTuple expand(PCollection<PriceBar> bars) {
    PCollectionTuple out = bars
        .apply("KeyByDay", MapElements.into(new TypeDescriptor<KV<DayKey, PriceBar>>() { })
            .via(bar -> KV.of(new DayKey(bar.symbol(),
                bar.start().atZone(TradingCalendar.NEW_YORK).toLocalDate()), bar)))
        .setCoder(KvCoder.of(DayKeyCoder.of(), PriceBarCoder.of()))
        .apply("GroupByDay", GroupByKey.create())
        .apply("Read", ParDo.of(new Read()).withOutputTags(READINGS, TupleTagList.of(DEAD_LETTERS)));
    out.get(READINGS).setCoder(RealizedVolatilityReadingCoder.of());
    out.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of());
    return out;
  }

  /** Computes one day's reading. */
  private static final class Read extends DoFn<KV<DayKey, Iterable<PriceBar>>, RealizedVolatilityReading> {
    private static final long serialVersionUID = 1L;
    private transient TradingCalendar calendar;
    private transient IntradayRealizedVolatility reader;

    @Setup
    public void setup() {
      calendar = TradingCalendar.nyse();
      reader = IntradayRealizedVolatility.of(calendar);
    }

    @ProcessElement
    public void process(@Element KV<DayKey, Iterable<PriceBar>> day, MultiOutputReceiver out) {
      DayKey key = day.getKey();
      try {
        RegularSession session = calendar.regularSession(key.date()).orElseThrow(() ->
            new IllegalArgumentException(key.date() + " is not an NYSE trading day"));
        List<PriceBar> bars = new ArrayList<>();
        day.getValue().forEach(bars::add);
        out.get(READINGS).output(reader.reading(key.symbol(), samples(bars), session.close(),
            RealizedVolatilityWindow.ONE_DAY));
      } catch (IllegalArgumentException e) {
        out.get(DEAD_LETTERS).output(DeadLetter.of("bar-day", key, e));
      }
    }
  }
}
