package io.zerogex.core.exposure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;

/**
 * Dealer gamma exposure of one chain under one {@link ExposureConfig}.
 *
 * <p>One contract's gamma exposure is {@code s * gamma * w * m * scale(S)}: dealer sign {@code s}
 * ({@link DealerSignModel}), spot gamma per {@link GammaSource}, weight {@code w} (open interest
 * or volume), multiplier {@code m}, and {@code scale(S)} of the {@link #unit()}
 * ({@code S^2 * 0.01} for dollars per 1% move). Totals are in that unit, in dollars (not billions).
 *
 * <p>The spot sums, tables and walls are computed by
 * {@link ExposureCalculator#compute(io.zerogex.core.model.OptionChain)}. The {@link #profile()}
 * (which re-prices every contract at each hypothetical spot, and behind
 * {@link Levels#zeroGamma()}), {@link #levels()} and {@link #greekExposure()} are computed on first
 * call and memoized, so a caller that needs only the totals or the walls does not pay for the
 * profile; concurrent first calls compute once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExposureReport {

  private final PreparedChain chain;
  private final List<BucketExposure> byBucket;
  private final Memo<GammaProfile> profile;
  private final Memo<Levels> levels;
  private final Memo<GreekExposure> greeks;

  ExposureReport(PreparedChain chain, ForkJoinPool pool) {
    this.chain = chain;
    this.byBucket = buckets(chain);
    this.profile = new Memo<>(() -> GammaProfiler.profile(ProfileFunction.of(chain, pool), chain.spot, chain.config));
    this.levels = new Memo<>(() -> new Levels(chain.config.wallDefinition(),
        WallFinder.walls(chain.byStrike, chain.spot, chain.config.wallWindow()),
        WallFinder.absGammaStrike(chain.byStrike, chain.spot),
        Double.isNaN(chain.maxPain) ? OptionalDouble.empty() : OptionalDouble.of(chain.maxPain),
        () -> profile.get().zeroGamma()));
    this.greeks = new Memo<>(chain::greekExposure);
  }

  /** {@return the chain's underlying symbol} */
  public String underlying() {
    return chain.chain.underlying();
  }

  /** {@return the chain's spot, in index points or dollars} */
  public double spot() {
    return chain.spot;
  }

  /** {@return the chain's as-of instant} */
  public Instant asOf() {
    return chain.chain.asOf();
  }

  /** {@return the configuration this report was computed with} */
  public ExposureConfig config() {
    return chain.config;
  }

  /** {@return the unit of every gamma exposure in this report} */
  public ExposureUnit unit() {
    return chain.config.unit();
  }

  /** {@return net gamma exposure, {@code callGamma() + putGamma()}, in {@link #unit()}} */
  public double totalGamma() {
    return chain.callTotal + chain.putTotal;
  }

  /** {@return signed gamma exposure of the calls, in {@link #unit()}} */
  public double callGamma() {
    return chain.callTotal;
  }

  /** {@return signed gamma exposure of the puts, in {@link #unit()}} */
  public double putGamma() {
    return chain.putTotal;
  }

  /** {@return sum over contracts of the unsigned gamma exposure, in {@link #unit()}} */
  public double absoluteGamma() {
    return chain.absoluteTotal;
  }

  /** {@return exposure by strike, ascending, aggregated over expirations and roots} */
  public List<StrikeExposure> byStrike() {
    return chain.byStrike;
  }

  /** {@return exposure by expiration date, ascending} */
  public List<ExpirationExposure> byExpiration() {
    return chain.byExpiration;
  }

  /** {@return exposure by {@link ExpiryBucket}, one entry per bucket in enum order (zeros when empty)} */
  public List<BucketExposure> byBucket() {
    return byBucket;
  }

  /** {@return the 0DTE bucket's share of {@link #absoluteGamma()} (0 when that is 0)} */
  public double zeroDteShare() {
    return byBucket.get(ExpiryBucket.ZERO_DTE.ordinal()).share();
  }

  /** {@return walls, absolute-gamma strike, max pain and zero gamma (the last computes the profile on first call)} */
  public Levels levels() {
    return levels.get();
  }

  /** {@return the gamma profile and its zero-gamma level; computed on first call, then memoized} */
  public GammaProfile profile() {
    return profile.get();
  }

  /** {@return delta, vanna and charm exposure; computed on first call, then memoized} */
  public GreekExposure greekExposure() {
    return greeks.get();
  }

  /** {@return contracts used and dropped, with reasons, and the gamma sources} */
  public DataQuality dataQuality() {
    return chain.quality;
  }

  private static List<BucketExposure> buckets(PreparedChain chain) {
    double[][] sums = new double[ExpiryBucket.values().length][3];
    for (ExpirationExposure e : chain.byExpiration) {
      double[] s = sums[e.bucket().ordinal()];
      s[0] += e.callGamma();
      s[1] += e.putGamma();
      s[2] += e.absoluteGamma();
    }
    List<BucketExposure> out = new ArrayList<>();
    for (ExpiryBucket b : ExpiryBucket.values()) {
      double[] s = sums[b.ordinal()];
      double share = chain.absoluteTotal > 0 ? s[2] / chain.absoluteTotal : 0;
      out.add(new BucketExposure(b, s[0], s[1], s[0] + s[1], s[2], share));
    }
    return List.copyOf(out);
  }

  /** {@return the buckets as a map, for callers that look one up by name} */
  public Map<ExpiryBucket, BucketExposure> bucketMap() {
    Map<ExpiryBucket, BucketExposure> out = new EnumMap<>(ExpiryBucket.class);
    byBucket.forEach(b -> out.put(b.bucket(), b));
    return out;
  }
}
