package io.zerogex.core.pricing.impl;

/**
 * The iteration of Jäckel's "Let's Be Rational" (section on the objective function): Householder
 * steps of order four, {@code s += nu (1 + eta nu / 2) / (1 + nu (eta + tau3 nu / 6))} with
 * {@code nu = -g/g'}, {@code eta = g''/g'}, {@code tau3 = g'''/g'}, on an objective chosen per
 * branch to be nearly linear in {@code s}:
 * <ul>
 *   <li>{@link #LOWER}: {@code g = 1/ln b(s) - 1/ln beta}, for the lowest branch;</li>
 *   <li>{@link #UPPER}: {@code g = ln((b_max - beta) / (b_max - b(s)))}, for the highest branch
 *       when {@code beta > b_max / 2};</li>
 *   <li>{@link #MIDDLE}: {@code g = b(s) - beta} otherwise.</li>
 * </ul>
 * The derivatives of {@code b} in {@code s} are closed form: {@code b'} is the normalised vega,
 * {@code b''/b' = x^2/s^3 - s/4} and {@code b'''/b' = (b''/b')^2 - 3 x^2/s^4 - 1/4}.
 *
 * <p>Two steps from the rational guess reach machine precision (the paper's method). They are
 * taken without a bracket: a step is only accepted with the sign of the Newton step (a
 * Householder factor that is not positive means the guess was outside the method's domain) and
 * must stay in its branch. Anything else, or a second step still larger than {@code 2^-13 s},
 * restarts from the guess in a safeguarded loop that keeps a bracket from the evaluations, falls
 * back to bisection when a step leaves it and iterates on; that happens only for log-moneyness in
 * the hundreds, where the guess is poor (the paper's reference code stops at two steps
 * regardless).
 *
 * <p>Not API. This class is stateless and thread-safe.
 */
final class HouseholderIteration {

  /** Objective {@code 1/ln b - 1/ln beta}. */
  static final int LOWER = 0;
  /** Objective {@code b - beta}. */
  static final int MIDDLE = 1;
  /** Objective {@code ln((b_max - beta) / (b_max - b))}. */
  static final int UPPER = 2;

  private static final double EPSILON = NormalisedBlack.EPSILON;
  /** The paper's iteration count: two steps of order four reach machine precision. */
  static final int PAPER_ITERATIONS = 2;
  /** The iteration limit of the safeguarded loop. */
  static final int SAFEGUARD_ITERATIONS = 32;
  /**
   * A second step still this large (relative) means the guess was poor (only for extreme
   * inputs, |x| in the hundreds): the safeguarded loop iterates on. After a smaller step of order
   * four the error is already below rounding.
   */
  private static final double UNCONVERGED_STEP = 0x1p-13;
  /** Relative widening of the initial bracket, far above rounding and far below any step. */
  private static final double BRACKET_SLACK = 0x1p-30;
  private static final double ONE_SIXTH = 1.0 / 6;

  private HouseholderIteration() {
  }

  /**
   * The root {@code s} of {@code b(x, s) = beta} from the guess {@code start} in the branch
   * {@code [left, right]}.
   *
   * @param objective {@link #LOWER}, {@link #MIDDLE} or {@link #UPPER}
   * @param bMax {@code e^(x/2)}, the upper bound of {@code b}
   * @param iterationLimit at most this many steps once the paper's two are taken
   */
  static double solve(double beta, double x, double start, double left, double right,
      int objective, double bMax, int iterationLimit) {
    // The branch edges come from b values that carry their own rounding, so a root within
    // rounding of an edge may lie just outside it; the slack keeps such a root inside rather
    // than sending the iteration to bisection.
    double sLeft = left * (1 - BRACKET_SLACK);
    double sRight = Math.min(right * (1 + BRACKET_SLACK), Double.MAX_VALUE);
    double inverseLnBeta = objective == LOWER ? 1 / Math.log(beta) : 0;
    double ds = step(objective, beta, inverseLnBeta, x, start, bMax);
    double s = start + ds;
    if (Math.abs(ds) <= EPSILON * start) {
      return s;
    }
    // A step with the Newton step's sign that stays in the branch also stays in the bracket that
    // the evaluation at the guess would have tightened.
    if (ds >= -0.5 * start && s > sLeft && s < sRight) {
      double second = step(objective, beta, inverseLnBeta, x, s, bMax);
      if (second >= -0.5 * s && second < Double.POSITIVE_INFINITY
          && (iterationLimit <= PAPER_ITERATIONS || Math.abs(second) <= UNCONVERGED_STEP * s)) {
        return s + second;
      }
    }
    return safeguarded(beta, inverseLnBeta, x, start, sLeft, sRight, objective, bMax, iterationLimit);
  }

  /**
   * The iteration with a bracket tightened by every evaluation: bisection when a step is not
   * usable or leaves the bracket, or after three reversals of direction.
   */
  private static double safeguarded(double beta, double inverseLnBeta, double x, double start,
      double left, double right, int objective, double bMax, int iterationLimit) {
    double s = start;
    double sLeft = left;
    double sRight = right;
    double ds = -Double.MAX_VALUE;
    double previousDs = 0;
    int reversals = 0;
    for (int iteration = 0; Math.abs(ds) > EPSILON * s && (iteration < PAPER_ITERATIONS
        || iteration < iterationLimit && Math.abs(ds) > UNCONVERGED_STEP * s);
        iteration++) {
      if (ds * previousDs < 0) {
        reversals++;
      }
      if (iteration > 0 && (reversals == 3 || !(s > sLeft && s < sRight))) {
        s = 0.5 * (sLeft + sRight);
        if (sRight - sLeft <= EPSILON * s) {
          break;
        }
        reversals = 0;
        ds = 0;
      }
      previousDs = ds;
      double b = NormalisedBlack.outOfTheMoneyCall(x, s, NormalisedBlack.gaussian(x, s), bMax);
      if (b > beta && s < sRight) {
        sRight = s;
      } else if (b < beta && s > sLeft) {
        sLeft = s;
      }
      ds = step(objective, beta, inverseLnBeta, x, s, bMax);
      if (!Double.isFinite(ds)) {
        ds = 0.5 * (sLeft + sRight) - s;
      }
      ds = Math.max(-0.5 * s, ds);
      s += ds;
    }
    return s;
  }

  /**
   * One Householder(3) step at {@code s} for the objective; NaN where {@code b} or {@code b'}
   * underflowed, or where the Householder factor is not positive.
   */
  private static double step(int objective, double beta, double inverseLnBeta, double x,
      double s, double bMax) {
    return objective == LOWER
        ? lowerStep(inverseLnBeta, x, s, bMax) : blackStep(objective == UPPER, beta, x, s, bMax);
  }

  /**
   * The step on {@code g = 1/ln b - 1/ln beta}. With {@code L = ln b} the Newton step is
   * {@code L r}, {@code r = (1 - L / ln beta) b / b'}, and {@code g''/g'} and {@code g'''/g'}
   * hold powers of {@code 1/L}; the step is formed in {@code r} with those ratios times
   * {@code L} and {@code L^2}, so no division waits on the logarithm. {@code L = ln(b / b') +
   * ln b'} comes without an exponential where {@code b / b'} does (see
   * {@link NormalisedBlack#outOfTheMoneyCallOverVega}).
   */
  private static double lowerStep(double inverseLnBeta, double x, double s, double bMax) {
    double bOverVega = NormalisedBlack.outOfTheMoneyCallOverVega(x, s, bMax);
    double lnB = Math.log(bOverVega) + NormalisedBlack.lnVega(x, s);
    if (!(bOverVega > 0 && bOverVega < Double.POSITIVE_INFINITY)) {
      return Double.NaN;
    }
    double inverseS = 1 / s;
    double h = x * inverseS;
    double hOverS = h * inverseS;
    double bHalley = h * hOverS - 0.25 * s;
    double bHouseholder = blackHouseholder(bHalley, hOverS);
    double vegaOverB = 1 / bOverVega;
    double lnBPlusTwo = lnB + 2;
    double newton = (1 - lnB * inverseLnBeta) * bOverVega;
    double halley = bHalley * lnB - vegaOverB * lnBPlusTwo;
    double householder = bHouseholder * lnB * lnB
        + 2 * vegaOverB * vegaOverB * (lnB * (lnB + 3) + 3)
        - 3 * bHalley * vegaOverB * lnB * lnBPlusTwo;
    return lnB * householder(newton, halley, householder);
  }

  /**
   * The step on {@code g = ln((b_max - beta) / (b_max - b))} ({@code upper}) or on
   * {@code g = b - beta}.
   */
  private static double blackStep(boolean upper, double beta, double x, double s, double bMax) {
    double gaussian = NormalisedBlack.gaussian(x, s);
    double b = NormalisedBlack.outOfTheMoneyCall(x, s, gaussian, bMax);
    double vega = NormalisedBlack.ONE_OVER_SQRT_TWO_PI * gaussian;
    // Divisions are the slowest arithmetic on the critical path; each reciprocal is taken once.
    double inverseS = 1 / s;
    double h = x * inverseS;
    double hOverS = h * inverseS;
    double bHalley = h * hOverS - 0.25 * s;
    double bHouseholder = blackHouseholder(bHalley, hOverS);
    if (!upper) {
      return householder((beta - b) / vega, bHalley, bHouseholder);
    }
    if (!(b < bMax && vega > Double.MIN_NORMAL)) {
      return Double.NaN;
    }
    double gap = bMax - b;
    double gPrime = vega / gap;
    double newton = -Math.log((bMax - beta) / gap) * gap / vega;
    return householder(newton, bHalley + gPrime,
        bHouseholder + gPrime * (2 * gPrime + 3 * bHalley));
  }

  /** {@code b'''/b' = (b''/b')^2 - 3 x^2/s^4 - 1/4} from {@code b''/b'} and {@code x/s^2}. */
  private static double blackHouseholder(double bHalley, double hOverS) {
    return bHalley * bHalley - 3 * hOverS * hOverS - 0.25;
  }

  /**
   * The Householder(3) step {@code nu (1 + eta nu / 2) / (1 + nu (eta + tau3 nu / 6))} from
   * {@code nu = -g/g'}, {@code eta = g''/g'} and {@code tau3 = g'''/g'}; NaN when the factor
   * after {@code nu} is not positive, so that a step always has the Newton step's sign.
   */
  private static double householder(double newton, double halley, double householder) {
    double factor = (1 + 0.5 * halley * newton)
        / (1 + newton * (halley + householder * newton * ONE_SIXTH));
    return factor > 0 ? newton * factor : Double.NaN;
  }
}
