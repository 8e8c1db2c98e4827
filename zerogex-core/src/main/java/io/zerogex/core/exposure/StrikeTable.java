package io.zerogex.core.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-strike accumulators keyed by strike in an open-addressing table over primitive arrays,
 * because boxing a map key for each of tens of thousands of contracts costs more than the sums.
 * Not thread-safe; used by one chain pass, then read.
 */
final class StrikeTable {

  private long[] keys = new long[2048];
  private int[] slots = new int[2048];
  private int size;
  private double[] strikes = new double[256];
  private double[] callGamma = new double[256];
  private double[] putGamma = new double[256];
  private long[] callOpenInterest = new long[256];
  private long[] putOpenInterest = new long[256];
  private double[] callPayoffWeight = new double[256];
  private double[] putPayoffWeight = new double[256];

  StrikeTable() {
    Arrays.fill(keys, Long.MIN_VALUE);
  }

  /** The slot of {@code strike}, created empty on first sight. */
  int slot(double strike) {
    long key = Double.doubleToLongBits(strike);
    int mask = keys.length - 1;
    int i = index(key, mask);
    while (keys[i] != Long.MIN_VALUE) {
      if (keys[i] == key) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    if (size == strikes.length) {
      grow();
    }
    keys[i] = key;
    slots[i] = size;
    strikes[size] = strike;
    int created = size++;
    if (size * 2 > keys.length) {
      rehash();
    }
    return created;
  }

  /** Adds a contract's open interest times multiplier (for max pain) at its slot. */
  void addPayoffWeight(int slot, boolean call, long openInterest, int multiplier) {
    if (call) {
      callOpenInterest[slot] += openInterest;
      callPayoffWeight[slot] += (double) openInterest * multiplier;
    } else {
      putOpenInterest[slot] += openInterest;
      putPayoffWeight[slot] += (double) openInterest * multiplier;
    }
  }

  /** Adds a contract's signed gamma exposure at its slot. */
  void addGamma(int slot, boolean call, double exposure) {
    if (call) {
      callGamma[slot] += exposure;
    } else {
      putGamma[slot] += exposure;
    }
  }

  /** The slots ordered by ascending strike. */
  int[] ascending() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(strikes[a], strikes[b]));
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /** The by-strike table in ascending strike order. */
  List<StrikeExposure> exposures(int[] ascending) {
    List<StrikeExposure> out = new ArrayList<>(size);
    for (int s : ascending) {
      out.add(new StrikeExposure(strikes[s], callGamma[s], putGamma[s], callGamma[s] + putGamma[s],
          Math.abs(callGamma[s]) + Math.abs(putGamma[s]), callOpenInterest[s], putOpenInterest[s]));
    }
    return out;
  }

  /**
   * The max-pain strike: the strike {@code P} minimising the intrinsic value paid to holders,
   * {@code sum_calls OI * m * max(P - K, 0) + sum_puts OI * m * max(K - P, 0)}, over the strikes
   * in the table, evaluated with prefix sums in one pass; ties go to the lower strike. NaN when
   * no contract has open interest.
   */
  double maxPain(int[] ascending) {
    double putWeightAbove = 0;
    double putValueAbove = 0;
    for (int s : ascending) {
      putWeightAbove += putPayoffWeight[s];
      putValueAbove += putPayoffWeight[s] * strikes[s];
    }
    double callWeightBelow = 0;
    double callValueBelow = 0;
    double best = Double.NaN;
    double bestPain = Double.POSITIVE_INFINITY;
    for (int s : ascending) {
      double k = strikes[s];
      double pain = (k * callWeightBelow - callValueBelow) + (putValueAbove - k * putWeightAbove);
      if (pain < bestPain) {
        bestPain = pain;
        best = k;
      }
      callWeightBelow += callPayoffWeight[s];
      callValueBelow += callPayoffWeight[s] * k;
      putWeightAbove -= putPayoffWeight[s];
      putValueAbove -= putPayoffWeight[s] * k;
    }
    return callWeightBelow + putPayoffTotal(ascending) > 0 ? best : Double.NaN;
  }

  private double putPayoffTotal(int[] ascending) {
    double total = 0;
    for (int s : ascending) {
      total += putPayoffWeight[s];
    }
    return total;
  }

  private void grow() {
    int n = strikes.length * 2;
    strikes = Arrays.copyOf(strikes, n);
    callGamma = Arrays.copyOf(callGamma, n);
    putGamma = Arrays.copyOf(putGamma, n);
    callOpenInterest = Arrays.copyOf(callOpenInterest, n);
    putOpenInterest = Arrays.copyOf(putOpenInterest, n);
    callPayoffWeight = Arrays.copyOf(callPayoffWeight, n);
    putPayoffWeight = Arrays.copyOf(putPayoffWeight, n);
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    Arrays.fill(keys, Long.MIN_VALUE);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long key = oldKeys[j];
      if (key != Long.MIN_VALUE) {
        int i = index(key, mask);
        while (keys[i] != Long.MIN_VALUE) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = oldSlots[j];
      }
    }
  }

  private static int index(long key, int mask) {
    return (int) (key ^ (key >>> 29) ^ (key >>> 41)) * 0x9E3779B9 & mask;
  }
}
