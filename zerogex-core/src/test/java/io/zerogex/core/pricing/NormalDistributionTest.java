package io.zerogex.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks {@link NormalDistribution} against 50-digit mpmath 1.3.0 values.
 *
 * <p>The expected values are in {@code normal-reference.csv} beside this class, written by
 * {@code generate_normal_reference.py} in the same resource folder (mpmath {@code ncdf},
 * {@code npdf}, {@code erfc}, {@code exp(x^2) erfc(x)}, the asymptotic series of erfcx for
 * huge arguments, and quantiles solved by root finding on the 50-digit cdf). Arguments: every
 * multiple of 1/64 and of 0.0137 from -38 to 9 (about 6,400 points), erfc and erfcx from -6
 * to 27 in steps of 0.025, and about 1,900 probabilities from 1e-307 to 1 - 1e-15.
 *
 * <p>Measured maximum relative errors over the normal-range results (each test prints its own):
 * cdf 6.4e-16, pdf 4.1e-16, erfc 6.5e-16, erfcx 6.4e-16, inverseCdf 7.7e-16; all are asserted
 * at 1e-14. Subnormal results (the cdf and pdf below about -37.5) are asserted within four
 * subnormal units.
 */
class NormalDistributionTest {

  private static final double RELATIVE_TOLERANCE = 1e-14;

  private record Reference(String function, double argument, double expected) {
  }

  private static List<Reference> references;

  @BeforeAll
  static void load() throws IOException {
    references = new ArrayList<>();
    try (InputStream in = NormalDistributionTest.class.getResourceAsStream("normal-reference.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] parts = line.split(",");
        references.add(new Reference(parts[0], Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
      }
    }
    assertThat(references).hasSizeGreaterThan(17_000);
  }

  @Test
  void cdfMatchesMpmathToOneEMinusFourteenRelative() {
    assertMatches("cdf", NormalDistribution::cdf, 6_000);
  }

  @Test
  void pdfMatchesMpmathToOneEMinusFourteenRelative() {
    assertMatches("pdf", NormalDistribution::pdf, 6_000);
  }

  @Test
  void erfcMatchesMpmathToOneEMinusFourteenRelative() {
    assertMatches("erfc", NormalDistribution::erfc, 1_300);
  }

  @Test
  void erfcxMatchesMpmathToOneEMinusFourteenRelative() {
    assertMatches("erfcx", NormalDistribution::erfcx, 1_300);
  }

  @Test
  void inverseCdfMatchesMpmathToOneEMinusFourteenRelative() {
    assertMatches("inverseCdf", NormalDistribution::inverseCdf, 1_900);
  }

  /**
   * Relative error for normal results; a subnormal result (cdf and pdf below about -37.5) can
   * only be as exact as its spacing, so there the error must stay within a few subnormal units.
   */
  private static void assertMatches(String function, DoubleUnaryOperator operator, int minimumCount) {
    double maxRelative = 0;
    double worstArgument = Double.NaN;
    int count = 0;
    for (Reference reference : references) {
      if (!reference.function().equals(function)) {
        continue;
      }
      count++;
      double actual = operator.applyAsDouble(reference.argument());
      double expected = reference.expected();
      if (Math.abs(expected) < Double.MIN_NORMAL) {
        assertThat(Math.abs(actual - expected))
            .as("%s(%s) subnormal", function, reference.argument())
            .isLessThanOrEqualTo(4 * Double.MIN_VALUE);
        continue;
      }
      double relative = Math.abs(actual - expected) / Math.abs(expected);
      assertThat(relative)
          .as("%s(%s) = %s, expected %s", function, reference.argument(), actual, expected)
          .isLessThanOrEqualTo(RELATIVE_TOLERANCE);
      if (relative > maxRelative) {
        maxRelative = relative;
        worstArgument = reference.argument();
      }
    }
    assertThat(count).isGreaterThanOrEqualTo(minimumCount);
    System.out.printf("%s: %d mpmath values, max relative error %.2e at %s%n",
        function, count, maxRelative, worstArgument);
  }

  @Test
  void tailsAndSpecialValues() {
    assertThat(NormalDistribution.cdf(0)).isEqualTo(0.5);
    assertThat(NormalDistribution.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(NormalDistribution.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(NormalDistribution.cdf(-40)).isZero();
    assertThat(NormalDistribution.cdf(40)).isEqualTo(1.0);
    assertThat(NormalDistribution.cdf(Double.NaN)).isNaN();
    assertThat(NormalDistribution.pdf(Double.NaN)).isNaN();
    assertThat(NormalDistribution.pdf(Double.POSITIVE_INFINITY)).isZero();
    assertThat(NormalDistribution.pdf(0)).isEqualTo(0.3989422804014327);
    assertThat(NormalDistribution.erfc(Double.NEGATIVE_INFINITY)).isEqualTo(2.0);
    assertThat(NormalDistribution.erfc(30)).isZero();
    assertThat(NormalDistribution.erfc(Double.NaN)).isNaN();
    assertThat(NormalDistribution.erfcx(-27)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(NormalDistribution.erfcx(Double.POSITIVE_INFINITY)).isZero();
    assertThat(NormalDistribution.erfcx(Double.NaN)).isNaN();
  }

  @Test
  void cdfIsComplementarySymmetric() {
    for (double x = 0; x < 8; x += 0.01) {
      assertThat(NormalDistribution.cdf(x) + NormalDistribution.cdf(-x))
          .as("N(%s) + N(-%s)", x, x).isCloseTo(1.0, org.assertj.core.data.Offset.offset(2e-16));
    }
  }

  @Test
  void inverseCdfIsAntisymmetricAndInvertsCdf() {
    // dyadic probabilities, so that 1 - p is exact and the two calls see the same tail
    for (int k = 1; k < 1024; k++) {
      double p = k / 1024.0;
      assertThat(NormalDistribution.inverseCdf(p)).isEqualTo(-NormalDistribution.inverseCdf(1.0 - p));
    }
    for (double x = -37; x <= 0; x += 0.125) {
      double roundTrip = NormalDistribution.inverseCdf(NormalDistribution.cdf(x));
      assertThat(Math.abs(roundTrip - x)).as("x = %s", x).isLessThanOrEqualTo(1e-14 * Math.max(1, -x));
    }
    assertThat(NormalDistribution.inverseCdf(Double.MIN_VALUE)).isBetween(-38.5, -38.4);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN, Double.NEGATIVE_INFINITY})
  void inverseCdfRejectsProbabilitiesOutsideTheOpenUnitInterval(double probability) {
    assertThatThrownBy(() -> NormalDistribution.inverseCdf(probability))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probability")
        .hasMessageContaining(String.valueOf(probability));
  }
}
