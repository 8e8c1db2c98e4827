package io.zerogex.core.exposure;

import static io.zerogex.core.model.OptionRight.CALL;
import static io.zerogex.core.model.OptionRight.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionChain;
import org.junit.jupiter.api.Test;

/**
 * Walls, zero gamma and the profile on hand-built chains. Walls are read off the by-strike table
 * by hand; roots come from hand_built_chains.py (numpy/scipy brentq and numpy linspace) in
 * src/test/resources/exposure.
 */
class LevelsAndProfileTest {

  /**
   * Shares per point with gamma 0.01 and multiplier 100, so each exposure equals its OI. Spot 101.
   * By strike (call, put, net, |call| + |put|): 90 (0, -150, -150, 150), 95 (50, -300, -250, 350),
   * 100 (400, -200, 200, 600), 105 (300, -350, -50, 650), 110 (100, 0, 100, 100).
   */
  private static final OptionChain WALLS = HandBuiltChain.spot(101)
      .vendor(PUT, 90, 150, 0.01)
      .vendor(CALL, 95, 50, 0.01)
      .vendor(PUT, 95, 300, 0.01)
      .vendor(CALL, 100, 400, 0.01)
      .vendor(PUT, 100, 200, 0.01)
      .vendor(CALL, 105, 300, 0.01)
      .vendor(PUT, 105, 350, 0.01)
      .vendor(CALL, 110, 100, 0.01)
      .chain();

  private static final ExposureConfig SHARES = ExposureConfig.defaults().withUnit(ExposureUnit.SHARES_PER_POINT);

  /** Call 105 and put 95, OI 100 each, IV 0.2, expiring 2024-04-19 (SPXW, 16:00), spot 100. */
  private static final OptionChain TWO = HandBuiltChain.spot(100)
      .model("SPXW", HandBuiltChain.APRIL, CALL, 105, 100, 0.2)
      .model("SPXW", HandBuiltChain.APRIL, PUT, 95, 100, 0.2)
      .chain();

  @Test
  void wallsUnderEachDefinition() {
    Levels levels = ExposureCalculator.of(SHARES).compute(WALLS).levels();
    assertThat(levels.callWall()).hasValue(100.0);
    assertThat(levels.putWall()).hasValue(95.0);
    assertThat(levels.walls(WallDefinition.SPOT_SIDE).callWall()).hasValue(105.0);
    assertThat(levels.walls(WallDefinition.SPOT_SIDE).putWall()).hasValue(95.0);
    assertThat(levels.walls(WallDefinition.ABSOLUTE_PER_SIDE).callWall()).hasValue(100.0);
    assertThat(levels.walls(WallDefinition.ABSOLUTE_PER_SIDE).putWall()).hasValue(105.0);
    assertThat(levels.absGammaStrike()).hasValue(105.0);
    Levels spotSide = ExposureCalculator.of(SHARES.withWallDefinition(WallDefinition.SPOT_SIDE))
        .compute(WALLS).levels();
    assertThat(spotSide.callWall()).hasValue(105.0);
  }

  @Test
  void wallWindowLeavesAWallEmptyWhenNoStrikeQualifies() {
    // within 3% of 101 only the 100 strike remains, and its net exposure is positive
    Levels levels = ExposureCalculator.of(SHARES.withWallWindow(0.03)).compute(WALLS).levels();
    assertThat(levels.callWall()).hasValue(100.0);
    assertThat(levels.putWall()).isEmpty();
  }

  @Test
  void byStrikeIsAscendingWithOpenInterest() {
    ExposureReport report = ExposureCalculator.of(SHARES).compute(WALLS);
    assertThat(report.byStrike()).extracting(StrikeExposure::strike).containsExactly(90.0, 95.0, 100.0, 105.0, 110.0);
    StrikeExposure k105 = report.byStrike().get(3);
    assertThat(k105.callGamma()).isCloseTo(300, within(1e-9));
    assertThat(k105.putGamma()).isCloseTo(-350, within(1e-9));
    assertThat(k105.netGamma()).isCloseTo(-50, within(1e-9));
    assertThat(k105.absoluteGamma()).isCloseTo(650, within(1e-9));
    assertThat(k105.callOpenInterest()).isEqualTo(300);
    assertThat(k105.putOpenInterest()).isEqualTo(350);
  }

  @Test
  void refinedZeroGammaIsTheBrentRootToOneHundredthOfAPoint() {
    GammaProfile profile = ExposureCalculator.of(ExposureConfig.defaults()).compute(TWO).profile();
    // hand_built_chains.py: "two-contract refined zero gamma 99.6821988644"
    assertThat(profile.status()).isEqualTo(ProfileStatus.RESOLVED);
    assertThat(profile.crossings()).hasSize(1);
    assertThat(profile.zeroGamma().getAsDouble()).isCloseTo(99.6821988644, within(0.01));
    assertThat(profile.spots()).hasSize(81).startsWith(80.0);
    assertThat(profile.spots()[80]).isCloseTo(120.0, within(1e-9));
  }

  @Test
  void perfilievZeroGammaIsTheLinearInterpolationOnSixtyLevels() {
    GammaProfile profile = ExposureCalculator.of(ExposureConfig.perfilievCompatible()).compute(TWO).profile();
    // hand_built_chains.py: busday_count 25 -> T = 25/262; "Perfiliev zero gamma 99.6845249856"
    assertThat(profile.zeroGamma().getAsDouble()).isCloseTo(99.6845249856, within(1e-8));
    assertThat(profile.spots()).hasSize(60);
  }

  @Test
  void theCrossingNearestSpotIsChosenAndEveryCrossingReported() {
    OptionChain chain = HandBuiltChain.spot(102)
        .model("SPXW", HandBuiltChain.APRIL, CALL, 100, 300, 0.2)
        .model("SPXW", HandBuiltChain.APRIL, PUT, 90, 100, 0.2)
        .model("SPXW", HandBuiltChain.APRIL, PUT, 110, 100, 0.2)
        .chain();
    GammaProfile profile = ExposureCalculator.of(ExposureConfig.defaults()).compute(chain).profile();
    // hand_built_chains.py: "three-contract crossings 90.9822408271 109.4162043371"
    assertThat(profile.crossings()).hasSize(2);
    assertThat(profile.crossings()[0]).isCloseTo(90.9822408271, within(0.01));
    assertThat(profile.crossings()[1]).isCloseTo(109.4162043371, within(0.01));
    assertThat(profile.zeroGamma().getAsDouble()).isCloseTo(109.4162043371, within(0.01));
    GammaProfile perfiliev = ExposureCalculator.of(ExposureConfig.perfilievCompatible()).compute(chain).profile();
    assertThat(perfiliev.crossings()).hasSize(2);
    assertThat(perfiliev.zeroGamma().getAsDouble()).isCloseTo(perfiliev.crossings()[0], within(0.0));
  }

  @Test
  void noCrossingGivesAnEmptyZeroGammaNeverAGridEdge() {
    OptionChain calls = HandBuiltChain.spot(100)
        .model("SPXW", HandBuiltChain.APRIL, CALL, 100, 100, 0.2)
        .model("SPXW", HandBuiltChain.APRIL, CALL, 110, 100, 0.2)
        .chain();
    ExposureReport report = ExposureCalculator.of(ExposureConfig.defaults()).compute(calls);
    GammaProfile profile = report.profile();
    assertThat(profile.status()).isEqualTo(ProfileStatus.NO_CROSSING_IN_RANGE);
    assertThat(profile.zeroGamma()).isEmpty();
    assertThat(profile.crossings()).isEmpty();
    // widened to +-50%: 50 .. 150 in steps of 0.5
    assertThat(profile.spots()).hasSize(201).startsWith(50.0);
    assertThat(report.levels().zeroGamma()).isEmpty();
    GammaProfile perfiliev = ExposureCalculator.of(ExposureConfig.perfilievCompatible()).compute(calls).profile();
    assertThat(perfiliev.status()).isEqualTo(ProfileStatus.NO_CROSSING_IN_RANGE);
    assertThat(perfiliev.zeroGamma()).isEmpty();
  }
}
