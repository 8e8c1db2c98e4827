package io.zerogex.benchmarks;

import io.zerogex.core.exposure.ExposureCalculator;
import io.zerogex.core.exposure.ExposureConfig;
import io.zerogex.core.exposure.ExposureReport;
import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.pricing.YearFraction;
import io.zerogex.core.support.CboeQuoteTable;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gamma exposure on the 21,038-contract SPX 2024-01-05 Cboe chain (resource
 * chains/spx-2024-01-05, see its PROVENANCE.md), each ZeroGEX path beside a straightforward
 * baseline: one object per contract, the year fraction asked per contract, {@link TreeMap}s for
 * the tables and commons-math3 {@link NormalDistribution#density(double)} for gamma.
 *
 * <p>Every method starts from the parsed {@link OptionChain}, so the profile methods include
 * the one-pass scan that {@code report} measures alone. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar ExposureBenchmark -f 1 -wi 2 -i 3 -r 1 -w 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExposureBenchmark {

  private OptionChain chain;
  private ExposureCalculator defaults;
  private ExposureCalculator perfiliev;
  private ExposureCalculator parallel;
  private ForkJoinPool pool;
  private final NormalDistribution normal = new NormalDistribution(0, 1);

  /** Parses the chain and builds the calculators. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    try (Reader reader = new InputStreamReader(ExposureBenchmark.class.getResourceAsStream(
        "/chains/spx-2024-01-05/spx_quotedata.csv"), StandardCharsets.UTF_8)) {
      chain = CboeQuoteTable.read(reader);
    }
    defaults = ExposureCalculator.of(ExposureConfig.defaults());
    perfiliev = ExposureCalculator.of(ExposureConfig.perfilievCompatible());
    pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    parallel = defaults.withPool(pool);
  }

  /** Shuts the pool down. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /** ZeroGEX: totals, by-strike, by-expiration and bucket tables, data quality (profile not touched). */
  @Benchmark
  public double report() {
    ExposureReport r = defaults.compute(chain);
    return r.totalGamma() + r.byStrike().size() + r.byExpiration().size() + r.zeroDteShare();
  }

  /** ZeroGEX: the report plus walls, max pain and the 60-level Perfiliev profile. */
  @Benchmark
  public double perfilievProfile() {
    return perfiliev.compute(chain).levels().zeroGamma().getAsDouble();
  }

  /** ZeroGEX: the report plus the refined default profile (81-point grid, Brent to 0.01). */
  @Benchmark
  public double refinedProfile() {
    return defaults.compute(chain).levels().zeroGamma().getAsDouble();
  }

  /** ZeroGEX: {@link #refinedProfile()} with the profile evaluated on a pool. */
  @Benchmark
  public double refinedProfileParallel() {
    return parallel.compute(chain).levels().zeroGamma().getAsDouble();
  }

  /** Baseline of {@link #report()}: objects, per-contract year fraction, tree maps. */
  @Benchmark
  public double baselineReport() {
    YearFraction policy = YearFraction.defaultPolicy();
    double s = chain.spot();
    Map<Double, double[]> byStrike = new TreeMap<>();
    Map<LocalDate, double[]> byExpiration = new TreeMap<>();
    double total = 0;
    for (OptionQuote q : chain.quotes()) {
      double years = policy.years(chain.asOf(), q.contract());
      if (years <= 0 || q.openInterest() == 0 || q.greeks().gamma().isEmpty()) {
        continue;
      }
      double sign = q.contract().isCall() ? 1 : -1;
      double gex = sign * q.greeks().gamma().getAsDouble() * q.openInterest() * q.contract().multiplier() * s * s * 0.01;
      total += gex;
      byStrike.computeIfAbsent(q.contract().strike(), k -> new double[2])[q.contract().isCall() ? 0 : 1] += gex;
      byExpiration.computeIfAbsent(q.contract().expiration(), k -> new double[2])[q.contract().isCall() ? 0 : 1] += gex;
    }
    return total + byStrike.size() + byExpiration.size();
  }

  /** Baseline of {@link #perfilievProfile()}: objects, commons-math3 density, 60 levels. */
  @Benchmark
  public double baselinePerfilievProfile() {
    List<Contract> contracts = contracts(YearFraction.businessDays(262, true));
    double spot = chain.spot();
    double previousLevel = 0;
    double previous = 0;
    for (int k = 0; k < 60; k++) {
      double level = 0.8 * spot + k * (0.4 * spot / 59);
      double value = profile(contracts, level);
      if (k > 0 && Math.signum(value) != Math.signum(previous)) {
        return level - (level - previousLevel) * value / (value - previous);
      }
      previousLevel = level;
      previous = value;
    }
    return Double.NaN;
  }

  /** Baseline of {@link #refinedProfile()}: objects, commons-math3 density, bisection to 0.01. */
  @Benchmark
  public double baselineRefinedProfile() {
    List<Contract> contracts = contracts(YearFraction.defaultPolicy());
    double spot = chain.spot();
    double best = Double.NaN;
    double previousLevel = 0;
    double previous = 0;
    for (int k = 0; k <= 80; k++) {
      double level = spot * (0.8 + 0.005 * k);
      double value = profile(contracts, level);
      if (k > 0 && Math.signum(value) != Math.signum(previous)) {
        double root = bisect(contracts, previousLevel, previous, level);
        if (Double.isNaN(best) || Math.abs(root - spot) < Math.abs(best - spot)) {
          best = root;
        }
      }
      previousLevel = level;
      previous = value;
    }
    return best;
  }

  private double bisect(List<Contract> contracts, double low, double lowValue, double high) {
    while (high - low > 0.01) {
      double mid = 0.5 * (low + high);
      double value = profile(contracts, mid);
      if (Math.signum(value) == Math.signum(lowValue)) {
        low = mid;
        lowValue = value;
      } else {
        high = mid;
      }
    }
    return 0.5 * (low + high);
  }

  private List<Contract> contracts(YearFraction policy) {
    List<Contract> out = new ArrayList<>();
    for (OptionQuote q : chain.quotes()) {
      double years = policy.years(chain.asOf(), q.contract());
      if (years > 0 && q.openInterest() > 0 && q.impliedVolatility().isPresent()) {
        double sign = q.contract().isCall() ? 1 : -1;
        out.add(new Contract(q.contract().strike(), years, q.impliedVolatility().getAsDouble(),
            sign * q.openInterest() * q.contract().multiplier()));
      }
    }
    return out;
  }

  private double profile(List<Contract> contracts, double level) {
    double sum = 0;
    for (Contract c : contracts) {
      double sd = c.volatility * Math.sqrt(c.years);
      double d1 = Math.log(level / c.strike) / sd + 0.5 * sd;
      sum += c.weight * normal.density(d1) / (level * sd);
    }
    return sum * level * level * 0.01;
  }

  /** One contract of the baseline. */
  private record Contract(double strike, double years, double volatility, double weight) {
  }
}
