package io.zerogex.benchmarks;

import io.zerogex.core.pricing.BlackScholes;
import io.zerogex.core.pricing.BlackScholesBatch;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gamma of {@value #CONTRACTS} contracts (the size of an SPX chain across expirations) at one
 * hypothetical spot, per contract: the inner loop of the gamma profile. The spot steps through
 * 80 levels from 0.8 to 1.2 times 4700 across invocations, as the profile does.
 *
 * <p>Compared: {@link BlackScholesBatch#gamma} and {@link BlackScholesBatch#weightedGamma}
 * (prepared once per chain), the scalar {@link BlackScholes#gamma} in a loop, and a
 * straightforward commons-math3 loop ({@code NormalDistribution.density}). {@link #setUp()}
 * checks the peers agree with the batch kernel to 1e-9 relative.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GammaBatchBenchmark {

  /** Contracts in the chain. */
  public static final int CONTRACTS = 21_000;
  private static final int SPOTS = 80;

  private final double[] strikes = new double[CONTRACTS];
  private final double[] years = new double[CONTRACTS];
  private final double[] volatilities = new double[CONTRACTS];
  private final double[] rates = new double[CONTRACTS];
  private final double[] yields = new double[CONTRACTS];
  private final double[] weights = new double[CONTRACTS];
  private final double[] out = new double[CONTRACTS];
  private final double[] spots = new double[SPOTS];
  private final NormalDistribution normal = new NormalDistribution(0, 1);
  private BlackScholesBatch batch;
  private int next;

  /**
   * A seeded SPX-like chain (seed 7) laid out as vendors return it, by expiration then strike:
   * 0DTE to two years, strikes every 5 points out to about four standard deviations, a call and
   * a put per strike, a skewed volatility smile, until {@value #CONTRACTS} contracts.
   */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    double[] days = {0.25, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 21, 28, 35, 42, 49, 56, 63, 91, 119,
        182, 273, 364, 546, 728};
    int filled = 0;
    for (int e = 0; filled < CONTRACTS; e = (e + 1) % days.length) {
      double t = days[e] / 365;
      double width = 4 * 0.2 * Math.sqrt(t) + 0.02;
      for (double strike = 5 * Math.floor(4700 * Math.exp(-width) / 5);
          strike <= 4700 * Math.exp(width) && filled < CONTRACTS; strike += 5) {
        double moneyness = Math.log(strike / 4700) / Math.sqrt(t);
        for (int right = 0; right < 2 && filled < CONTRACTS; right++, filled++) {
          strikes[filled] = strike;
          years[filled] = t;
          volatilities[filled] = Math.max(0.08, 0.16 - 0.08 * moneyness + 0.05 * moneyness * moneyness);
          rates[filled] = 0.05;
          yields[filled] = 0.015;
          weights[filled] = (right == 0 ? 100 : -100) * random.nextInt(1, 20_000);
        }
      }
    }
    for (int k = 0; k < SPOTS; k++) {
      spots[k] = 4700 * (0.8 + 0.4 * k / (SPOTS - 1));
    }
    batch = BlackScholesBatch.of(strikes, years, volatilities, rates, yields);
    for (double spot : spots) {
      batch.gamma(spot, out);
      for (int i = 0; i < CONTRACTS; i++) {
        agree("BlackScholes.gamma", out[i], BlackScholes.gamma(spot, strikes[i], years[i], rates[i],
            yields[i], volatilities[i]));
        agree("commons-math3", out[i], commonsMathGamma(spot, i));
      }
    }
  }

  private static void agree(String peer, double expected, double actual) {
    if (!(Math.abs(actual - expected) <= 1e-9 * expected + 1e-300)) {
      throw new IllegalStateException(peer + " gamma " + actual + " disagrees with the batch " + expected);
    }
  }

  private double nextSpot() {
    next = next + 1 == SPOTS ? 0 : next + 1;
    return spots[next];
  }

  /** The batch kernel writing one gamma per contract. */
  @Benchmark
  @OperationsPerInvocation(CONTRACTS)
  public double[] batchGamma() {
    batch.gamma(nextSpot(), out);
    return out;
  }

  /** The batch kernel summing weighted gammas, the profile's inner loop. */
  @Benchmark
  @OperationsPerInvocation(CONTRACTS)
  public double batchWeightedGamma() {
    return batch.weightedGamma(nextSpot(), weights);
  }

  /** The scalar formula, validated and recomputed from scratch per contract. */
  @Benchmark
  @OperationsPerInvocation(CONTRACTS)
  public double[] scalarGammaLoop() {
    double spot = nextSpot();
    for (int i = 0; i < CONTRACTS; i++) {
      out[i] = BlackScholes.gamma(spot, strikes[i], years[i], rates[i], yields[i], volatilities[i]);
    }
    return out;
  }

  /** A straightforward commons-math3 loop. */
  @Benchmark
  @OperationsPerInvocation(CONTRACTS)
  public double[] commonsMathLoop() {
    double spot = nextSpot();
    for (int i = 0; i < CONTRACTS; i++) {
      out[i] = commonsMathGamma(spot, i);
    }
    return out;
  }

  private double commonsMathGamma(double spot, int i) {
    double v = volatilities[i] * Math.sqrt(years[i]);
    double d1 = (Math.log(spot / strikes[i])
        + (rates[i] - yields[i] + 0.5 * volatilities[i] * volatilities[i]) * years[i]) / v;
    return Math.exp(-yields[i] * years[i]) * normal.density(d1) / (spot * v);
  }
}
