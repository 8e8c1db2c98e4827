package io.zerogex.tradier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast decimal conversion must give {@link Double#parseDouble(String)}'s value (correctly
 * rounded by the JDK's specification) whenever it answers, and answer for nearly every input.
 * Inputs are written as decimal text, split into significand and exponent with BigDecimal, and
 * the expected value is the JDK's parse of the same text.
 */
class DecimalToDoubleTest {

  private static final BigInteger MAX_SIGNIFICAND = BigInteger.TEN.pow(19);

  /** Checks one decimal; true when the fast path answered. */
  private static boolean check(BigDecimal decimal, long seed) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    BigInteger unscaled = stripped.unscaledValue().abs();
    if (unscaled.compareTo(MAX_SIGNIFICAND) >= 0) {
      return true;
    }
    String text = stripped.toString();
    double expected = Double.parseDouble(text);
    double actual = DecimalToDouble.toDouble(stripped.signum() < 0, unscaled.longValue(), -stripped.scale());
    if (Double.isNaN(actual)) {
      return false;
    }
    assertThat(Double.doubleToRawLongBits(actual)).as("%s (seed %d): got %s, expected %s", text, seed, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
    return true;
  }

  @Test
  void roundedAndNearHalfwayDecimalsConvertExactly() {
    long seed = System.nanoTime();
    System.out.println("DecimalToDoubleTest seed " + seed);
    Random random = new Random(seed);
    int answered = 0;
    int total = 0;
    for (int n = 0; n < 200_000; n++) {
      double value = (random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(61) - 30);
      if (value == 0) {
        continue;
      }
      BigDecimal exact = new BigDecimal(value);
      // Halfway to the next double: the hardest decimals to round, cut to 15-19 digits either way.
      BigDecimal halfway = exact.add(new BigDecimal(Math.ulp(value)).divide(BigDecimal.valueOf(2)));
      int digits = 15 + random.nextInt(5);
      RoundingMode mode = random.nextBoolean() ? RoundingMode.DOWN : RoundingMode.UP;
      BigDecimal[] cases = {
        new BigDecimal(Double.toString(value)),
        exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)),
        halfway.round(new MathContext(digits, mode)),
        halfway.round(new MathContext(19, mode)),
      };
      for (int k = 0; k < cases.length; k++) {
        boolean answer = check(cases[k], seed);
        // Shortest decimals (as Double.toString and Tradier write them) must nearly all be
        // answered here; the others lie so near a double or a tie that giving up is expected.
        if (k == 0) {
          total++;
          answered += answer ? 1 : 0;
        }
      }
    }
    assertThat(answered).as("shortest decimals answered of %d", total).isGreaterThan(total * 99 / 100);
  }

  @Test
  void exactTiesAreLeftToTheCompleteParserOrRoundedToEven() {
    long seed = System.nanoTime();
    System.out.println("DecimalToDoubleTest ties seed " + seed);
    Random random = new Random(seed);
    // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2; the even neighbour is 2^53.
    check(new BigDecimal("9007199254740993"), seed);
    check(new BigDecimal("9007199254740995"), seed);
    for (int n = 0; n < 100_000; n++) {
      // An integer double between 2^53 and 10^19 and the integer halfway to its successor.
      double value = Math.scalb(1 + random.nextDouble(), 53 + random.nextInt(10));
      BigDecimal tie = new BigDecimal(value).add(new BigDecimal(Math.ulp(value)).divide(BigDecimal.valueOf(2)));
      check(tie, seed);
      check(tie.negate(), seed);
    }
  }

  @Test
  void shortDecimalsAndZerosTakeTheExactPath() {
    assertThat(DecimalToDouble.toDouble(false, 1235, -2)).isEqualTo(12.35);
    assertThat(DecimalToDouble.toDouble(true, 0, -1)).isEqualTo(-0.0);
    assertThat(DecimalToDouble.toDouble(false, 0, 0)).isEqualTo(0.0);
    // 17 digits: 0.48777703333572947 as recorded in the SPX fixture's first row.
    assertThat(DecimalToDouble.toDouble(true, 48777703333572947L, -17)).isEqualTo(-0.48777703333572947);
    // Outside the tabulated exponents and outside the normal range: undecided.
    assertThat(DecimalToDouble.toDouble(false, 12345678901234567L, -400)).isNaN();
    assertThat(DecimalToDouble.toDouble(false, 12345678901234567L, 300)).isNaN();
  }
}
