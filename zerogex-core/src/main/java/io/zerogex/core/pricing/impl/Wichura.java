package io.zerogex.core.pricing.impl;

import io.zerogex.core.pricing.NormalDistribution;

/**
 * M. J. Wichura's Algorithm AS 241 (PPND16), the normal quantile to about 1e-16 relative,
 * Appl. Statist. 37 (1988) 477-484, with the published coefficients.
 * {@link NormalDistribution#inverseCdf(double)} refines the result by one Halley step; the
 * initial guesses of {@link LetsBeRational} use it unrefined, since the Householder iterations
 * that follow make up any last-digit difference.
 *
 * <p>Not API. This class is stateless and thread-safe.
 */
public final class Wichura {

  private static final double SPLIT_CENTRAL = 0.425;
  /** Probabilities below 0.5 - 0.425 are in the tail intervals. */
  public static final double TAIL_PROBABILITY = 0.075;
  private static final double SPLIT_TAIL = 5.0;
  private static final double CENTRAL_OFFSET = 0.180625;
  private static final double NEAR_OFFSET = 1.6;

  private static final double[] A = {
      3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
      1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
      3.3430575583588128105e+4, 2.5090809287301226727e+3};
  private static final double[] B = {
      1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2,
      5.3941960214247511077e+3, 2.1213794301586595867e+4, 3.9307895800092710610e+4,
      2.8729085735721942674e+4, 5.2264952788528545610e+3};
  private static final double[] C = {
      1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
      3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
      2.27238449892691845833e-2, 7.74545014278341407640e-4};
  private static final double[] D = {
      1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
      6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2,
      5.47593808499534494600e-4, 1.05075007164441684324e-9};
  private static final double[] E = {
      6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
      2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
      2.71155556874348757815e-5, 2.01033439929228813265e-7};
  private static final double[] F = {
      1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
      1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
      1.42151175831644588870e-7, 2.04426310338993978564e-15};

  private Wichura() {
  }

  /**
   * The quantile of a probability in (0, 0.5], a value &lt;= 0.
   *
   * @param probability a probability in (0, 0.5]
   * @return the x &lt;= 0 with {@code N(x) = probability}, to about 1e-16 relative
   */
  public static double lowerQuantile(double probability) {
    double q = probability - 0.5;
    if (Math.abs(q) <= SPLIT_CENTRAL) {
      double r = CENTRAL_OFFSET - q * q;
      return q * polynomial(A, r) / polynomial(B, r);
    }
    return lowerTailQuantile(Math.log(probability));
  }

  /**
   * The quantile of a probability below {@value #TAIL_PROBABILITY} given its natural logarithm:
   * the tail intervals of PPND16 use only {@code r = sqrt(-ln p)}, so a caller that has
   * {@code ln p} cheaper than {@code p} (the cube of a probability, say) skips forming it.
   *
   * @param logProbability {@code ln p} with {@code p} in (0, {@value #TAIL_PROBABILITY})
   * @return the x &lt; 0 with {@code N(x) = p}, to about 1e-16 relative
   */
  public static double lowerTailQuantile(double logProbability) {
    double r = Math.sqrt(-logProbability);
    if (r <= SPLIT_TAIL) {
      r -= NEAR_OFFSET;
      return -polynomial(C, r) / polynomial(D, r);
    }
    r -= SPLIT_TAIL;
    return -polynomial(E, r) / polynomial(F, r);
  }

  /**
   * {@code c[0] + c[1] r + ... + c[7] r^7} in Estrin's scheme, half the dependent chain of
   * Horner's rule; the coefficients and {@code r} are non-negative, so no term cancels.
   */
  private static double polynomial(double[] c, double r) {
    double r2 = r * r;
    return ((c[0] + c[1] * r) + r2 * (c[2] + c[3] * r))
        + r2 * r2 * ((c[4] + c[5] * r) + r2 * (c[6] + c[7] * r));
  }
}
