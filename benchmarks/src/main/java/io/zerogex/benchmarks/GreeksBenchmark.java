package io.zerogex.benchmarks;

import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.pricing.BlackScholes;
import io.zerogex.core.pricing.Greeks;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.finmath.functions.AnalyticFormulas;
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
 * Price plus the first-order greeks (delta, gamma, vega, theta, rho) of one European call, per
 * option, over a seeded grid of {@value #OPTIONS} options: ZeroGEX against OpenGamma Strata's
 * {@code BlackScholesFormulaRepository}, finmath-lib's {@code AnalyticFormulas} and a
 * straightforward implementation on commons-math3's {@code NormalDistribution}.
 *
 * <p>The grid holds calls without dividend yield because finmath-lib's analytic greeks
 * ({@code blackScholesOptionDelta} and siblings) cover only that case; ZeroGEX and Strata still run
 * their general dividend-yield code. {@link #setUp()} checks that every peer agrees with ZeroGEX
 * (see {@link GreeksPeers#TOLERANCE}) and fails the run otherwise, so the timings compare equal work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GreeksBenchmark {

  /** Options in the grid. */
  public static final int OPTIONS = 4096;

  private final double[] spots = new double[OPTIONS];
  private final double[] strikes = new double[OPTIONS];
  private final double[] years = new double[OPTIONS];
  private final double[] rates = new double[OPTIONS];
  private final double[] volatilities = new double[OPTIONS];
  private final NormalDistribution normal = new NormalDistribution(0, 1);
  private final double[] buffer = new double[6];

  /** Builds the seeded grid (seed 42) and checks every peer against ZeroGEX. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < OPTIONS; i++) {
      spots[i] = random.nextDouble(50, 5000);
      volatilities[i] = random.nextDouble(0.08, 0.9);
      years[i] = Math.exp(random.nextDouble(Math.log(1.0 / 365), Math.log(2)));
      strikes[i] = spots[i] * Math.exp(random.nextDouble(-2, 2) * volatilities[i] * Math.sqrt(years[i]));
      rates[i] = random.nextDouble(0, 0.06);
    }
    for (int i = 0; i < OPTIONS; i++) {
      double[] expected = zerogex(i, new double[6]);
      GreeksPeers.check("Strata", expected, strata(i, buffer), spots[i]);
      GreeksPeers.check("finmath", expected, finmath(i, buffer), spots[i]);
      GreeksPeers.check("commons-math3", expected, commonsMath(i, buffer), spots[i]);
    }
  }

  /** ZeroGEX: one call computes the price and every greek. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double zerogex() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += sum(zerogex(i, buffer));
    }
    return sum;
  }

  /** Strata: one static method per quantity. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double strata() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += sum(strata(i, buffer));
    }
    return sum;
  }

  /** finmath-lib: one static method per quantity. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double finmath() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += sum(finmath(i, buffer));
    }
    return sum;
  }

  /** commons-math3: d1, d2, N and n computed once per option and shared. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double commonsMath() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += sum(commonsMath(i, buffer));
    }
    return sum;
  }

  private static double sum(double[] g) {
    return g[0] + g[1] + g[2] + g[3] + g[4] + g[5];
  }

  // Each implementation writes price, delta, gamma, vega, theta, rho into the same reused buffer,
  // so the timed loops differ only in the library called.

  private double[] zerogex(int i, double[] out) {
    Greeks g = BlackScholes.greeks(OptionRight.CALL, spots[i], strikes[i], years[i], rates[i], 0,
        volatilities[i]);
    out[0] = g.price();
    out[1] = g.delta();
    out[2] = g.gamma();
    out[3] = g.vega();
    out[4] = g.theta();
    out[5] = g.rho();
    return out;
  }

  /** Strata's cost of carry b = r - q is r here; its theta has ZeroGEX's sign and unit. */
  private double[] strata(int i, double[] out) {
    double s = spots[i];
    double k = strikes[i];
    double t = years[i];
    double v = volatilities[i];
    double r = rates[i];
    out[0] = BlackScholesFormulaRepository.price(s, k, t, v, r, r, true);
    out[1] = BlackScholesFormulaRepository.delta(s, k, t, v, r, r, true);
    out[2] = BlackScholesFormulaRepository.gamma(s, k, t, v, r, r);
    out[3] = BlackScholesFormulaRepository.vega(s, k, t, v, r, r);
    out[4] = BlackScholesFormulaRepository.theta(s, k, t, v, r, r, true);
    out[5] = BlackScholesFormulaRepository.rho(s, k, t, v, r, r, true);
    return out;
  }

  private double[] finmath(int i, double[] out) {
    double s = spots[i];
    double k = strikes[i];
    double t = years[i];
    double v = volatilities[i];
    double r = rates[i];
    out[0] = AnalyticFormulas.blackScholesOptionValue(s, r, v, t, k);
    out[1] = AnalyticFormulas.blackScholesOptionDelta(s, r, v, t, k);
    out[2] = AnalyticFormulas.blackScholesOptionGamma(s, r, v, t, k);
    out[3] = AnalyticFormulas.blackScholesOptionVega(s, r, v, t, k);
    out[4] = AnalyticFormulas.blackScholesOptionTheta(s, r, v, t, k);
    out[5] = AnalyticFormulas.blackScholesOptionRho(s, r, v, t, k);
    return out;
  }

  private double[] commonsMath(int i, double[] out) {
    double s = spots[i];
    double k = strikes[i];
    double t = years[i];
    double sigma = volatilities[i];
    double r = rates[i];
    double sqrtT = Math.sqrt(t);
    double v = sigma * sqrtT;
    double d1 = (Math.log(s / k) + (r + 0.5 * sigma * sigma) * t) / v;
    double d2 = d1 - v;
    double nd1 = normal.cumulativeProbability(d1);
    double nd2 = normal.cumulativeProbability(d2);
    double pdf = normal.density(d1);
    double discountedStrike = k * Math.exp(-r * t);
    out[0] = s * nd1 - discountedStrike * nd2;
    out[1] = nd1;
    out[2] = pdf / (s * v);
    out[3] = s * pdf * sqrtT;
    out[4] = -s * pdf * sigma / (2 * sqrtT) - r * discountedStrike * nd2;
    out[5] = t * discountedStrike * nd2;
    return out;
  }
}
