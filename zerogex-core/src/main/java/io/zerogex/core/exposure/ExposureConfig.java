package io.zerogex.core.exposure;

import io.zerogex.core.model.Arguments;
import io.zerogex.core.pricing.YearFraction;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every convention a gamma exposure number depends on, explicit and named.
 *
 * <p>{@link #defaults()} holds the production conventions: dollars per 1% move, dealers long
 * calls and short puts, vendor gamma then model gamma, open-interest weights, calendar time to
 * the settlement instant with a one-minute floor ({@link YearFraction#defaultPolicy()}), rate and
 * dividend yield 0 for every underlying until set, implied volatility solved from the mid price
 * when the vendor gives none, no filters, {@link WallDefinition#NET} walls within +-20% of spot,
 * and the {@link ZeroGammaMethod#REFINED} zero gamma on a 0.5%-of-spot grid over +-20% (widened to
 * +-50%). {@link #perfilievCompatible()} reproduces the widely copied community script.
 *
 * <p>Each {@code withX} returns a copy with one setting changed. This class is immutable and
 * thread-safe.
 */
public final class ExposureConfig {

  /** Never mutated once wrapped: {@link #with} changes a fresh copy, and the final field publishes it. */
  private final Settings s;

  private ExposureConfig(Settings settings) {
    this.s = settings;
  }

  /** {@return the production conventions described in the class comment} */
  public static ExposureConfig defaults() {
    return new ExposureConfig(new Settings());
  }

  /**
   * The conventions of Perfiliev's public gammaProfile.py: vendor gamma for the spot totals,
   * r = q = 0, business days (Mon-Fri) from the as-of date to expiration / 262 with the 0DTE
   * floor of 1/262, no volatility solved from prices (contracts without an IV contribute 0 to
   * the profile), and the {@link ZeroGammaMethod#PERFILIEV} profile (60 levels 0.8S..1.2S, first
   * sign change, linear interpolation).
   *
   * @return the compatible configuration
   */
  public static ExposureConfig perfilievCompatible() {
    return defaults()
        .withYearFraction(YearFraction.businessDays(262, true))
        .withSolveMissingVolatility(false)
        .withZeroGammaMethod(ZeroGammaMethod.PERFILIEV);
  }

  private ExposureConfig with(Consumer<Settings> change) {
    Settings copy = s.copy();
    change.accept(copy);
    return new ExposureConfig(copy);
  }

  /**
   * A copy stating exposures in {@code newUnit}.
   *
   * @param newUnit the new unit
   * @return a copy with the setting changed
   */
  public ExposureConfig withUnit(ExposureUnit newUnit) {
    Arguments.notNull(newUnit, "unit");
    return with(x -> x.unit = newUnit);
  }

  /**
   * A copy with another dealer sign model.
   *
   * @param model the model
   * @return a copy with the setting changed
   */
  public ExposureConfig withSignModel(DealerSignModel model) {
    Arguments.notNull(model, "signModel");
    return with(x -> x.signModel = model);
  }

  /**
   * A copy taking spot gamma from {@code source}.
   *
   * @param source the source
   * @return a copy with the setting changed
   */
  public ExposureConfig withGammaSource(GammaSource source) {
    Arguments.notNull(source, "gammaSource");
    return with(x -> x.gammaSource = source);
  }

  /**
   * A copy weighting contracts by open interest or by volume.
   *
   * @param newWeight the new weight
   * @return a copy with the setting changed
   */
  public ExposureConfig withWeight(ExposureWeight newWeight) {
    Arguments.notNull(newWeight, "weight");
    return with(x -> x.weight = newWeight);
  }

  /**
   * A copy measuring time to expiry with {@code policy}.
   *
   * @param policy the policy
   * @return a copy with the setting changed
   */
  public ExposureConfig withYearFraction(YearFraction policy) {
    Arguments.notNull(policy, "yearFraction");
    return with(x -> x.yearFraction = policy);
  }

  /**
   * A copy with the continuously compounded rate (1.00 = 100% a year) used for every underlying not set otherwise.
   *
   * @param rate the rate
   * @return a copy with the setting changed
   */
  public ExposureConfig withRate(double rate) {
    Arguments.finite(rate, "rate");
    return with(x -> x.defaultRate = rate);
  }

  /**
   * A copy with the continuously compounded rate for one underlying.
   *
   * @param underlying the underlying
   * @param rate the rate
   * @return a copy with the setting changed
   */
  public ExposureConfig withRate(String underlying, double rate) {
    String key = key(underlying);
    Arguments.finite(rate, "rate");
    return with(x -> x.rates.put(key, rate));
  }

  /**
   * A copy with the continuous dividend yield used for every underlying not set otherwise.
   *
   * @param dividendYield the dividend yield
   * @return a copy with the setting changed
   */
  public ExposureConfig withDividendYield(double dividendYield) {
    Arguments.finite(dividendYield, "dividendYield");
    return with(x -> x.defaultDividendYield = dividendYield);
  }

  /**
   * A copy with the continuous dividend yield for one underlying.
   *
   * @param underlying the underlying
   * @param dividendYield the dividend yield
   * @return a copy with the setting changed
   */
  public ExposureConfig withDividendYield(String underlying, double dividendYield) {
    String key = key(underlying);
    Arguments.finite(dividendYield, "dividendYield");
    return with(x -> x.dividendYields.put(key, dividendYield));
  }

  /**
   * A copy that does (true) or does not solve a missing implied volatility from the mid price.
   *
   * @param solve the solve
   * @return a copy with the setting changed
   */
  public ExposureConfig withSolveMissingVolatility(boolean solve) {
    return with(x -> x.solveMissingVolatility = solve);
  }

  /**
   * A copy keeping only expirations in {@code [first, last]}, both inclusive.
   *
   * @param first the first expiration kept
   * @param last the last expiration kept
   * @return a copy with the setting changed
   *
   * @throws IllegalArgumentException when {@code first} is after {@code last}
   */
  public ExposureConfig withExpirationRange(LocalDate first, LocalDate last) {
    Arguments.notNull(first, "first");
    Arguments.notNull(last, "last");
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("first expiration " + first + " is after last " + last);
    }
    return with(x -> {
      x.firstExpiration = first;
      x.lastExpiration = last;
    });
  }

  /**
   * A copy keeping only strikes with {@code |strike / spot - 1| <= fraction} (0.1 = +-10%).
   *
   * @param fraction the fraction
   * @return a copy with the setting changed
   */
  public ExposureConfig withStrikeWindow(double fraction) {
    Arguments.positive(fraction, "strikeWindow");
    return with(x -> x.strikeWindow = fraction);
  }

  /**
   * A copy dropping contracts with open interest below {@code minimum} (0 keeps every contract).
   *
   * @param minimum the minimum
   * @return a copy with the setting changed
   */
  public ExposureConfig withMinimumOpenInterest(long minimum) {
    Arguments.nonNegative(minimum, "minimumOpenInterest");
    return with(x -> x.minimumOpenInterest = minimum);
  }

  /**
   * A copy choosing {@link Levels#callWall()} and {@link Levels#putWall()} by {@code definition}.
   *
   * @param definition the definition
   * @return a copy with the setting changed
   */
  public ExposureConfig withWallDefinition(WallDefinition definition) {
    Arguments.notNull(definition, "wallDefinition");
    return with(x -> x.wallDefinition = definition);
  }

  /**
   * A copy where wall candidates satisfy {@code |strike / spot - 1| <= fraction} (default 0.20).
   *
   * @param fraction the fraction
   * @return a copy with the setting changed
   */
  public ExposureConfig withWallWindow(double fraction) {
    Arguments.positive(fraction, "wallWindow");
    return with(x -> x.wallWindow = fraction);
  }

  /**
   * A copy finding the zero-gamma level by {@code method}.
   *
   * @param method the method
   * @return a copy with the setting changed
   */
  public ExposureConfig withZeroGammaMethod(ZeroGammaMethod method) {
    Arguments.notNull(method, "zeroGammaMethod");
    return with(x -> x.zeroGammaMethod = method);
  }

  /**
   * A copy searching the refined profile over {@code spot * (1 +- range)}, widened to
   * {@code spot * (1 +- wideRange)} when no sign change is found (defaults 0.20 and 0.50).
   *
   * @param range the first search range as a fraction of spot
   * @param wideRange the widened search range as a fraction of spot
   * @return a copy with the setting changed
   *
   * @throws IllegalArgumentException unless {@code 0 < range <= wideRange < 1}
   */
  public ExposureConfig withProfileRange(double range, double wideRange) {
    Arguments.positive(range, "range");
    if (!(wideRange >= range) || !(wideRange < 1)) {
      throw new IllegalArgumentException("wideRange must be in [range, 1), got " + wideRange);
    }
    return with(x -> {
      x.profileRange = range;
      x.profileWideRange = wideRange;
    });
  }

  /**
   * A copy with the refined profile's grid step as a fraction of spot (default 0.005).
   *
   * @param step the grid step as a fraction of spot
   * @return a copy with the setting changed
   *
   * @throws IllegalArgumentException unless {@code 0 < step <= 0.005}
   */
  public ExposureConfig withProfileStep(double step) {
    if (!(step > 0) || step > 0.005) {
      throw new IllegalArgumentException("profileStep must be in (0, 0.005], got " + step);
    }
    return with(x -> x.profileStep = step);
  }

  /** {@return the unit of every gamma exposure in reports} */
  public ExposureUnit unit() {
    return s.unit;
  }

  /** {@return the dealer sign model} */
  public DealerSignModel signModel() {
    return s.signModel;
  }

  /** {@return where spot gamma comes from} */
  public GammaSource gammaSource() {
    return s.gammaSource;
  }

  /** {@return open-interest or volume weights} */
  public ExposureWeight weight() {
    return s.weight;
  }

  /** {@return the time-to-expiry policy} */
  public YearFraction yearFraction() {
    return s.yearFraction;
  }

  /**
   * The continuously compounded rate for {@code underlying} (the default when not set).
   *
   * @param underlying the underlying
   * @return the result
   */
  public double rate(String underlying) {
    return s.rates.getOrDefault(key(underlying), s.defaultRate);
  }

  /**
   * The continuous dividend yield for {@code underlying} (the default when not set).
   *
   * @param underlying the underlying
   * @return the result
   */
  public double dividendYield(String underlying) {
    return s.dividendYields.getOrDefault(key(underlying), s.defaultDividendYield);
  }

  /** {@return whether a missing implied volatility is solved from the mid price} */
  public boolean solveMissingVolatility() {
    return s.solveMissingVolatility;
  }

  /** {@return the first expiration kept, inclusive, if a range is set} */
  public Optional<LocalDate> firstExpiration() {
    return Optional.ofNullable(s.firstExpiration);
  }

  /** {@return the last expiration kept, inclusive, if a range is set} */
  public Optional<LocalDate> lastExpiration() {
    return Optional.ofNullable(s.lastExpiration);
  }

  /** {@return the strike window as a fraction of spot; infinite when unset} */
  public double strikeWindow() {
    return s.strikeWindow;
  }

  /** {@return the minimum open interest a contract needs} */
  public long minimumOpenInterest() {
    return s.minimumOpenInterest;
  }

  /** {@return the wall definition behind {@link Levels#callWall()} and {@link Levels#putWall()}} */
  public WallDefinition wallDefinition() {
    return s.wallDefinition;
  }

  /** {@return the wall window as a fraction of spot} */
  public double wallWindow() {
    return s.wallWindow;
  }

  /** {@return the zero-gamma method} */
  public ZeroGammaMethod zeroGammaMethod() {
    return s.zeroGammaMethod;
  }

  /** {@return the refined profile's first search range as a fraction of spot} */
  public double profileRange() {
    return s.profileRange;
  }

  /** {@return the refined profile's widened search range as a fraction of spot} */
  public double profileWideRange() {
    return s.profileWideRange;
  }

  /** {@return the refined profile's grid step as a fraction of spot} */
  public double profileStep() {
    return s.profileStep;
  }

  private static String key(String underlying) {
    return Arguments.notBlank(underlying, "underlying").strip().toUpperCase(Locale.ROOT);
  }

  /** The settings; mutable only while a new config is being built from a copy. */
  private static final class Settings {
    ExposureUnit unit = ExposureUnit.DOLLARS_PER_ONE_PERCENT;
    DealerSignModel signModel = DealerSignModel.LONG_CALLS_SHORT_PUTS;
    GammaSource gammaSource = GammaSource.VENDOR_THEN_MODEL;
    ExposureWeight weight = ExposureWeight.OPEN_INTEREST;
    YearFraction yearFraction = YearFraction.defaultPolicy();
    double defaultRate;
    Map<String, Double> rates = new HashMap<>();
    double defaultDividendYield;
    Map<String, Double> dividendYields = new HashMap<>();
    boolean solveMissingVolatility = true;
    LocalDate firstExpiration;
    LocalDate lastExpiration;
    double strikeWindow = Double.POSITIVE_INFINITY;
    long minimumOpenInterest;
    WallDefinition wallDefinition = WallDefinition.NET;
    double wallWindow = 0.20;
    ZeroGammaMethod zeroGammaMethod = ZeroGammaMethod.REFINED;
    double profileRange = 0.20;
    double profileWideRange = 0.50;
    double profileStep = 0.005;

    Settings copy() {
      Settings c = new Settings();
      c.unit = unit;
      c.signModel = signModel;
      c.gammaSource = gammaSource;
      c.weight = weight;
      c.yearFraction = yearFraction;
      c.defaultRate = defaultRate;
      c.rates = new HashMap<>(rates);
      c.defaultDividendYield = defaultDividendYield;
      c.dividendYields = new HashMap<>(dividendYields);
      c.solveMissingVolatility = solveMissingVolatility;
      c.firstExpiration = firstExpiration;
      c.lastExpiration = lastExpiration;
      c.strikeWindow = strikeWindow;
      c.minimumOpenInterest = minimumOpenInterest;
      c.wallDefinition = wallDefinition;
      c.wallWindow = wallWindow;
      c.zeroGammaMethod = zeroGammaMethod;
      c.profileRange = profileRange;
      c.profileWideRange = profileWideRange;
      c.profileStep = profileStep;
      return c;
    }
  }
}
