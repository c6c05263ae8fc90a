package org.painstats.stats;

import org.apache.commons.math3.special.Beta;

/**
 * Two-sided tail probabilities of Student's t distribution, and the t test of a correlation.
 *
 * <p>P(|T| &gt;= |t|) for T ~ t(df) is the regularized incomplete beta I_{df/(df+t^2)}(df/2, 1/2),
 * computed directly (not as 1 - cdf) so that small p-values keep their relative precision. df need
 * not be an integer. NaN in, NaN out.
 *
 * <p>Reference: Abramowitz &amp; Stegun 26.7.1 and 26.5.27; scipy {@code stats.t.sf}.
 */
final class StudentT {

  private StudentT() {}

  static double twoSidedP(double t, double df) {
    if (Double.isNaN(t) || !(df > 0)) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0;
    }
    return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
  }

  /**
   * The two-sided p-value of a correlation r from n (possibly effective) pairs: t = r sqrt((n -
   * 2)/(1 - r^2)) with n - 2 degrees of freedom, as {@code scipy.stats.pearsonr} and {@code
   * spearmanr}. NaN when n &lt;= 2 or r is NaN.
   */
  static double correlationP(double r, double n) {
    double df = n - 2;
    if (Double.isNaN(r) || !(df > 0)) {
      return Double.NaN;
    }
    double oneMinusR2 = (1 - r) * (1 + r);
    if (oneMinusR2 <= 0) {
      return 0;
    }
    return twoSidedP(r * Math.sqrt(df / oneMinusR2), df);
  }
}
