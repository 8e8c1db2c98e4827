package io.zerogex.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Runs the pricing benchmarks' set-up checks in the build, so a peer that stops agreeing with
 * ZeroGEX (or a ZeroGEX change that stops agreeing with the peers) fails {@code mvn verify}
 * rather than only a benchmark run. No timing is asserted.
 */
class PricingBenchmarkAgreementTest {

  @Test
  void greeksPeersAgreeWithZeroGex() {
    GreeksBenchmark benchmark = new GreeksBenchmark();
    benchmark.setUp();
    double zerogex = benchmark.zerogex();
    assertThat(zerogex).isFinite();
    // every peer sums the same six quantities over the same grid
    assertThat(benchmark.strata()).isCloseTo(zerogex, org.assertj.core.data.Percentage.withPercentage(1e-6));
    assertThat(benchmark.finmath()).isCloseTo(zerogex, org.assertj.core.data.Percentage.withPercentage(1e-6));
    assertThat(benchmark.commonsMath()).isCloseTo(zerogex, org.assertj.core.data.Percentage.withPercentage(1e-6));
  }

  @Test
  void gammaBatchPeersAgreeWithTheKernel() {
    GammaBatchBenchmark benchmark = new GammaBatchBenchmark();
    benchmark.setUp();
    assertThat(benchmark.batchWeightedGamma()).isFinite().isNotZero();
  }

  @Test
  void theAgreementCheckRejectsAWrongValue() {
    double[] expected = {10, 0.5, 0.01, 20, -3, 15};
    double[] wrong = {10, 0.5, 0.01, 20, 3, 15};
    assertThatThrownBy(() -> GreeksPeers.check("peer", expected, wrong, 100))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("peer theta");
  }
}
