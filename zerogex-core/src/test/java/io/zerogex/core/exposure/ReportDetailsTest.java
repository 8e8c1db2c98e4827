package io.zerogex.core.exposure;

import static io.zerogex.core.model.OptionRight.CALL;
import static io.zerogex.core.model.OptionRight.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.VendorGreeks;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Data quality, buckets, greek exposure and config checks on hand-built chains. */
class ReportDetailsTest {

  private static final OptionalDouble NONE = OptionalDouble.empty();

  /** One contract for each outcome of the checks; spot 100, expiry 2024-04-19 unless stated. */
  private static final OptionChain MIXED = HandBuiltChain.spot(100)
      .vendor(CALL, 100, 10, 0.01)
      .model("SPXW", HandBuiltChain.APRIL, CALL, 105, 10, 0.2)
      .add("SPXW", HandBuiltChain.APRIL, PUT, 95, 10, 0, NONE, VendorGreeks.NONE, 0.5, 0.7)
      .add("SPXW", HandBuiltChain.APRIL, CALL, 110, 10, 0, NONE, VendorGreeks.NONE, null, 1.0)
      .add("SPXW", HandBuiltChain.APRIL, CALL, 115, 10, 0, NONE, VendorGreeks.NONE, 2.0, 1.0)
      .add("SPXW", HandBuiltChain.APRIL, CALL, 90, 10, 0, NONE, VendorGreeks.NONE, 120.0, 130.0)
      .vendor(PUT, 100, 0, 0.01)
      .add("SPXW", LocalDate.of(2024, 3, 14), PUT, 100, 10, 0, NONE, VendorGreeks.ofDeltaGamma(0, 0.01), null, null)
      .chain();

  @Test
  void dataQualityNamesTheReasonForEachDroppedContract() {
    DataQuality q = ExposureCalculator.of(ExposureConfig.defaults()).compute(MIXED).dataQuality();
    assertThat(q.contractsInChain()).isEqualTo(8);
    assertThat(q.contractsUsed()).isEqualTo(3);
    assertThat(q.vendorGamma()).isEqualTo(1);
    assertThat(q.modelGamma()).isEqualTo(2);
    assertThat(q.solvedVolatility()).isEqualTo(1);
    assertThat(q.profileContracts()).isEqualTo(2);
    assertThat(q.droppedByReason())
        .containsEntry(DropReason.NO_TWO_SIDED_QUOTE, 1)
        .containsEntry(DropReason.CROSSED_QUOTE, 1)
        .containsEntry(DropReason.PRICE_OUTSIDE_BOUNDS, 1)
        .containsEntry(DropReason.ZERO_WEIGHT, 1)
        .containsEntry(DropReason.EXPIRED, 1)
        .hasSize(5);
    assertThat(q.dropped().get(0).contract().strike()).isEqualTo(110.0);
    assertThat(q.vendorGammaCoverage()).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void withoutSolvingEveryContractLackingGammaAndVolatilityIsDroppedAsNoVolatility() {
    DataQuality q = ExposureCalculator.of(ExposureConfig.defaults().withSolveMissingVolatility(false))
        .compute(MIXED).dataQuality();
    assertThat(q.contractsUsed()).isEqualTo(2);
    assertThat(q.droppedByReason()).containsEntry(DropReason.NO_VOLATILITY, 4);
  }

  @Test
  void modelOnlyIgnoresVendorGamma() {
    DataQuality q = ExposureCalculator.of(ExposureConfig.defaults().withGammaSource(GammaSource.MODEL_ONLY))
        .compute(MIXED).dataQuality();
    assertThat(q.vendorGamma()).isZero();
    // the vendor-only 100 call has no volatility and cannot be solved: no quote
    assertThat(q.droppedByReason()).containsEntry(DropReason.NO_TWO_SIDED_QUOTE, 2);
  }

  @Test
  void bucketsByCalendarDaysToExpiration() {
    OptionChain chain = HandBuiltChain.spot(100)
        .add("SPXW", HandBuiltChain.TODAY, CALL, 100, 10, 0, NONE, VendorGreeks.ofDeltaGamma(0, 0.01), null, null)
        .add("SPXW", LocalDate.of(2024, 3, 18), CALL, 100, 20, 0, NONE, VendorGreeks.ofDeltaGamma(0, 0.01), null, null)
        .add("SPXW", LocalDate.of(2024, 4, 15), CALL, 100, 30, 0, NONE, VendorGreeks.ofDeltaGamma(0, 0.01), null, null)
        .add("SPXW", LocalDate.of(2024, 4, 16), PUT, 100, 40, 0, NONE, VendorGreeks.ofDeltaGamma(0, 0.01), null, null)
        .chain();
    ExposureReport report = ExposureCalculator.of(ExposureConfig.defaults().withUnit(ExposureUnit.SHARES_PER_POINT))
        .compute(chain);
    // by hand: exposures 10, 20, 30 and -40 shares per point; days 0, 3, 31 and 32
    assertThat(report.byExpiration()).extracting(ExpirationExposure::bucket).containsExactly(
        ExpiryBucket.ZERO_DTE, ExpiryBucket.WEEKLY, ExpiryBucket.MONTHLY, ExpiryBucket.LONGER);
    assertThat(report.byExpiration()).extracting(ExpirationExposure::daysToExpiration).containsExactly(0L, 3L, 31L, 32L);
    assertThat(report.zeroDteShare()).isCloseTo(0.1, within(1e-15));
    assertThat(report.bucketMap().get(ExpiryBucket.LONGER).netGamma()).isCloseTo(-40, within(1e-12));
    assertThat(report.bucketMap().get(ExpiryBucket.MONTHLY).share()).isCloseTo(0.3, within(1e-15));
  }

  @Test
  void greekExposureInDollarsPerUnitStated() {
    OptionChain chain = HandBuiltChain.spot(100).model("SPXW", HandBuiltChain.APRIL, CALL, 105, 100, 0.2).chain();
    GreekExposure g = ExposureCalculator.of(ExposureConfig.defaults()).compute(chain).greekExposure();
    // hand_built_chains.py: delta dollars 225447.87356807475, vanna 12251.35680206054 per vol
    // point, charm -3475.5622133505076 per day (closed forms checked by central differences)
    assertThat(g.deltaDollars()).isCloseTo(225447.87356807475, within(1e-6));
    assertThat(g.vannaDollarsPerVolPoint()).isCloseTo(12251.35680206054, within(1e-6));
    assertThat(g.charmDollarsPerDay()).isCloseTo(-3475.5622133505076, within(1e-6));
  }

  @Test
  void configRejectsBadSettingsNamingThem() {
    ExposureConfig c = ExposureConfig.defaults();
    assertThatThrownBy(() -> c.withProfileStep(0.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profileStep").hasMessageContaining("0.01");
    assertThatThrownBy(() -> c.withExpirationRange(HandBuiltChain.APRIL, HandBuiltChain.TODAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-04-19");
    assertThatThrownBy(() -> c.withStrikeWindow(-1)).hasMessageContaining("strikeWindow");
    assertThatThrownBy(() -> c.withProfileRange(0.3, 0.2)).hasMessageContaining("wideRange");
    assertThatThrownBy(() -> c.withRate(Double.NaN)).hasMessageContaining("rate");
  }

  @Test
  void configCopiesChangeOneSettingAndRatesArePerUnderlying() {
    ExposureConfig c = ExposureConfig.defaults().withRate(0.05).withRate("ndx", 0.04).withDividendYield("SPX", 0.013);
    assertThat(c.rate("SPX")).isEqualTo(0.05);
    assertThat(c.rate("NDX")).isEqualTo(0.04);
    assertThat(c.dividendYield("spx")).isEqualTo(0.013);
    assertThat(c.dividendYield("NDX")).isZero();
    assertThat(ExposureConfig.defaults().rate("SPX")).isZero();
    assertThat(ExposureConfig.perfilievCompatible().zeroGammaMethod()).isEqualTo(ZeroGammaMethod.PERFILIEV);
    assertThat(ExposureConfig.defaults().unit()).isEqualTo(ExposureUnit.DOLLARS_PER_ONE_PERCENT);
    assertThat(ExposureConfig.defaults().wallDefinition()).isEqualTo(WallDefinition.NET);
  }
}
