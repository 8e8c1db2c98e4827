package io.zerogex.benchmarks;

import io.zerogex.core.calendar.TradingCalendar;
import io.zerogex.core.model.PriceBar;
import io.zerogex.core.volatility.Estimator;
import io.zerogex.core.volatility.IntradayRealizedVolatility;
import io.zerogex.core.volatility.PriceSample;
import io.zerogex.core.volatility.RealizedVolatility;
import io.zerogex.core.volatility.RealizedVolatilityReading;
import io.zerogex.core.volatility.RollingRealizedVolatility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Realized volatility over seeded daily bars (one year = 253 bars with the leading bar, ten years
 * = 2,520 bars for the rolling window) and one full session of 5-minute samples. The peer is
 * commons-math3's {@link StandardDeviation} (bias-corrected) over the same log returns, the way a
 * Java user would compute close-to-close volatility without this library.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RealizedVolatilityBenchmark {

  private double[] closes;
  private List<PriceBar> year;
  private List<PriceBar> decade;
  private List<PriceSample> session;
  private IntradayRealizedVolatility intraday;
  private Instant afterClose;

  /** Builds the seeded inputs. */
  @Setup
  public void setUp() {
    Random random = new Random(20_240_105L);
    decade = new ArrayList<>();
    double close = 4700;
    Instant start = Instant.parse("2015-01-02T14:30:00Z");
    for (int i = 0; i < 2520; i++) {
      double open = close * Math.exp(0.004 * random.nextGaussian());
      double price = open;
      double high = open;
      double low = open;
      for (int step = 0; step < 20; step++) {
        price *= Math.exp(0.0025 * random.nextGaussian());
        high = Math.max(high, price);
        low = Math.min(low, price);
      }
      close = price;
      decade.add(new PriceBar("SPX", start.plus(Duration.ofDays(i)), Duration.ofDays(1), open, high, low, close, 0));
    }
    year = decade.subList(0, 253);
    closes = year.stream().mapToDouble(PriceBar::close).toArray();
    Instant open = Instant.parse("2024-11-26T14:30:00Z");
    session = new ArrayList<>();
    double level = 5987;
    for (int slot = 0; slot <= 78; slot++) {
      level *= Math.exp(0.0008 * random.nextGaussian());
      session.add(new PriceSample(open.plus(Duration.ofMinutes(5L * slot)), level));
    }
    intraday = IntradayRealizedVolatility.of(TradingCalendar.nyse());
    afterClose = Instant.parse("2024-11-26T21:30:00Z");
  }

  /** ZeroGEX close-to-close over one year of closes. */
  @Benchmark
  public double closeToCloseYear() {
    return RealizedVolatility.closeToClose(closes, 252);
  }

  /** commons-math3: log returns, then the bias-corrected standard deviation, annualized. */
  @Benchmark
  public double closeToCloseYearCommonsMath() {
    double[] returns = new double[closes.length - 1];
    for (int i = 1; i < closes.length; i++) {
      returns[i - 1] = Math.log(closes[i] / closes[i - 1]);
    }
    return new StandardDeviation().evaluate(returns) * Math.sqrt(252);
  }

  /** Yang-Zhang over one year of bars. */
  @Benchmark
  public double yangZhangYear() {
    return RealizedVolatility.yangZhang(year, 252);
  }

  /** Rolling 21-day Yang-Zhang over ten years of bars. */
  @Benchmark
  public double[] rollingYangZhangDecade() {
    return RollingRealizedVolatility.rolling(Estimator.YANG_ZHANG, decade, 21, 252);
  }

  /** The 1-hour and 1-day readings of a full session of 79 samples. */
  @Benchmark
  public List<RealizedVolatilityReading> intradayReadings() {
    return intraday.readings("SPX", session, afterClose);
  }
}
