package io.zerogex.core.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zerogex.core.model.OptionChain;
import io.zerogex.core.support.CboeQuoteTable;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SPX 2024-01-05 Cboe chain (test resource chains/spx-2024-01-05, spot 4697.2402, as-of
 * 2024-01-07 10:52 EST). Expected values:
 * <ul>
 *   <li>published: the chart titles "Total Gamma: $-11.00 Bn per 1% SPX Move" and "Gamma Flip:
 *       4,734" of the repository phammings/SPX500-Gamma-Exposure-Calculator (PROVENANCE.md);
 *   <li>the independent reproduction recorded in PROVENANCE.md (spot GEX -10.9987 $bn, calls
 *       +111.5307, puts -122.5294, flip 4734.48, profile -66.19 .. +44.84 $bn);
 *   <li>default mode: {@code src/test/resources/exposure/default_zero_gamma.py} (numpy/scipy,
 *       no ZeroGEX code), whose output is quoted at each assertion; the per-strike facts were
 *       recomputed in numpy from the file's Gamma column (vendor gamma) and agree with
 *       PROVENANCE.md (put wall 7.7246 $bn, which PROVENANCE.md rounds to 7.73).
 * </ul>
 */
class SpxReferenceChainTest {

  private static OptionChain chain;
  private static ExposureReport perfiliev;
  private static ExposureReport defaults;

  @BeforeAll
  static void load() throws URISyntaxException {
    Path csv = Path.of(SpxReferenceChainTest.class.getResource("/chains/spx-2024-01-05/spx_quotedata.csv").toURI());
    chain = CboeQuoteTable.read(csv);
    perfiliev = ExposureCalculator.of(ExposureConfig.perfilievCompatible()).compute(chain);
    defaults = ExposureCalculator.of(ExposureConfig.defaults()).compute(chain);
  }

  @Test
  void perfilievTotalsMatchThePublishedChartAndTheReproduction() {
    assertThat(chain.size()).isEqualTo(21_038);
    // numpy over the file's Gamma column: calls 111.53070033623453e9, puts -122.52940972636324e9
    assertThat(perfiliev.callGamma()).isCloseTo(111.53070033623453e9, within(1e3));
    assertThat(perfiliev.putGamma()).isCloseTo(-122.52940972636324e9, within(1e3));
    assertThat(perfiliev.totalGamma()).isCloseTo(-10.9987e9, within(0.0005e9));
    assertThat(Math.round(perfiliev.totalGamma() / 1e7) / 100.0).isEqualTo(-11.00);
    assertThat(perfiliev.unit()).isEqualTo(ExposureUnit.DOLLARS_PER_ONE_PERCENT);
  }

  @Test
  void perfilievFlipAndProfileMatchThePublishedChart() {
    GammaProfile profile = perfiliev.profile();
    assertThat(profile.method()).isEqualTo(ZeroGammaMethod.PERFILIEV);
    assertThat(profile.spots()).hasSize(60);
    assertThat(profile.spots()[0]).isCloseTo(0.8 * 4697.2402, within(1e-9));
    assertThat(profile.spots()[59]).isEqualTo(1.2 * 4697.2402);
    assertThat(profile.status()).isEqualTo(ProfileStatus.RESOLVED);
    assertThat(profile.zeroGamma().getAsDouble()).isCloseTo(4734.48, within(0.01));
    assertThat(Math.round(profile.zeroGamma().getAsDouble())).isEqualTo(4734);
    assertThat(perfiliev.levels().zeroGamma().getAsDouble()).isCloseTo(4734.48, within(0.01));
    assertThat(profile.minimum()).isCloseTo(-66.19e9, within(0.005e9));
    assertThat(profile.maximum()).isCloseTo(44.84e9, within(0.005e9));
  }

  @Test
  void defaultModeUsesVendorGammaForTheSpotTotals() {
    assertThat(defaults.totalGamma()).isCloseTo(perfiliev.totalGamma(), within(1e-3));
    assertThat(defaults.dataQuality().vendorGamma()).isEqualTo(defaults.dataQuality().contractsUsed());
  }

  @Test
  void defaultModeZeroGammaMatchesTheIndependentScript() {
    GammaProfile profile = defaults.profile();
    assertThat(profile.method()).isEqualTo(ZeroGammaMethod.REFINED);
    // 0.8 S .. 1.2 S in steps of 0.5% of spot
    assertThat(profile.spots()).hasSize(81);
    // default_zero_gamma.py, "solve missing volatility from mid: True": crossings ['4733.3063']
    assertThat(profile.crossings()).hasSize(1);
    assertThat(profile.zeroGamma().getAsDouble()).isCloseTo(4733.3063, within(0.01));
    assertThat(defaults.levels().zeroGamma()).isEqualTo(profile.zeroGamma());
  }

  @Test
  void zeroGammaWithoutSolvedVolatilitiesMatchesTheIndependentScript() {
    ExposureReport report = ExposureCalculator.of(ExposureConfig.defaults().withSolveMissingVolatility(false))
        .compute(chain);
    // default_zero_gamma.py, "solve missing volatility from mid: False": crossings ['4734.4415'],
    // grid min -6.632060e+10, max 4.496363e+10
    assertThat(report.profile().zeroGamma().getAsDouble()).isCloseTo(4734.4415, within(0.01));
    assertThat(report.profile().minimum()).isCloseTo(-6.632060e10, within(1e5));
    assertThat(report.profile().maximum()).isCloseTo(4.496363e10, within(1e5));
  }

  @Test
  void levelsReproduceTheProvenanceFactsWithVendorGamma() {
    Levels levels = defaults.levels();
    // NET within +-20%: 4900 (+3.0413549 $bn) and 4600 (-2.3449755 $bn)
    assertThat(levels.callWall()).hasValue(4900.0);
    assertThat(levels.putWall()).hasValue(4600.0);
    assertThat(strike(4900).netGamma()).isCloseTo(3.0413549e9, within(1e3));
    assertThat(strike(4600).netGamma()).isCloseTo(-2.3449755e9, within(1e3));
    // |call| + |put|: 4800, 17.0340631 $bn
    assertThat(levels.absGammaStrike()).hasValue(4800.0);
    assertThat(strike(4800).absoluteGamma()).isCloseTo(17.0340631e9, within(1e3));
    // SPOT_SIDE: calls at or above spot 4800 (10.0231114 $bn), puts at or below 4600 (7.7245698 $bn)
    Walls spotSide = levels.walls(WallDefinition.SPOT_SIDE);
    assertThat(spotSide.callWall()).hasValue(4800.0);
    assertThat(spotSide.putWall()).hasValue(4600.0);
    assertThat(strike(4800).callGamma()).isCloseTo(10.0231114e9, within(1e3));
    assertThat(strike(4600).putGamma()).isCloseTo(-7.7245698e9, within(1e3));
    // numpy brute force over every unexpired contract, OI x 100: 4600 (1.49874475e11 paid)
    assertThat(levels.maxPain()).hasValue(4600.0);
    Walls absolute = levels.walls(WallDefinition.ABSOLUTE_PER_SIDE);
    assertThat(absolute.callWall()).hasValue(4800.0);
    assertThat(absolute.putWall()).hasValue(4600.0);
  }

  @Test
  void dataQualityCountsTheFileFacts() {
    DataQuality q = perfiliev.dataQuality();
    Map<DropReason, Integer> dropped = q.droppedByReason();
    // 223 rows of the expired 2024-01-05 expiry, two contracts each
    assertThat(dropped.get(DropReason.EXPIRED)).isEqualTo(446);
    assertThat(q.contractsInChain()).isEqualTo(21_038);
    assertThat(q.contractsUsed() + q.dropped().size()).isEqualTo(21_038);
    assertThat(q.vendorGammaCoverage()).isEqualTo(1.0);
  }

  @Test
  void withModelGammaTheProfileAtSpotEqualsTheSpotTotal() {
    ExposureReport model = ExposureCalculator.of(ExposureConfig.defaults().withGammaSource(GammaSource.MODEL_ONLY))
        .compute(chain);
    GammaProfile profile = model.profile();
    // grid point 40 of 0.8 S + 0.4 S * k / 80 is spot itself
    assertThat(profile.spots()[40]).isCloseTo(chain.spot(), within(1e-9));
    assertThat(profile.values()[40]).isCloseTo(model.totalGamma(), within(Math.abs(model.totalGamma()) * 1e-9));
    assertThat(model.dataQuality().modelGamma()).isEqualTo(model.dataQuality().contractsUsed());
  }

  @Test
  void parallelProfileEqualsTheSequentialOne() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      GammaProfile parallel = ExposureCalculator.of(ExposureConfig.defaults()).withPool(pool).compute(chain).profile();
      double[] expected = defaults.profile().values();
      double[] actual = parallel.values();
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).isCloseTo(expected[i], within(Math.abs(expected[i]) * 1e-12));
      }
      assertThat(parallel.zeroGamma().getAsDouble()).isCloseTo(defaults.profile().zeroGamma().getAsDouble(), within(0.01));
    } finally {
      pool.shutdown();
    }
  }

  private static StrikeExposure strike(double k) {
    return defaults.byStrike().stream().filter(s -> s.strike() == k).findFirst().orElseThrow();
  }
}
