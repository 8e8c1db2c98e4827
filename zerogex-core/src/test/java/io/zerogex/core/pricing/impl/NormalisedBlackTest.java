package io.zerogex.core.pricing.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The normalised Black function in all four regions against 50-digit mpmath values (see
 * {@code normalised_black_references.py} beside the CSV for how they were made).
 */
class NormalisedBlackTest {

  private static final double EPSILON = Math.ulp(1.0);

  /**
   * The relative error stays within {@code 8 eps (1 + h^2)}: {@code b} carries the factor
   * {@code exp(-h^2/2)}, so a relative change of one ulp in {@code x} or {@code s} moves it by
   * about {@code h^2} ulps, and the implementation is allowed that conditioning (the erfcx form
   * just above the small-t region loses about 3 ulps to its difference of two erfcx values).
   */
  @Test
  void matchesFiftyDigitValuesInEveryRegion() throws IOException {
    double worst = 0;
    int rows = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        NormalisedBlackTest.class.getResourceAsStream("normalised-black.csv")),
        StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] row = line.split(",");
        double x = Double.parseDouble(row[0]);
        double s = Double.parseDouble(row[1]);
        double expected = Double.parseDouble(row[2]);
        double h = x / s;
        double error = Math.abs(NormalisedBlack.call(x, s) / expected - 1) / EPSILON;
        assertThat(error).as(line).isLessThanOrEqualTo(8 * (1 + h * h));
        worst = Math.max(worst, error / (1 + h * h));
        rows++;
      }
    }
    System.out.printf("normalised Black: %d rows, worst error %.2f eps (1 + h^2)%n", rows, worst);
    assertThat(rows).isEqualTo(210);
  }

  @Test
  void limitsAndSymmetries() {
    assertThat(NormalisedBlack.call(-1, 0)).isZero();
    assertThat(NormalisedBlack.call(1, 0)).isEqualTo(2 * Math.sinh(0.5));
    assertThat(NormalisedBlack.call(0, 0)).isZero();
    assertThat(NormalisedBlack.vega(0, 0)).isEqualTo(NormalisedBlack.ONE_OVER_SQRT_TWO_PI);
    assertThat(NormalisedBlack.vega(-1, 0)).isZero();
    // Put-call parity in normalised form: b(x, s) - b(-x, s) = e^(x/2) - e^(-x/2).
    assertThat(NormalisedBlack.call(0.3, 0.7) - NormalisedBlack.call(-0.3, 0.7))
        .isCloseTo(2 * Math.sinh(0.15), org.assertj.core.api.Assertions.within(1e-16));
  }
}
