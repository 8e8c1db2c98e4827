package io.zerogex.core.exposure;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4): inverse
 * quadratic interpolation and secant steps guarded by bisection, so the bracket always shrinks
 * and the root stays inside it. Written here because core depends on the JDK only.
 */
final class BrentRoot {

  private static final int MAX_ITERATIONS = 200;

  private BrentRoot() {
  }

  /**
   * A root of {@code f} in {@code [a, b]} within {@code tolerance} of a true sign change.
   *
   * @param fa {@code f(a)}, already known
   * @param fb {@code f(b)}, of the opposite sign to {@code fa} (or zero)
   */
  static double solve(DoubleUnaryOperator f, double a, double fa, double b, double fb, double tolerance) {
    if (fa == 0) {
      return a;
    }
    if (fb == 0) {
      return b;
    }
    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      if ((fb > 0) == (fc > 0)) {
        c = a;
        fc = fa;
        d = b - a;
        e = d;
      }
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tol = 2 * Math.ulp(b) + 0.5 * tolerance;
      double m = 0.5 * (c - b);
      if (Math.abs(m) <= tol || fb == 0) {
        return b;
      }
      if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
        double s = fb / fa;
        double p;
        double q;
        if (a == c) {
          p = 2 * m * s;
          q = 1 - s;
        } else {
          double qa = fa / fc;
          double r = fb / fc;
          p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
          q = (qa - 1) * (r - 1) * (s - 1);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
          e = d;
          d = p / q;
        } else {
          d = m;
          e = m;
        }
      } else {
        d = m;
        e = m;
      }
      a = b;
      fa = fb;
      b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
      fb = f.applyAsDouble(b);
    }
    return b;
  }
}
