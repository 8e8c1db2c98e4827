package io.zerogex.core.pricing;
import io.zerogex.core.model.OptionRight;
public final class BlackScholes {
  private BlackScholes() {}
  static double pdf(double x) { return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI); }
  static double cdf(double x) { return NormalDistribution.cdf(x); }
  public static double gamma(double s, double k, double t, double r, double q, double v) {
    double sd = v * Math.sqrt(t); double d1 = (Math.log(s / k) + (r - q) * t) / sd + sd / 2;
    return Math.exp(-q * t) * pdf(d1) / (s * sd);
  }
  public static double price(OptionRight right, double s, double k, double t, double r, double q, double v) {
    double sd = v * Math.sqrt(t); double d1 = (Math.log(s / k) + (r - q) * t) / sd + sd / 2; double d2 = d1 - sd;
    double c = s * Math.exp(-q * t) * cdf(d1) - k * Math.exp(-r * t) * cdf(d2);
    return right == OptionRight.CALL ? c : c - s * Math.exp(-q * t) + k * Math.exp(-r * t);
  }
  public static Greeks greeks(OptionRight right, double s, double k, double t, double r, double q, double v) {
    double sd = v * Math.sqrt(t); double d1 = (Math.log(s / k) + (r - q) * t) / sd + sd / 2; double d2 = d1 - sd;
    double dq = Math.exp(-q * t); double n = pdf(d1);
    boolean call = right == OptionRight.CALL;
    double delta = call ? dq * cdf(d1) : -dq * cdf(-d1);
    double g = dq * n / (s * sd);
    double vanna = -dq * n * d2 / v;
    double charm = (call ? q * dq * cdf(d1) : -q * dq * cdf(-d1)) - dq * n * (2 * (r - q) * t - d2 * sd) / (2 * t * sd);
    return new Greeks(price(right, s, k, t, r, q, v), delta, g, 0, 0, 0, vanna, charm, 0, 0, 0, 0);
  }
}
