package org.painstats.stats;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Theil-Sen slope of y against x, the median of the slopes between all pairs of points, with
 * Sen's 95% confidence interval; robust to outliers and to skewed pain scores.
 *
 * <p>Slope: the median of {@code (y_j - y_i) / (x_j - x_i)} over pairs with {@code x_i != x_j} (N
 * pairs). Intercept: {@code median(y) - slope * median(x)}. Interval: with {@code sigma² =
 * [n(n-1)(2n+5) - sum_x t(t-1)(2t+5) - sum_y t(t-1)(2t+5)] / 18} (t the sizes of groups of tied x
 * and of tied y), the sorted slopes at 0-based ranks {@code round((N - z sigma)/2) - 1} and {@code
 * round((N + z sigma)/2)}, z = 1.96, clipped to the available ranks; round is half-to-even, as
 * numpy's. Sen's interval assumes independent residuals; for a daily series it is too narrow when
 * the series is autocorrelated (see {@link MannKendall} for an autocorrelation-corrected test).
 *
 * <p>Missing data: pairs (x, y) with a NaN are dropped. Degenerate cases: fewer than 3 points or
 * all x equal give NaN fields.
 *
 * <p>Cost: O(n²) memory and time for the slopes (selection, not sorting): n = 3,650 days take about
 * 0.1 s.
 *
 * <p>Reference: Sen, P.K. (1968) JASA 63:1379-1389, eq. 2.6; Theil (1950). Same as scipy 1.10
 * {@code scipy.stats.theilslopes(y, x, alpha=0.95)} (note: y first).
 *
 * @param slope the median pairwise slope, y units per x unit
 * @param intercept {@code median(y) - slope * median(x)}
 * @param slopeLow lower end of the 95% interval of the slope
 * @param slopeHigh upper end
 * @param n points used
 */
public record TheilSen(double slope, double intercept, double slopeLow, double slopeHigh, int n) {

  /**
   * The Theil-Sen line of y against x.
   *
   * @throws IllegalArgumentException when y and x differ in length
   */
  public static TheilSen fit(double[] y, double[] x) {
    Inputs.requireSameLength("y", y, "x", x);
    int[] rows = Inputs.completeRows(y, x);
    return fitComplete(Inputs.select(y, rows), Inputs.select(x, rows));
  }

  /** The Theil-Sen line of y against its position (0, 1, 2, ...; a NaN keeps its position). */
  public static TheilSen fit(double[] y) {
    int[] rows = Inputs.completeRows(y);
    return fitComplete(Inputs.select(y, rows), Inputs.positions(rows));
  }

  /** The Theil-Sen line of complete data (no NaN). */
  static TheilSen fitComplete(double[] y, double[] x) {
    int n = y.length;
    if (n < 3) {
      return new TheilSen(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    double[] slopes = new double[(int) ((long) n * (n - 1) / 2)];
    int m = 0;
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double yi = y[i];
      for (int j = i + 1; j < n; j++) {
        double dx = x[j] - xi;
        if (dx != 0) {
          slopes[m++] = dx > 0 ? (y[j] - yi) / dx : (yi - y[j]) / -dx;
        }
      }
    }
    if (m == 0) {
      return new TheilSen(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    double slope = Select.median(slopes, m);
    double intercept = Select.median(y.clone(), n) - slope * Select.median(x.clone(), n);
    double sigma = Math.sqrt((varianceTerm(n) - tieTerm(x) - tieTerm(y)) / 18.0);
    double z = -Inference.Z_975;
    int ru = Math.min((int) Math.rint((m - z * sigma) / 2), m - 1);
    int rl = Math.max((int) Math.rint((m + z * sigma) / 2) - 1, 0);
    double[] bounds = Select.orderStatistics(slopes, m, rl, ru);
    return new TheilSen(slope, intercept, bounds[0], bounds[1], n);
  }

  /** {@code n(n-1)(2n+5)}, the no-ties numerator of the variance of Kendall's S. */
  static double varianceTerm(long n) {
    return (double) n * (n - 1) * (2 * n + 5);
  }

  /** {@code sum t(t-1)(2t+5)} over the groups of tied values of a. */
  static double tieTerm(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    double sum = 0;
    int i = 0;
    while (i < s.length) {
      int j = i + 1;
      while (j < s.length && s[j] == s[i]) {
        j++;
      }
      sum += varianceTerm(j - i);
      i = j;
    }
    return sum;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Theil-Sen slope %.4g (95%% CI %.4g to %.4g), intercept %.4g, n=%d",
        slope,
        slopeLow,
        slopeHigh,
        intercept,
        n);
  }
}
