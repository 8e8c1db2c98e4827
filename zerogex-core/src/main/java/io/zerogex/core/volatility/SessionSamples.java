package io.zerogex.core.volatility;

import io.zerogex.core.calendar.RegularSession;
import io.zerogex.core.model.Arguments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Samples of one session aligned to its 5-minute grid: slot {@code j} is the grid point
 * {@code open + 5 min * j}, {@code 0 <= j <= slots} (the close is the last grid point). Each sample
 * within the tolerance of a grid point fills that slot; everything else is reported as an input
 * {@link DataIssue}. Not API: package-private.
 */
final class SessionSamples {

  static final long SLOT_MILLIS = Duration.ofMinutes(5).toMillis();

  final RegularSession session;
  /** Grid points in the session: 78 on a full day, 42 on a 13:00 early close. */
  final int slots;
  /** The price kept for each slot, 0 where no sample fell (prices are &gt; 0). */
  final double[] priceBySlot;
  /** The last slot a window may end at: the last grid point reached by {@code asOf}. */
  final int lastSlot;
  /** Input issues, in {@link DataIssue.Kind} order. */
  final List<DataIssue> issues = new ArrayList<>();

  private final long toleranceMillis;

  SessionSamples(RegularSession session, Instant asOf, Duration tolerance, List<PriceSample> samples) {
    this.session = session;
    this.toleranceMillis = tolerance.toMillis();
    this.slots = (int) (Duration.between(session.open(), session.close()).toMillis() / SLOT_MILLIS);
    this.priceBySlot = new double[slots + 1];
    Instant end = asOf.isBefore(session.close()) ? asOf : session.close();
    int reached = (int) Math.min(slots, Duration.between(session.open(), end).toMillis() / SLOT_MILLIS);
    this.lastSlot = Math.max(reached, align(asOf, samples));
  }

  /** The instant of grid point {@code slot}. */
  Instant gridPoint(int slot) {
    return session.open().plusMillis(slot * SLOT_MILLIS);
  }

  /** Fills {@link #priceBySlot}, records the input issues and returns the highest slot filled (or -1). */
  private int align(Instant asOf, List<PriceSample> samples) {
    Aggregate outOfOrder = new Aggregate(DataIssue.Kind.OUT_OF_ORDER, () -> "samples earlier than the sample given before them; sorted");
    Aggregate outside = new Aggregate(DataIssue.Kind.OUTSIDE_SESSION, () -> "samples outside the session "
        + session.open() + " to " + session.close() + " (tolerance " + toleranceMillis + " ms); ignored");
    Aggregate offGrid = new Aggregate(DataIssue.Kind.OFF_GRID, () -> "samples farther than " + toleranceMillis
        + " ms from every 5-minute grid point; ignored");
    Aggregate afterAsOf = new Aggregate(DataIssue.Kind.AFTER_AS_OF, () -> "samples after asOf " + asOf + "; ignored");
    Aggregate duplicates = new Aggregate(DataIssue.Kind.DUPLICATE, () -> "extra samples with an equal price on one grid point; one kept");
    long[] keptDeviation = new long[slots + 1];
    PriceSample[] firstInSlot = new PriceSample[slots + 1];
    // every sample of the slots that received more than one, in the order given
    Map<Integer, List<PriceSample>> shared = new TreeMap<>();
    int highest = -1;
    for (int i = 0; i < samples.size(); i++) {
      PriceSample sample = Arguments.notNull(samples.get(i), "samples[" + i + "]");
      if (i > 0 && sample.at().isBefore(samples.get(i - 1).at())) {
        outOfOrder.add(sample.at());
      }
      if (sample.at().isAfter(asOf)) {
        afterAsOf.add(sample.at());
        continue;
      }
      long offset = Duration.between(session.open(), sample.at()).toMillis();
      long slot = Math.floorDiv(offset + SLOT_MILLIS / 2, SLOT_MILLIS);
      long deviation = Math.abs(offset - slot * SLOT_MILLIS);
      if (slot < 0 || slot > slots) {
        outside.add(sample.at());
      } else if (deviation > toleranceMillis) {
        offGrid.add(sample.at());
      } else {
        int j = (int) slot;
        // the sample nearest the grid point wins; on a tie the first given stays
        if (firstInSlot[j] == null || deviation < keptDeviation[j]) {
          priceBySlot[j] = sample.price();
          keptDeviation[j] = deviation;
        }
        if (firstInSlot[j] == null) {
          firstInSlot[j] = sample;
        } else {
          shared.computeIfAbsent(j, k -> new ArrayList<>(List.of(firstInSlot[k]))).add(sample);
        }
        highest = Math.max(highest, j);
      }
    }
    List<DataIssue> conflicts = new ArrayList<>();
    for (Map.Entry<Integer, List<PriceSample>> entry : shared.entrySet()) {
      int j = entry.getKey();
      List<PriceSample> here = entry.getValue();
      List<Double> prices = new ArrayList<>();
      Instant first = here.get(0).at();
      for (PriceSample s : here) {
        prices.add(s.price());
        first = s.at().isBefore(first) ? s.at() : first;
      }
      double kept = priceBySlot[j];
      if (prices.stream().allMatch(p -> p == kept)) {
        for (int k = 1; k < here.size(); k++) {
          duplicates.add(first);
        }
      } else {
        conflicts.add(new DataIssue(DataIssue.Kind.CONFLICTING_DUPLICATE, first, here.size() - 1,
            "samples on grid point " + gridPoint(j) + " with prices " + prices + "; kept " + kept));
      }
    }
    outOfOrder.addTo(issues);
    duplicates.addTo(issues);
    issues.addAll(conflicts);
    outside.addTo(issues);
    offGrid.addTo(issues);
    afterAsOf.addTo(issues);
    return highest;
  }

  /** Counts samples of one kind and remembers the earliest. */
  private static final class Aggregate {
    private final DataIssue.Kind kind;
    private final Supplier<String> detail;
    private int count;
    private Instant earliest;

    /** The detail is built only when the issue is reported: most readings report none. */
    Aggregate(DataIssue.Kind kind, Supplier<String> detail) {
      this.kind = kind;
      this.detail = detail;
    }

    void add(Instant at) {
      count++;
      earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
    }

    void addTo(List<DataIssue> issues) {
      if (count > 0) {
        issues.add(new DataIssue(kind, earliest, count, count + " " + detail.get()));
      }
    }
  }
}
