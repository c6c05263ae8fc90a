package org.painstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /**
   * The plain correlations of factors, each at several lags, against one outcome: {@code
   * of(lagged(x), y)} for each lag (x_{t-lag} paired with y_t), with y and each x sorted once and
   * the complete pairs of each lag ranked from those orders in O(n).
   *
   * @param y the outcome by calendar day (NaN = missing); copied
   */
  public static Lagged against(double[] y) {
    return new Lagged(y.clone());
  }

  /** See {@link #against}. */
  public static final class Lagged {
    private final double[] y;
    private final Ranks.Order yOrder;

    private Lagged(double[] y) {
      this.y = y;
      this.yOrder = Ranks.Order.of(y);
    }

    /**
     * The correlations of x moved later by each lag with the outcome, in the order of the lags.
     *
     * @throws IllegalArgumentException if x and y differ in length or a lag is negative
     */
    public List<NaiveCorrelation> of(double[] x, List<Integer> lags) {
      Inputs.requireSameLength("x", x, "y", y);
      Ranks.Order xOrder = Ranks.Order.of(x);
      List<NaiveCorrelation> out = new ArrayList<>(lags.size());
      for (int lag : lags) {
        if (lag < 0) {
          throw new IllegalArgumentException("lag is " + lag + "; pass 0 or more days");
        }
        double[] lagged = new double[x.length];
        Arrays.fill(lagged, Double.NaN);
        if (lag < x.length) {
          System.arraycopy(x, 0, lagged, lag, x.length - lag);
        }
        boolean[] both = CompletePairs.mask(lagged, y);
        int n = CompletePairs.count(both);
        double rs =
            Correlation.pearsonOfComplete(xOrder.ranksWhere(both, lag), yOrder.ranksWhere(both, 0));
        double r =
            Correlation.pearsonOfComplete(
                CompletePairs.select(lagged, both), CompletePairs.select(y, both));
        out.add(new NaiveCorrelation(n, rs, r, pValue(rs, n)));
      }
      return out;
    }
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
