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
      double[] expected = zerogex(i);
      GreeksPeers.check("Strata", expected, strata(i), spots[i]);
      GreeksPeers.check("finmath", expected, finmath(i), spots[i]);
      GreeksPeers.check("commons-math3", expected, commonsMath(i), spots[i]);
    }
  }

  /** ZeroGEX: one call computes the price and every greek. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double zerogex() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      Greeks g = BlackScholes.greeks(OptionRight.CALL, spots[i], strikes[i], years[i], rates[i], 0,
          volatilities[i]);
      sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
    }
    return sum;
  }

  /** Strata: one static method per quantity; cost of carry b = r - q = r. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double strata() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      double s = spots[i];
      double k = strikes[i];
      double t = years[i];
      double v = volatilities[i];
      double r = rates[i];
      sum += BlackScholesFormulaRepository.price(s, k, t, v, r, r, true)
          + BlackScholesFormulaRepository.delta(s, k, t, v, r, r, true)
          + BlackScholesFormulaRepository.gamma(s, k, t, v, r, r)
          + BlackScholesFormulaRepository.vega(s, k, t, v, r, r)
          + BlackScholesFormulaRepository.theta(s, k, t, v, r, r, true)
          + BlackScholesFormulaRepository.rho(s, k, t, v, r, r, true);
    }
    return sum;
  }

  /** finmath-lib: one static method per quantity. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double finmath() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      double s = spots[i];
      double k = strikes[i];
      double t = years[i];
      double v = volatilities[i];
      double r = rates[i];
      sum += AnalyticFormulas.blackScholesOptionValue(s, r, v, t, k)
          + AnalyticFormulas.blackScholesOptionDelta(s, r, v, t, k)
          + AnalyticFormulas.blackScholesOptionGamma(s, r, v, t, k)
          + AnalyticFormulas.blackScholesOptionVega(s, r, v, t, k)
          + AnalyticFormulas.blackScholesOptionTheta(s, r, v, t, k)
          + AnalyticFormulas.blackScholesOptionRho(s, r, v, t, k);
    }
    return sum;
  }

  /** commons-math3: d1, d2, N and n computed once per option and shared. */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public double commonsMath() {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      double[] g = commonsMath(i);
      sum += g[0] + g[1] + g[2] + g[3] + g[4] + g[5];
    }
    return sum;
  }

  private double[] zerogex(int i) {
    Greeks g = BlackScholes.greeks(OptionRight.CALL, spots[i], strikes[i], years[i], rates[i], 0,
        volatilities[i]);
    return new double[] {g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.rho()};
  }

  private double[] strata(int i) {
    double s = spots[i];
    double k = strikes[i];
    double t = years[i];
    double v = volatilities[i];
    double r = rates[i];
    // Strata's theta is the sensitivity to the time to expiry with the opposite sign convention
    // checked in GreeksPeers; it is reported per year like ZeroGEX's.
    return new double[] {
        BlackScholesFormulaRepository.price(s, k, t, v, r, r, true),
        BlackScholesFormulaRepository.delta(s, k, t, v, r, r, true),
        BlackScholesFormulaRepository.gamma(s, k, t, v, r, r),
        BlackScholesFormulaRepository.vega(s, k, t, v, r, r),
        BlackScholesFormulaRepository.theta(s, k, t, v, r, r, true),
        BlackScholesFormulaRepository.rho(s, k, t, v, r, r, true)};
  }

  private double[] finmath(int i) {
    double s = spots[i];
    double k = strikes[i];
    double t = years[i];
    double v = volatilities[i];
    double r = rates[i];
    return new double[] {
        AnalyticFormulas.blackScholesOptionValue(s, r, v, t, k),
        AnalyticFormulas.blackScholesOptionDelta(s, r, v, t, k),
        AnalyticFormulas.blackScholesOptionGamma(s, r, v, t, k),
        AnalyticFormulas.blackScholesOptionVega(s, r, v, t, k),
        AnalyticFormulas.blackScholesOptionTheta(s, r, v, t, k),
        AnalyticFormulas.blackScholesOptionRho(s, r, v, t, k)};
  }

  private double[] commonsMath(int i) {
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
    return new double[] {
        s * nd1 - discountedStrike * nd2,
        nd1,
        pdf / (s * v),
        s * pdf * sqrtT,
        -s * pdf * sigma / (2 * sqrtT) - r * discountedStrike * nd2,
        t * discountedStrike * nd2};
  }
}
