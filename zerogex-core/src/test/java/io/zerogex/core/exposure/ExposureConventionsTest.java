package io.zerogex.core.exposure;

import static io.zerogex.core.model.OptionRight.CALL;
import static io.zerogex.core.model.OptionRight.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.model.VendorGreeks;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Conventions on hand-built chains. Values marked "by hand" follow from the unit formulas in
 * {@link ExposureUnit}; values marked "hand_built_chains.py" come from that numpy/scipy script in
 * src/test/resources/exposure (no ZeroGEX code).
 */
class ExposureConventionsTest {

  /** A call with gamma 0.01 and OI 10, a put with gamma 0.02 and OI 20, spot 200, vendor gamma. */
  private static final OptionChain PAIR = HandBuiltChain.spot(200)
      .vendor(CALL, 200, 10, 0.01)
      .vendor(PUT, 190, 20, 0.02)
      .chain();

  private static ExposureReport pair(ExposureConfig config) {
    return ExposureCalculator.of(config).compute(PAIR);
  }

  @Test
  void signModelsFlipSigns() {
    // by hand: call 0.01 * 10 * 100 * 200^2 * 0.01 = 4000; put 0.02 * 20 * 100 * 400 = 16000
    ExposureReport longShort = pair(ExposureConfig.defaults());
    assertThat(longShort.callGamma()).isCloseTo(4000, within(1e-9));
    assertThat(longShort.putGamma()).isCloseTo(-16000, within(1e-9));
    assertThat(longShort.totalGamma()).isCloseTo(-12000, within(1e-9));
    assertThat(longShort.absoluteGamma()).isCloseTo(20000, within(1e-9));
    ExposureReport shortLong = pair(ExposureConfig.defaults().withSignModel(DealerSignModel.SHORT_CALLS_LONG_PUTS));
    assertThat(shortLong.callGamma()).isCloseTo(-4000, within(1e-9));
    assertThat(shortLong.putGamma()).isCloseTo(16000, within(1e-9));
    ExposureReport shortBoth = pair(ExposureConfig.defaults().withSignModel(DealerSignModel.SHORT_BOTH));
    assertThat(shortBoth.totalGamma()).isCloseTo(-20000, within(1e-9));
    ExposureReport unsigned = pair(ExposureConfig.defaults().withSignModel(DealerSignModel.UNSIGNED));
    assertThat(unsigned.totalGamma()).isCloseTo(20000, within(1e-9));
    assertThat(unsigned.absoluteGamma()).isCloseTo(20000, within(1e-9));
  }

  @Test
  void unitsDifferBySpotTimesOnePercentAndBySpot() {
    ExposureReport percent = pair(ExposureConfig.defaults());
    ExposureReport point = pair(ExposureConfig.defaults().withUnit(ExposureUnit.DOLLARS_PER_POINT));
    ExposureReport shares = pair(ExposureConfig.defaults().withUnit(ExposureUnit.SHARES_PER_POINT));
    // by hand: per point = per 1% / (200 * 0.01); shares = per point / 200
    assertThat(point.totalGamma()).isCloseTo(-6000, within(1e-9));
    assertThat(shares.totalGamma()).isCloseTo(-30, within(1e-12));
    assertThat(percent.totalGamma() / point.totalGamma()).isCloseTo(2.0, within(1e-12));
    assertThat(point.unit()).isEqualTo(ExposureUnit.DOLLARS_PER_POINT);
  }

  @Test
  void expiredContractsContributeExactlyZeroAndZeroDteCountsUnderCalendarTime() {
    OptionChain chain = HandBuiltChain.spot(5010)
        .model("SPXW", HandBuiltChain.TODAY, CALL, 5000, 1000, 0.12)
        // AM-settled SPX monthly: settled at 09:30, half an hour before the as-of instant
        .model("SPX", HandBuiltChain.TODAY, CALL, 5000, 1000, 0.12)
        .add("SPXW", LocalDate.of(2024, 3, 14), PUT, 5000, 5000, 0, OptionalDouble.of(0.2),
            VendorGreeks.ofDeltaGamma(-0.5, 0.5), null, null)
        .chain();
    ExposureReport report = ExposureCalculator.of(ExposureConfig.defaults()).compute(chain);
    // hand_built_chains.py: "0DTE GEX per 1% 519300948.23939759" (6 hours to the 16:00 close)
    assertThat(report.totalGamma()).isCloseTo(519300948.23939759, within(1e-3));
    assertThat(report.dataQuality().droppedByReason()).containsEntry(DropReason.EXPIRED, 2).hasSize(1);
    assertThat(report.zeroDteShare()).isEqualTo(1.0);
    assertThat(report.byExpiration()).singleElement().satisfies(e -> {
      assertThat(e.bucket()).isEqualTo(ExpiryBucket.ZERO_DTE);
      assertThat(e.daysToExpiration()).isZero();
    });
  }

  @Test
  void filtersDropByExpirationStrikeWindowAndMinimumOpenInterest() {
    OptionChain chain = HandBuiltChain.spot(100)
        .vendor(CALL, 100, 10, 0.01)
        .vendor(CALL, 130, 10, 0.01)
        .vendor(PUT, 100, 1, 0.01)
        .model("SPXW", LocalDate.of(2024, 6, 21), CALL, 100, 10, 0.2)
        .chain();
    ExposureConfig config = ExposureConfig.defaults()
        .withUnit(ExposureUnit.SHARES_PER_POINT)
        .withExpirationRange(HandBuiltChain.TODAY, HandBuiltChain.APRIL)
        .withStrikeWindow(0.1)
        .withMinimumOpenInterest(5);
    ExposureReport report = ExposureCalculator.of(config).compute(chain);
    // by hand: only the 100 call survives: 0.01 * 10 * 100
    assertThat(report.totalGamma()).isCloseTo(10, within(1e-12));
    assertThat(report.dataQuality().droppedByReason())
        .containsEntry(DropReason.OUTSIDE_EXPIRATION_RANGE, 1)
        .containsEntry(DropReason.OUTSIDE_STRIKE_WINDOW, 1)
        .containsEntry(DropReason.BELOW_MINIMUM_OPEN_INTEREST, 1);
  }

  @Test
  void volumeWeightsReplaceOpenInterest() {
    OptionChain chain = HandBuiltChain.spot(100)
        .add("SPXW", HandBuiltChain.APRIL, CALL, 100, 10, 3, OptionalDouble.empty(),
            VendorGreeks.ofDeltaGamma(0.5, 0.01), null, null)
        .add("SPXW", HandBuiltChain.APRIL, PUT, 100, 10, 0, OptionalDouble.empty(),
            VendorGreeks.ofDeltaGamma(-0.5, 0.01), null, null)
        .chain();
    ExposureConfig config = ExposureConfig.defaults().withUnit(ExposureUnit.SHARES_PER_POINT);
    // by hand: open interest: 0.01 * 10 * 100 - 0.01 * 10 * 100 = 0; volume: 0.01 * 3 * 100 = 3
    assertThat(ExposureCalculator.of(config).compute(chain).totalGamma()).isCloseTo(0, within(1e-12));
    ExposureReport byVolume = ExposureCalculator.of(config.withWeight(ExposureWeight.VOLUME)).compute(chain);
    assertThat(byVolume.totalGamma()).isCloseTo(3, within(1e-12));
    assertThat(byVolume.dataQuality().droppedByReason()).containsEntry(DropReason.ZERO_WEIGHT, 1);
  }

  @Test
  void maxPainIsTheStrikeWithTheLeastIntrinsicValuePaid() {
    // by hand: pain(90) = 1000*100*10 + 10*100*20 = 1,020,000; pain(100) = 10*100*10 + 10*100*10
    // = 20,000; pain(110) = 10*100*20 + 1000*100*10 = 1,020,000
    OptionChain chain = HandBuiltChain.spot(97)
        .vendor(CALL, 90, 10, 0.01)
        .vendor(CALL, 100, 1000, 0.01)
        .vendor(PUT, 100, 1000, 0.01)
        .vendor(PUT, 110, 10, 0.01)
        .chain();
    assertThat(ExposureCalculator.of(ExposureConfig.defaults()).compute(chain).levels().maxPain()).hasValue(100.0);
  }
}
