package io.zerogex.core.pricing;
public final class BlackScholesBatch {
  final double[] k, t, v, r, q;
  private BlackScholesBatch(double[] k, double[] t, double[] v, double[] r, double[] q) { this.k = k; this.t = t; this.v = v; this.r = r; this.q = q; }
  public static BlackScholesBatch of(double[] k, double[] t, double[] v, double[] r, double[] q) { return new BlackScholesBatch(k.clone(), t.clone(), v.clone(), r.clone(), q.clone()); }
  public int size() { return k.length; }
  public double weightedGamma(double s, double[] w) {
    double sum = 0; for (int i = 0; i < k.length; i++) { sum += w[i] * BlackScholes.gamma(s, k[i], t[i], r[i], q[i], v[i]); } return sum;
  }
}
