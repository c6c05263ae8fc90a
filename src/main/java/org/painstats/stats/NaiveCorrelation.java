package org.painstats.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The plain correlation of two aligned series as a spreadsheet or {@code scipy.stats.spearmanr}
 * gives it: Spearman's and Pearson's coefficients over the complete pairs, and the textbook p-value
 * of Spearman's that assumes independent pairs ({@code t = rs sqrt((n - 2) / (1 - rs²))}, Student t
 * with n - 2 degrees of freedom).
 *
 * <p>Missing values: NaN marks a missing value; only complete pairs count. Degenerate cases (fewer
 * than 3 pairs, a constant series) give NaN coefficients and p-value.
 *
 * <p>Reference: {@code scipy.stats.spearmanr} and {@code scipy.stats.pearsonr} on the complete
 * pairs.
 *
 * @param n complete pairs
 * @param spearman Spearman's rank correlation
 * @param pearson Pearson's correlation
 * @param pValue two-sided textbook p-value of {@code spearman}
 */
public record NaiveCorrelation(int n, double spearman, double pearson, double pValue) {

  /**
   * The plain correlation of x and y (NaN = missing).
   *
   * @throws IllegalArgumentException if the series differ in length
   */
  public static NaiveCorrelation of(double[] x, double[] y) {
    boolean[] both = CompletePairs.mask(x, y);
    int n = 0;
    for (boolean b : both) {
      n += b ? 1 : 0;
    }
    double rs = Correlation.spearman(x, y);
    return new NaiveCorrelation(n, rs, Correlation.pearson(x, y), pValue(rs, n));
  }

  /** The two-sided t-approximation p-value of a correlation r over n independent pairs. */
  static double pValue(double r, int n) {
    if (Double.isNaN(r) || n < 3) {
      return Double.NaN;
    }
    if (Math.abs(r) >= 1) {
      return 0;
    }
    double t = Math.abs(r) * Math.sqrt((n - 2) / (1 - r * r));
    return 2 * new TDistribution(null, n - 2).cumulativeProbability(-t);
  }
}
