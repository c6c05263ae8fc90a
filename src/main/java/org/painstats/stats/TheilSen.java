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
 * <p>Cost: O(n²) time. Below {@value #ALL_SLOPES_BELOW} points every slope is stored and the three
 * order statistics selected; above, only the few percent of slopes near them are kept (see {@link
 * PairwiseSlopes}), with the same result to the last bit.
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

  /** Below this many points all slopes are stored and selected among; above, see below. */
  static final int ALL_SLOPES_BELOW = 1000;

  /** The Theil-Sen line of complete data (no NaN). */
  static TheilSen fitComplete(double[] y, double[] x) {
    int n = y.length;
    if (n < 3) {
      return new TheilSen(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    if (n < ALL_SLOPES_BELOW || !allFinite(y) || !allFinite(x)) {
      return fromAllSlopes(y, x);
    }
    double[][] sorted = sortedByX(y, x);
    double[] ys = sorted[0];
    double[] xs = sorted[1];
    long pairs = (long) n * (n - 1) / 2 - tiedPairs(xs);
    if (pairs == 0) {
      return new TheilSen(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    int m = Math.toIntExact(pairs);
    int[] ranks = bounds(m, x, y);
    double[] v =
        m % 2 == 1
            ? PairwiseSlopes.orderStatistics(ys, xs, m, m / 2, ranks[0], ranks[1])
            : PairwiseSlopes.orderStatistics(ys, xs, m, m / 2 - 1, m / 2, ranks[0], ranks[1]);
    double slope = m % 2 == 1 ? v[0] : (v[0] + v[1]) / 2;
    double intercept = Select.median(y.clone(), n) - slope * Select.median(x.clone(), n);
    return new TheilSen(slope, intercept, v[v.length - 2], v[v.length - 1], n);
  }

  /** Every slope stored, then the median and Sen's bounds selected. */
  static TheilSen fromAllSlopes(double[] y, double[] x) {
    int n = y.length;
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
    int[] ranks = bounds(m, x, y);
    double[] bounds = Select.orderStatistics(slopes, m, ranks[0], ranks[1]);
    return new TheilSen(slope, intercept, bounds[0], bounds[1], n);
  }

  /** The 0-based ranks of Sen's interval among m slopes: {lower, upper}. */
  private static int[] bounds(int m, double[] x, double[] y) {
    int n = y.length;
    double sigma = Math.sqrt((varianceTerm(n) - tieTerm(x) - tieTerm(y)) / 18.0);
    double z = -Inference.Z_975;
    int ru = Math.min((int) Math.rint((m - z * sigma) / 2), m - 1);
    int rl = Math.max((int) Math.rint((m + z * sigma) / 2) - 1, 0);
    return new int[] {rl, ru};
  }

  private static boolean allFinite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** {y, x} reordered by increasing x (as given when x already increases). */
  private static double[][] sortedByX(double[] y, double[] x) {
    boolean increasing = true;
    for (int i = 1; i < x.length && increasing; i++) {
      increasing = x[i] >= x[i - 1];
    }
    if (increasing) {
      return new double[][] {y, x};
    }
    int[] order = RadixSort.order(x);
    double[] ys = new double[x.length];
    double[] xs = new double[x.length];
    for (int i = 0; i < order.length; i++) {
      ys[i] = y[order[i]];
      xs[i] = x[order[i]];
    }
    return new double[][] {ys, xs};
  }

  /** Pairs with equal x among x sorted ascending. */
  private static long tiedPairs(double[] xs) {
    long tied = 0;
    int i = 0;
    while (i < xs.length) {
      int j = i + 1;
      while (j < xs.length && xs[j] == xs[i]) {
        j++;
      }
      tied += (long) (j - i) * (j - i - 1) / 2;
      i = j;
    }
    return tied;
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
