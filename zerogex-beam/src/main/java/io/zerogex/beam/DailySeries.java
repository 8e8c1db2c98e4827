package io.zerogex.beam;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.exposure.ExposureSnapshot;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.calendar.RegularSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The daily series of a backtest: for each underlying and NYSE session, the session's last exposure
 * snapshot (total GEX, zero gamma, walls) joined with that session's realized volatility reading of
 * the same symbol. A snapshot belongs to the latest regular session that opened at or before its
 * as-of instant ({@link #sessionDate(Instant)}): a Sunday download of Friday's closing quotes
 * belongs to Friday. Input: a tuple holding {@link #SNAPSHOTS} and {@link #READINGS}. A day with readings
 * but no snapshot has no point in the series. This class is immutable; Beam applies it.
 */
public final class DailySeries extends PTransform<PCollectionTuple, PCollection<DailyExposure>> {

  /** The exposure snapshots input. */
  public static final TupleTag<ExposureSnapshot> SNAPSHOTS = new TupleTag<>() { };

  /** The realized volatility readings input (one-day window). */
  public static final TupleTag<RealizedVolatilityReading> READINGS = new TupleTag<>() { };

  private static final long serialVersionUID = 1L;
  private static final TradingCalendar CALENDAR = TradingCalendar.nyse();
  private static final TupleTag<ExposureSnapshot> LAST = new TupleTag<>() { };
  private static final TupleTag<RealizedVolatilityReading> DAY = new TupleTag<>() { };

  private DailySeries() {
  }

  /** {@return the transform} */
  public static DailySeries of() {
    return new DailySeries();
  }

  @Override
  public PCollection<DailyExposure> expand(PCollectionTuple input) {
    PCollection<KV<DayKey, ExposureSnapshot>> last = input.get(SNAPSHOTS)
        .apply("KeySnapshots", MapElements.into(new TypeDescriptor<KV<DayKey, ExposureSnapshot>>() { })
            .via(s -> KV.of(new DayKey(s.underlying(), sessionDate(s.asOf())), s)))
        .setCoder(KvCoder.of(DayKeyCoder.of(), ExposureSnapshotCoder.of()))
        .apply("LastOfDay", Combine.perKey(DailySeries::latest))
        .setCoder(KvCoder.of(DayKeyCoder.of(), ExposureSnapshotCoder.of()));
    PCollection<KV<DayKey, RealizedVolatilityReading>> readings = input.get(READINGS)
        .apply("KeyReadings", MapElements.into(new TypeDescriptor<KV<DayKey, RealizedVolatilityReading>>() { })
            .via(r -> KV.of(new DayKey(r.symbol(), r.session().date()), r)))
        .setCoder(KvCoder.of(DayKeyCoder.of(), RealizedVolatilityReadingCoder.of()));
    return KeyedPCollectionTuple.of(LAST, last).and(DAY, readings)
        .apply("Join", CoGroupByKey.create())
        .apply("Point", ParDo.of(new Point()))
        .setCoder(DailyExposureCoder.of());
  }

  /**
   * The date of the latest NYSE regular session that opened at or before {@code asOf}.
   *
   * @param asOf an instant
   * @return the session date: the New York date when it is a trading day and the session has
   *     opened, else the previous trading day
   */
  public static LocalDate sessionDate(Instant asOf) {
    LocalDate date = asOf.atZone(TradingCalendar.NEW_YORK).toLocalDate();
    Optional<RegularSession> session = CALENDAR.regularSession(date);
    if (session.isPresent() && !asOf.isBefore(session.get().open())) {
      return date;
    }
    return CALENDAR.previousTradingDay(date);
  }

  private static ExposureSnapshot latest(Iterable<ExposureSnapshot> snapshots) {
    Iterator<ExposureSnapshot> it = snapshots.iterator();
    // Ties on as-of cannot happen: one snapshot per (underlying, as-of) comes out of ChainsToExposure.
    ExposureSnapshot latest = it.next();
    while (it.hasNext()) {
      ExposureSnapshot s = it.next();
      if (s.asOf().isAfter(latest.asOf())) {
        latest = s;
      }
    }
    return latest;
  }

  /** One point from a day's joined snapshot and reading. */
  private static final class Point extends DoFn<KV<DayKey, CoGbkResult>, DailyExposure> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<DayKey, CoGbkResult> day, OutputReceiver<DailyExposure> out) {
      ExposureSnapshot s = day.getValue().getOnly(LAST, null);
      if (s == null) {
        return;
      }
      RealizedVolatilityReading reading = day.getValue().getOnly(DAY, null);
      OptionalDouble volatility = reading == null ? OptionalDouble.empty() : reading.annualizedVolatility();
      out.output(new DailyExposure(s.underlying(), day.getKey().date(), s.asOf(), s.spot(), s.netGamma(),
          s.zeroGamma(), s.callWall(), s.putWall(), volatility));
    }
  }
}
