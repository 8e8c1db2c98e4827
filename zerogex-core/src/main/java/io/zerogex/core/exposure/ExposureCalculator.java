package io.zerogex.core.exposure;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.model.OptionChain;
import java.util.concurrent.ForkJoinPool;

/**
 * Computes an {@link ExposureReport} from an option chain under an {@link ExposureConfig}.
 *
 * <pre>{@code
 * ExposureReport report = ExposureCalculator.of(ExposureConfig.defaults()).compute(chain);
 * double gexPerOnePercent = report.totalGamma();
 * OptionalDouble flip = report.levels().zeroGamma();
 * }</pre>
 *
 * <p>{@link #compute(OptionChain)} makes one pass over the quotes (time to expiry asked of the
 * policy once per root, expiration and settlement); the gamma profile is built from primitive
 * arrays on first use. {@link #withPool(ForkJoinPool)} gives a calculator whose profile splits
 * the contracts into slices evaluated on the given pool. This class is immutable and thread-safe.
 */
public final class ExposureCalculator {

  private final ExposureConfig config;
  private final ForkJoinPool pool;

  private ExposureCalculator(ExposureConfig config, ForkJoinPool pool) {
    this.config = config;
    this.pool = pool;
  }

  /**
   * A sequential calculator for {@code config}.
   *
   * @param config the config
   * @return the result
   */
  public static ExposureCalculator of(ExposureConfig config) {
    return new ExposureCalculator(Arguments.notNull(config, "config"), null);
  }

  /**
   * A calculator with the same config whose gamma profile evaluation runs on {@code pool},
   * one task per slice of contracts; results equal the sequential ones up to summation order.
   *
   * @param pool the pool the profile runs on (owned and shut down by the caller)
   * @return a calculator with the same config and the pool
   */
  public ExposureCalculator withPool(ForkJoinPool pool) {
    return new ExposureCalculator(config, Arguments.notNull(pool, "pool"));
  }

  /** {@return the configuration} */
  public ExposureConfig config() {
    return config;
  }

  /**
   * The exposure report of {@code chain}.
   *
   * @param chain the option chain
   * @return the report
   *
   * @throws NullPointerException when {@code chain} is null
   */
  public ExposureReport compute(OptionChain chain) {
    Arguments.notNull(chain, "chain");
    return new ExposureReport(PreparedChain.of(chain, config), pool);
  }
}
