package org.painstats.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Each factor given the others: the outcome regressed on several factors together, on the same
 * footing as {@link LinkTest}: series from which the calendar structure was removed, errors AR(1)
 * with the outcome's rho, and the choice of each factor's lag paid for.
 *
 * <p>Over the days where the outcome and every factor are present, all series and the intercept are
 * whitened with rho (Prais-Winsten with gaps, as {@link LinkTest#whiten}) and fitted by least
 * squares: GLS with AR(1) errors at that rho. Each coefficient is standardized (times sd(x)/sd(y)
 * of the residual series), and tested with Student's t on n - k - p - 1 degrees of freedom (k the
 * structure's columns). When each factor's lag was chosen among L lags (the one with the smallest
 * p-value on its own), the p-value is multiplied by L (Bonferroni, capped at 1) and the interval is
 * at level 1 - 0.05/L, so that the interval excludes 0 exactly when the adjusted p &lt; 0.05.
 *
 * <p>Degenerate cases: fewer than k + p + 5 complete days, or a singular design, give an empty
 * list.
 */
public final class JointLinks {
  private JointLinks() {}

  /**
   * The standardized coefficient of each factor given the others.
   *
   * @param y the outcome's residuals by calendar day, NaN where missing
   * @param x each factor's residuals by calendar day, already lagged
   * @param structureColumns the columns the structure removal spent
   * @param rho the error model's AR(1) coefficient per day
   * @param lagsChosenFrom the number of lags each factor's lag was chosen among (1: none chosen)
   */
  public static List<Estimate> of(
      double[] y, List<double[]> x, int structureColumns, double rho, int lagsChosenFrom) {
    int p = x.size();
    double[][] cols = new double[p + 1][];
    cols[0] = y;
    for (int j = 0; j < p; j++) {
      Inputs.requireSameLength("y", y, "x", x.get(j));
      cols[j + 1] = x.get(j);
    }
    int[] rows = Inputs.completeRows(cols);
    int n = rows.length;
    double df = n - structureColumns - p - 1;
    if (p == 0 || df < 4) {
      return List.of();
    }
    double[] t = Inputs.positions(rows);
    double[] one = new double[n];
    java.util.Arrays.fill(one, 1);
    double[][] z = new double[n][p + 1];
    double[] w0 = LinkTest.whiten(one, t, rho);
    double[] sd = new double[p + 1];
    double[] zy = LinkTest.whiten(Inputs.select(y, rows), t, rho);
    sd[0] = sd(Inputs.select(y, rows));
    for (int i = 0; i < n; i++) {
      z[i][0] = w0[i];
    }
    for (int j = 0; j < p; j++) {
      double[] v = Inputs.select(x.get(j), rows);
      sd[j + 1] = sd(v);
      double[] w = LinkTest.whiten(v, t, rho);
      for (int i = 0; i < n; i++) {
        z[i][j + 1] = w[i];
      }
    }
    double[] b;
    double[] se;
    double sigma2;
    try {
      var ols = new OLSMultipleLinearRegression();
      ols.setNoIntercept(true);
      ols.newSampleData(zy, z);
      b = ols.estimateRegressionParameters();
      // commons-math's standard errors use n - (p + 1) degrees of freedom; the structure's columns
      // were spent before, so the variance is rescaled to n - k - p - 1.
      sigma2 = ols.calculateResidualSumOfSquares() / df;
      double[][] cov = ols.estimateRegressionParametersVariance();
      se = new double[p + 1];
      for (int j = 0; j <= p; j++) {
        se[j] = Math.sqrt(cov[j][j] * sigma2);
      }
    } catch (SingularMatrixException e) {
      return List.of();
    }
    int lags = Math.max(1, lagsChosenFrom);
    TDistribution td = new TDistribution(null, df);
    double q = td.inverseCumulativeProbability(1 - 0.025 / lags);
    List<Estimate> out = new ArrayList<>();
    for (int j = 1; j <= p; j++) {
      double scale = sd[j] / sd[0];
      double value = b[j] * scale;
      double s = se[j] * scale;
      double pv = Math.min(1, lags * 2 * td.cumulativeProbability(-Math.abs(b[j] / se[j])));
      out.add(new Estimate(value, s, value - q * s, value + q * s, pv));
    }
    return out;
  }

  private static double sd(double[] v) {
    double m = 0;
    for (double d : v) {
      m += d;
    }
    m /= v.length;
    double ss = 0;
    for (double d : v) {
      ss += (d - m) * (d - m);
    }
    return Math.sqrt(ss / (v.length - 1));
  }
}
