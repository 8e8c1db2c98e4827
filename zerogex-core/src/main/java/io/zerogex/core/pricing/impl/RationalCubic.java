package io.zerogex.core.pricing.impl;

/**
 * Shape-preserving rational cubic interpolation of R. Delbourgo and J. A. Gregory, "Shape
 * preserving piecewise rational interpolation", SIAM J. Sci. Stat. Comput. 6 (1985) 967-976,
 * as used by Jäckel's "Let's Be Rational" (section on the rational cubic initial guess).
 *
 * <p>On {@code [xLeft, xRight]} with values {@code yLeft, yRight}, slopes
 * {@code dLeft, dRight} and control parameter {@code r > -1}, with
 * {@code u = (x - xLeft)/h}, {@code h = xRight - xLeft}:
 *
 * <pre>
 *   y(x) = [yR u^3 + (r yR - h dR) u^2 (1-u) + (r yL + h dL) u (1-u)^2 + yL (1-u)^3]
 *          / [1 + (r - 3) u (1-u)]
 * </pre>
 *
 * {@code r = 3} gives the cubic Hermite interpolant and {@code r -> infinity} the straight line.
 *
 * <p>Not API. This class is stateless and thread-safe.
 */
final class RationalCubic {

  private static final double MINIMUM_CONTROL = -(1 - Math.sqrt(NormalisedBlack.EPSILON));
  /** Beyond this the interpolant is the straight line to within rounding. */
  private static final double MAXIMUM_CONTROL =
      2 / (NormalisedBlack.EPSILON * NormalisedBlack.EPSILON);

  private RationalCubic() {
  }

  /** The interpolant above at {@code x}. */
  static double interpolate(double x, double xLeft, double xRight, double yLeft, double yRight,
      double dLeft, double dRight, double r) {
    double h = xRight - xLeft;
    if (!(Math.abs(h) > 0)) {
      return 0.5 * (yLeft + yRight);
    }
    double u = (x - xLeft) / h;
    double v = 1 - u;
    if (r >= MAXIMUM_CONTROL) {
      return yRight * u + yLeft * v;
    }
    double numerator = yRight * u * u * u + (r * yRight - h * dRight) * u * u * v
        + (r * yLeft + h * dLeft) * u * v * v + yLeft * v * v * v;
    return numerator / (1 + (r - 3) * u * v);
  }

  /**
   * The control parameter that makes the interpolant's second derivative at the left end equal
   * {@code secondDerivativeLeft}, raised if needed to the least value that keeps the data's
   * monotonicity and convexity (Delbourgo and Gregory (3.8) and (3.18)).
   */
  static double convexControlFittingLeft(double xLeft, double xRight, double yLeft, double yRight,
      double dLeft, double dRight, double secondDerivativeLeft, boolean preferShape) {
    double h = xRight - xLeft;
    double slope = slope(h, yRight - yLeft);
    double numerator = 0.5 * h * secondDerivativeLeft + (dRight - dLeft);
    return Math.max(fit(numerator, slope - dLeft),
        minimumShapePreserving(dLeft, dRight, slope, preferShape));
  }

  /** As {@link #convexControlFittingLeft} for the second derivative at the right end. */
  static double convexControlFittingRight(double xLeft, double xRight, double yLeft, double yRight,
      double dLeft, double dRight, double secondDerivativeRight, boolean preferShape) {
    double h = xRight - xLeft;
    double slope = slope(h, yRight - yLeft);
    double numerator = 0.5 * h * secondDerivativeRight + (dRight - dLeft);
    return Math.max(fit(numerator, dRight - slope),
        minimumShapePreserving(dLeft, dRight, slope, preferShape));
  }

  /**
   * {@code rise / width} as {@code rise (1 / width)}: the width is known long before the rise
   * when the values come from the guess's own evaluations, so the reciprocal is off the critical
   * path; a width too small for a finite reciprocal divides.
   */
  private static double slope(double width, double rise) {
    double inverseWidth = 1 / width;
    return Double.isFinite(inverseWidth) ? rise * inverseWidth : rise / width;
  }

  private static double fit(double numerator, double denominator) {
    if (isZero(numerator)) {
      return 0;
    }
    if (isZero(denominator)) {
      return numerator > 0 ? MAXIMUM_CONTROL : MINIMUM_CONTROL;
    }
    return numerator / denominator;
  }

  /**
   * The least control parameter that keeps the interpolant monotone where the data are
   * monotone, and convex (or concave) where they are; {@code preferShape} turns a shape that
   * cannot be kept with a finite parameter into the straight line.
   */
  private static double minimumShapePreserving(double dLeft, double dRight, double slope,
      boolean preferShape) {
    boolean monotone = dLeft * slope >= 0 && dRight * slope >= 0;
    boolean convex = dLeft <= slope && slope <= dRight;
    boolean concave = dLeft >= slope && slope >= dRight;
    if (!monotone && !convex && !concave) {
      return MINIMUM_CONTROL;
    }
    double forMonotone = -Double.MAX_VALUE;
    double forConvexity = -Double.MAX_VALUE;
    if (monotone) {
      if (!isZero(slope)) {
        forMonotone = (dRight + dLeft) / slope;
      } else if (preferShape) {
        forMonotone = MAXIMUM_CONTROL;
      }
    }
    if (convex || concave) {
      double rightGap = dRight - slope;
      double leftGap = slope - dLeft;
      if (!(isZero(rightGap) || isZero(leftGap))) {
        // max(|spread / rightGap|, |spread / leftGap|) with one division: a correctly rounded
        // quotient does not grow with its divisor.
        forConvexity = Math.abs(dRight - dLeft) / Math.min(Math.abs(rightGap), Math.abs(leftGap));
      } else if (preferShape) {
        forConvexity = MAXIMUM_CONTROL;
      }
    } else if (monotone && preferShape) {
      forConvexity = MAXIMUM_CONTROL;
    }
    return Math.max(MINIMUM_CONTROL, Math.max(forMonotone, forConvexity));
  }

  private static boolean isZero(double value) {
    return Math.abs(value) < Double.MIN_NORMAL;
  }
}
