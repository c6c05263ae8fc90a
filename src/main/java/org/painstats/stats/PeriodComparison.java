package org.painstats.stats;

import java.util.Locale;

/**
 * The difference between the mean of y over one period of days and over another (an approach
 * against the baseline), with a 95% interval and p-value from a noise model estimated on a longer
 * series than the two periods hold.
 *
 * <p>Why: two blocks of autocorrelated days carry far fewer independent days than rows, and the
 * variance of their difference depends on the autocorrelation at every lag within each block. An
 * AR(1) coefficient estimated from the two short blocks alone is biased low, and the test built on
 * it rejects a true null too often (about 10% at 5% for a 40-day baseline and a 35-day period with
 * AR(1) noise, phi = 0.6, measured in seeded simulation). Here the caller passes the noise variance
 * {@code sigma2} and autocorrelation {@code acf} estimated from the residuals of the whole diary
 * (hundreds of days), and the variance of the difference is computed exactly from them:
 *
 * <pre>
 *   d      = mean(y | group = 1) - mean(y | group = 0)
 *   Var d  = sigma2 * sum_i sum_j c_i c_j acf(|t_i - t_j|),   c_i = 1/n1 in group 1, -1/n0 in 0
 *   n*     = (1/n1 + 1/n0) / (Var d / sigma2) ... the effective number of independent days
 *   p, CI  : Student t with max(2, n* - 2) degrees of freedom
 * </pre>
 *
 * where {@code acf(k)} is 0 beyond the lags given. Positions in the arrays are days.
 *
 * <p>Missing data: rows with NaN in y or group are left out; the others keep their day. Degenerate
 * cases: fewer than 2 rows in a group, or a non-positive sigma2, give NaN for the standard error,
 * interval and p-value.
 *
 * @param meanWith mean of y where group is 1
 * @param meanWithout mean of y where group is 0
 * @param nWith rows in group 1
 * @param nWithout rows in group 0
 * @param difference {@code meanWith - meanWithout}
 * @param standardError its standard error under the noise model
 * @param ciLow lower end of the 95% interval
 * @param ciHigh upper end
 * @param pValue two-sided p-value for "no difference"
 * @param effectiveN the effective number of independent days n*
 */
public record PeriodComparison(
    double meanWith,
    double meanWithout,
    int nWith,
    int nWithout,
    double difference,
    double standardError,
    double ciLow,
    double ciHigh,
    double pValue,
    double effectiveN) {

  /**
   * Compares the two periods.
   *
   * @param y the outcome by day, NaN where missing
   * @param group 1 for the period of interest, 0 for the reference, NaN for neither
   * @param sigma2 the variance of the noise
   * @param acf the noise autocorrelation by lag, {@code acf[0] = 1}
   * @throws IllegalArgumentException if the lengths differ or group holds another value
   */
  public static PeriodComparison of(double[] y, double[] group, double sigma2, double[] acf) {
    Inputs.requireSameLength("y", y, "group", group);
    Inputs.requireZeroOne("group", group);
    int[] rows = Inputs.completeRows(y, group);
    int n1 = 0;
    int n0 = 0;
    double s1 = 0;
    double s0 = 0;
    for (int r : rows) {
      if (group[r] == 1) {
        n1++;
        s1 += y[r];
      } else {
        n0++;
        s0 += y[r];
      }
    }
    double m1 = n1 == 0 ? Double.NaN : s1 / n1;
    double m0 = n0 == 0 ? Double.NaN : s0 / n0;
    double d = m1 - m0;
    double nan = Double.NaN;
    if (n1 < 2 || n0 < 2 || !(sigma2 > 0)) {
      return new PeriodComparison(m1, m0, n1, n0, d, nan, nan, nan, nan, nan);
    }
    double var = 0;
    for (int a = 0; a < rows.length; a++) {
      double ca = group[rows[a]] == 1 ? 1.0 / n1 : -1.0 / n0;
      var += ca * ca;
      for (int b = a + 1; b < rows.length; b++) {
        int lag = rows[b] - rows[a];
        if (lag >= acf.length) {
          break;
        }
        double cb = group[rows[b]] == 1 ? 1.0 / n1 : -1.0 / n0;
        var += 2 * ca * cb * acf[lag];
      }
    }
    var = Math.max(var, 1e-12) * sigma2;
    double se = Math.sqrt(var);
    double independent = 1.0 / n1 + 1.0 / n0;
    double effectiveN = Math.min(n1 + n0, (n1 + n0) * independent * sigma2 / var);
    double df = Math.max(2, effectiveN - 2);
    double q =
        new org.apache.commons.math3.distribution.TDistribution(null, df)
            .inverseCumulativeProbability(0.975);
    double p = StudentT.twoSidedP(d / se, df);
    return new PeriodComparison(m1, m0, n1, n0, d, se, d - q * se, d + q * se, p, effectiveN);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PeriodComparison[%.3f (n=%d) - %.3f (n=%d) = %.3f, se %.3f, 95%% CI %.3f to %.3f, p=%.3g,"
            + " n*=%.1f]",
        meanWith,
        nWith,
        meanWithout,
        nWithout,
        difference,
        standardError,
        ciLow,
        ciHigh,
        pValue,
        effectiveN);
  }
}
