package io.zerogex.core.exposure;

import io.zerogex.core.pricing.BlackScholesBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Total gamma exposure at a hypothetical spot {@code L}:
 * {@code scale(L) * sum w_i * gamma_i(L)} over the chain's profile arrays, through
 * {@link BlackScholesBatch#weightedGamma(double, double[])} on batches built once. With a pool
 * the contracts are cut into contiguous slices of about equal size in chain order, each cut moved
 * forward to where the time to expiry changes, so a chain listed by expiration (as brokers and Cboe
 * list them) is split between expirations; one batch and one task per slice. Immutable and
 * thread-safe.
 */
final class ProfileFunction {

  private final ExposureUnit unit;
  private final BlackScholesBatch[] batches;
  private final double[][] weights;
  private final ForkJoinPool pool;

  private ProfileFunction(ExposureUnit unit, BlackScholesBatch[] batches, double[][] weights, ForkJoinPool pool) {
    this.unit = unit;
    this.batches = batches;
    this.weights = weights;
    this.pool = pool;
  }

  /** One batch over every profile contract, or one per slice when {@code pool} is not null. */
  static ProfileFunction of(PreparedChain chain, ForkJoinPool pool) {
    int n = chain.count;
    int wanted = pool == null ? 1 : Math.max(1, Math.min(n / 512, pool.getParallelism() * 2));
    int[] cuts = cuts(chain.years, n, wanted);
    int slices = cuts.length - 1;
    BlackScholesBatch[] batches = new BlackScholesBatch[slices];
    double[][] weights = new double[slices][];
    for (int s = 0; s < slices; s++) {
      int from = cuts[s];
      int to = cuts[s + 1];
      double[] rates = new double[to - from];
      double[] yields = new double[to - from];
      Arrays.fill(rates, chain.rate);
      Arrays.fill(yields, chain.dividendYield);
      batches[s] = BlackScholesBatch.of(Arrays.copyOfRange(chain.strikes, from, to),
          Arrays.copyOfRange(chain.years, from, to), Arrays.copyOfRange(chain.volatilities, from, to),
          rates, yields);
      weights[s] = Arrays.copyOfRange(chain.weights, from, to);
    }
    return new ProfileFunction(chain.config.unit(), batches, weights, slices > 1 ? pool : null);
  }

  /** Slice boundaries: {@code 0}, cuts near {@code n * s / wanted} moved to a change of years, {@code n}. */
  private static int[] cuts(double[] years, int n, int wanted) {
    int[] cuts = new int[wanted + 1];
    int count = 1;
    for (int s = 1; s < wanted; s++) {
      int cut = Math.max((int) ((long) n * s / wanted), cuts[count - 1] + 1);
      while (cut < n && years[cut] == years[cut - 1]) {
        cut++;
      }
      if (cut < n) {
        cuts[count++] = cut;
      }
    }
    cuts[count++] = n;
    return Arrays.copyOf(cuts, count);
  }

  /** The profile value at {@code level}, in the config's unit. */
  double value(double level) {
    if (pool == null) {
      return unit.scale(level) * batches[0].weightedGamma(level, weights[0]);
    }
    return values(new double[] {level})[0];
  }

  /** The profile values at each of {@code levels}, in the config's unit. */
  double[] values(double[] levels) {
    double[] out = new double[levels.length];
    if (pool == null) {
      for (int k = 0; k < levels.length; k++) {
        out[k] = value(levels[k]);
      }
      return out;
    }
    List<ForkJoinTask<double[]>> tasks = new ArrayList<>(batches.length);
    for (int s = 0; s < batches.length; s++) {
      BlackScholesBatch batch = batches[s];
      double[] w = weights[s];
      tasks.add(pool.submit(() -> {
        double[] part = new double[levels.length];
        for (int k = 0; k < levels.length; k++) {
          part[k] = batch.weightedGamma(levels[k], w);
        }
        return part;
      }));
    }
    for (ForkJoinTask<double[]> task : tasks) {
      double[] part = task.join();
      for (int k = 0; k < levels.length; k++) {
        out[k] += part[k];
      }
    }
    for (int k = 0; k < levels.length; k++) {
      out[k] *= unit.scale(levels[k]);
    }
    return out;
  }
}
