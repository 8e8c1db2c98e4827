package io.zerogex.core.exposure;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.OptionContract;
import io.zerogex.core.model.OptionQuote;
import io.zerogex.core.model.OptionRight;
import io.zerogex.core.model.Settlement;
import io.zerogex.core.pricing.BlackScholes;
import io.zerogex.core.pricing.Greeks;
import io.zerogex.core.pricing.ImpliedVolatility;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One pass over a chain: checks each contract, takes its spot gamma, accumulates the spot sums by
 * strike and expiration, and keeps the contracts that have a volatility in primitive arrays for
 * the gamma profile and the greek exposures. Immutable once built.
 */
final class PreparedChain {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  final OptionChain chain;
  final ExposureConfig config;
  final double spot;
  final double rate;
  final double dividendYield;
  final double callTotal;
  final double putTotal;
  final double absoluteTotal;
  final List<StrikeExposure> byStrike;
  final double maxPain;
  final List<ExpirationExposure> byExpiration;
  final DataQuality quality;
  /** The number of profile contracts: the first {@code count} entries of the arrays below. */
  final int count;
  /**
   * Profile arrays, one entry per kept contract with a volatility; sized for the whole chain and
   * never written after the pass.
   */
  final double[] strikes;
  final double[] years;
  final double[] volatilities;
  /** {@code sign * weight * multiplier} per profile contract. */
  final double[] weights;
  final boolean[] calls;

  private PreparedChain(OptionChain chain, ExposureConfig config, Scan scan) {
    this.chain = chain;
    this.config = config;
    this.spot = chain.spot();
    this.rate = scan.rate;
    this.dividendYield = scan.dividendYield;
    this.callTotal = scan.callTotal;
    this.putTotal = scan.putTotal;
    this.absoluteTotal = scan.absoluteTotal;
    int[] ascending = scan.strikeTable.ascending();
    this.byStrike = List.copyOf(scan.strikeTable.exposures(ascending));
    this.maxPain = scan.strikeTable.maxPain(ascending);
    this.byExpiration = scan.expirations();
    this.quality = new DataQuality(chain.size(), scan.used, scan.vendorGamma, scan.modelGamma,
        scan.solved, scan.count, scan.dropped);
    this.count = scan.count;
    this.strikes = scan.strikes;
    this.years = scan.years;
    this.volatilities = scan.volatilities;
    this.weights = scan.weights;
    this.calls = scan.calls;
  }

  /**
   * Delta, vanna and charm exposure from Black-Scholes greeks at spot over the profile contracts
   * (see {@link GreekExposure} for the formulas).
   */
  GreekExposure greekExposure() {
    double delta = 0;
    double vanna = 0;
    double charm = 0;
    for (int i = 0; i < count; i++) {
      Greeks g = BlackScholes.greeks(calls[i] ? OptionRight.CALL : OptionRight.PUT, spot, strikes[i],
          years[i], rate, dividendYield, volatilities[i]);
      delta += weights[i] * g.delta();
      vanna += weights[i] * g.vanna();
      charm += weights[i] * g.charm();
    }
    return new GreekExposure(delta * spot, vanna * spot * 0.01, charm * spot / Greeks.DAYS_PER_YEAR);
  }

  static PreparedChain of(OptionChain chain, ExposureConfig config) {
    Scan scan = new Scan(chain, config);
    for (OptionQuote quote : chain.quotes()) {
      scan.add(quote);
    }
    return new PreparedChain(chain, config, scan);
  }

  /** Mutable state of the single pass. */
  private static final class Scan {
    final ExposureConfig config;
    final OptionChain chain;
    final double spot;
    final double rate;
    final double dividendYield;
    final double scale;
    final LocalDate asOfDate;
    final LocalDate firstExpiration;
    final LocalDate lastExpiration;
    final StrikeTable strikeTable = new StrikeTable();
    final Map<YearKey, Double> yearCache = new HashMap<>();
    final Map<LocalDate, double[]> expirationSums = new HashMap<>();
    final List<DroppedContract> dropped = new ArrayList<>();
    /** The last few keys seen: chains interleave roots (SPX and SPXW rows of one expiration). */
    final YearKey[] recentKeys = new YearKey[4];
    final double[] recentYears = new double[4];
    int nextRecent;
    double callTotal;
    double putTotal;
    double absoluteTotal;
    int used;
    int vendorGamma;
    int modelGamma;
    int solved;
    int count;
    double[] strikes;
    double[] years;
    double[] volatilities;
    double[] weights;
    boolean[] calls;

    Scan(OptionChain chain, ExposureConfig config) {
      this.chain = chain;
      this.config = config;
      this.spot = chain.spot();
      this.rate = config.rate(chain.underlying());
      this.dividendYield = config.dividendYield(chain.underlying());
      this.scale = config.unit().scale(spot);
      this.asOfDate = LocalDate.ofInstant(chain.asOf(), NEW_YORK);
      this.firstExpiration = config.firstExpiration().orElse(null);
      this.lastExpiration = config.lastExpiration().orElse(null);
      int n = chain.size();
      strikes = new double[n];
      years = new double[n];
      volatilities = new double[n];
      weights = new double[n];
      calls = new boolean[n];
    }

    void add(OptionQuote quote) {
      OptionContract c = quote.contract();
      double t = years(c);
      if (!(t > 0)) {
        drop(c, DropReason.EXPIRED);
        return;
      }
      if (firstExpiration != null
          && (c.expiration().isBefore(firstExpiration) || c.expiration().isAfter(lastExpiration))) {
        drop(c, DropReason.OUTSIDE_EXPIRATION_RANGE);
        return;
      }
      if (Math.abs(c.strike() / spot - 1) > config.strikeWindow()) {
        drop(c, DropReason.OUTSIDE_STRIKE_WINDOW);
        return;
      }
      if (quote.openInterest() < config.minimumOpenInterest()) {
        drop(c, DropReason.BELOW_MINIMUM_OPEN_INTEREST);
        return;
      }
      int slot = strikeTable.slot(c.strike());
      strikeTable.addPayoffWeight(slot, c.isCall(), quote.openInterest(), c.multiplier());
      long weight = config.weight() == ExposureWeight.OPEN_INTEREST ? quote.openInterest() : quote.volume();
      if (weight == 0) {
        drop(c, DropReason.ZERO_WEIGHT);
        return;
      }
      VolatilityOutcome vol = volatility(quote, t);
      OptionalDouble vendor = quote.greeks().gamma();
      double gamma;
      if (config.gammaSource() == GammaSource.VENDOR_THEN_MODEL && vendor.isPresent()) {
        gamma = vendor.getAsDouble();
        vendorGamma++;
      } else if (vol.reason == null) {
        gamma = vol.volatility > 0
            ? BlackScholes.gamma(spot, c.strike(), t, rate, dividendYield, vol.volatility) : 0;
        modelGamma++;
      } else {
        drop(c, vol.reason);
        return;
      }
      used++;
      double signedWeight = config.signModel().sign(c.right()) * (double) weight * c.multiplier();
      double exposure = signedWeight * gamma * scale;
      if (c.isCall()) {
        callTotal += exposure;
      } else {
        putTotal += exposure;
      }
      absoluteTotal += Math.abs(exposure);
      strikeTable.addGamma(slot, c.isCall(), exposure);
      double[] sums = expirationSums.computeIfAbsent(c.expiration(), e -> new double[4]);
      sums[c.isCall() ? 0 : 1] += exposure;
      sums[2] += Math.abs(exposure);
      sums[3]++;
      if (vol.reason == null && vol.volatility > 0) {
        strikes[count] = c.strike();
        years[count] = t;
        volatilities[count] = vol.volatility;
        weights[count] = signedWeight;
        calls[count] = c.isCall();
        count++;
      }
    }

    /** The vendor's IV, else one solved from the mid price when allowed, else why there is none. */
    VolatilityOutcome volatility(OptionQuote quote, double t) {
      if (quote.impliedVolatility().isPresent()) {
        return new VolatilityOutcome(quote.impliedVolatility().getAsDouble(), null);
      }
      if (!config.solveMissingVolatility()) {
        return VolatilityOutcome.failed(DropReason.NO_VOLATILITY);
      }
      if (quote.isCrossed()) {
        return VolatilityOutcome.failed(DropReason.CROSSED_QUOTE);
      }
      OptionalDouble mid = quote.mid();
      if (mid.isEmpty()) {
        return VolatilityOutcome.failed(DropReason.NO_TWO_SIDED_QUOTE);
      }
      OptionContract c = quote.contract();
      double price = mid.getAsDouble();
      if (clearlyOutsideBounds(c, price, t)) {
        return VolatilityOutcome.failed(DropReason.PRICE_OUTSIDE_BOUNDS);
      }
      try {
        double v = ImpliedVolatility.solve(c.right(), price, spot, c.strike(), t, rate, dividendYield);
        if (Double.isInfinite(v)) {
          return VolatilityOutcome.failed(DropReason.PRICE_OUTSIDE_BOUNDS);
        }
        solved++;
        return new VolatilityOutcome(v, null);
      } catch (IllegalArgumentException e) {
        return VolatilityOutcome.failed(DropReason.PRICE_OUTSIDE_BOUNDS);
      }
    }

    /**
     * True when {@code price} is below the discounted intrinsic value or above the upper bound
     * ({@code S e^-qT} for a call, {@code K e^-rT} for a put) by far more than rounding, so the
     * solver would throw; deep in-the-money 0DTE quotes are often like this, and an exception per
     * contract would cost more than the whole pass. Prices near a bound are left to the solver.
     */
    boolean clearlyOutsideBounds(OptionContract c, double price, double t) {
      double forwardSpot = spot * Math.exp(-dividendYield * t);
      double discountedStrike = c.strike() * Math.exp(-rate * t);
      double lower = Math.max(c.isCall() ? forwardSpot - discountedStrike : discountedStrike - forwardSpot, 0);
      double upper = c.isCall() ? forwardSpot : discountedStrike;
      double margin = 1e-6 * Math.max(spot, c.strike());
      return price < lower - margin || price > upper + margin;
    }

    /** Asks the policy once per (root, expiration, settlement): it depends on nothing else. */
    double years(OptionContract c) {
      for (int i = 0; i < recentKeys.length; i++) {
        if (recentKeys[i] != null && recentKeys[i].matches(c)) {
          return recentYears[i];
        }
      }
      YearKey key = new YearKey(c.root(), c.expiration(), c.settlement());
      double t = yearCache.computeIfAbsent(key, k -> config.yearFraction().years(chain.asOf(), c));
      recentKeys[nextRecent] = key;
      recentYears[nextRecent] = t;
      nextRecent = (nextRecent + 1) % recentKeys.length;
      return t;
    }

    void drop(OptionContract c, DropReason reason) {
      dropped.add(new DroppedContract(c, reason));
    }

    List<ExpirationExposure> expirations() {
      List<ExpirationExposure> out = new ArrayList<>(expirationSums.size());
      expirationSums.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        double[] s = e.getValue();
        long days = ChronoUnit.DAYS.between(asOfDate, e.getKey());
        out.add(new ExpirationExposure(e.getKey(), days, ExpiryBucket.ofDays(days), s[0], s[1],
            s[0] + s[1], s[2], (int) s[3]));
      });
      return List.copyOf(out);
    }
  }

  /** A volatility (0 when the price holds no time value) or the reason there is none. */
  private record VolatilityOutcome(double volatility, DropReason reason) {
    static VolatilityOutcome failed(DropReason reason) {
      return new VolatilityOutcome(Double.NaN, reason);
    }
  }

  private record YearKey(String root, LocalDate expiration, Settlement settlement) {
    boolean matches(OptionContract c) {
      return settlement == c.settlement() && expiration.equals(c.expiration()) && root.equals(c.root());
    }
  }
}
