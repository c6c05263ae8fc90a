package org.painstats.stats;

import java.util.Locale;

/**
 * The Mann-Kendall test for a monotonic trend in a series, with the Hamed-Rao correction of its
 * variance for autocorrelation.
 *
 * <p>Statistic: {@code S = sum_{i<j} sign(y_j - y_i)} over the series in order, {@code tau = S /
 * (n(n-1)/2)}, {@code Var S = [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18} with t the sizes of groups of
 * tied values. Correction (Hamed and Rao 1998): remove the Theil-Sen trend ({@code y_i - slope *
 * position_i}), rank the detrended series (average ranks for ties), take the sample
 * autocorrelations {@code r_k} of the ranks (divisor n), and keep the lags k = 1..n-1 with {@code
 * |r_k| > 1.96 / sqrt(n)}: {@code n/n* = 1 + 2 / (n(n-1)(n-2)) sum_k (n-k)(n-k-1)(n-k-2) r_k},
 * corrected variance {@code Var S * n/n*}. {@code z = (S - sign(S)) / sqrt(variance)} (continuity
 * correction; 0 when S = 0) and p = 2 P(Z > |z|) for the standard normal Z.
 *
 * <p>Missing data: NaN values are dropped. S and the autocorrelations use the order of the
 * remaining values; the detrending uses their original positions (pymannkendall would renumber them
 * 1..n, which makes no difference without NaN).
 *
 * <p>Degenerate cases: fewer than 3 values give NaN fields; a constant series (variance 0) gives
 * NaN z and p-values; when the detrended series is constant (a perfect line) its autocorrelations
 * are taken as 0 (n/n* = 1); a correction that would make the variance 0 or negative gives NaN
 * corrected z and p-value.
 *
 * <p>Cost: O(n log n) for S and the autocorrelations (merge sort, FFT), plus the Theil-Sen slope
 * (O(n²) time, see {@link TheilSen}).
 *
 * <p>Reference: Hamed, K.H. and Rao, A.R. (1998) J. Hydrology 204:182-196; Kendall (1975) Rank
 * Correlation Methods. Same formulas as pymannkendall 1.4 {@code hamed_rao_modification_test(y)}
 * (default {@code lag=None}, {@code alpha=0.05}).
 *
 * @param s Kendall's S
 * @param tau {@code S / (n(n-1)/2)}
 * @param variance Var S under independence, with the tie correction
 * @param correctedVariance {@code variance * n/n*}
 * @param z the continuity-corrected statistic using the corrected variance
 * @param pValue two-sided p-value from z
 * @param pValueUncorrected two-sided p-value using the uncorrected variance
 * @param n values used
 */
public record MannKendall(
    double s,
    double tau,
    double variance,
    double correctedVariance,
    double z,
    double pValue,
    double pValueUncorrected,
    int n) {

  /** Tests the series y (positions 0, 1, 2, ... are its time order) for a monotonic trend. */
  public static MannKendall test(double[] y) {
    int[] rows = Inputs.completeRows(y);
    double[] v = Inputs.select(y, rows);
    int n = v.length;
    if (n < 3) {
      return new MannKendall(
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    long s = kendallS(v);
    double variance = (TheilSen.varianceTerm(n) - TheilSen.tieTerm(v)) / 18.0;
    double[] pos = Inputs.positions(rows);
    double slope = TheilSen.fitComplete(v, pos).slope();
    double[] detrended = new double[n];
    for (int i = 0; i < n; i++) {
      // 1-based positions as pymannkendall's np.arange(1, n + 1), so rounding (and thus ties
      // among the detrended values) is the same
      detrended[i] = v[i] - slope * (pos[i] + 1);
    }
    double ratio = 1 + 2 / ((double) n * (n - 1) * (n - 2)) * significantAcfSum(ranks(detrended));
    double corrected = variance * ratio;
    double z = score(s, corrected);
    return new MannKendall(
        s,
        s / (0.5 * n * (n - 1)),
        variance,
        corrected,
        z,
        Inference.normalTwoSided(z),
        Inference.normalTwoSided(score(s, variance)),
        n);
  }

  /**
   * {@code S = sum_{i<j} sign(v_j - v_i)} in O(n log n) (Knight 1966): of the n(n-1)/2 pairs, T are
   * tied, D in decreasing order (counted as inversions by a merge sort) and the rest increasing, so
   * S = (n(n-1)/2 - T - D) - D. Integer counts: exactly the pairwise sum.
   */
  static long kendallS(double[] v) {
    int n = v.length;
    double[] a = v.clone();
    long discordant = inversions(a, new double[n], 0, n);
    long tied = 0;
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && a[j] == a[i]) {
        j++;
      }
      tied += (long) (j - i) * (j - i - 1) / 2;
      i = j;
    }
    return (long) n * (n - 1) / 2 - tied - 2 * discordant;
  }

  /**
   * Sorts a[from..to) and returns the pairs i &lt; j with a[i] &gt; a[j] (ties are not counted).
   */
  private static long inversions(double[] a, double[] tmp, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long count = inversions(a, tmp, from, mid) + inversions(a, tmp, mid, to);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      if (a[j] < a[i]) {
        count += mid - i;
        tmp[k++] = a[j++];
      } else {
        tmp[k++] = a[i++];
      }
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < to) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, from, a, from, to - from);
    return count;
  }

  /**
   * {@code sum (n-k)(n-k-1)(n-k-2) r_k} over the lags whose autocorrelation is significant. The
   * lagged sums come from {@link LaggedProducts} (by FFT for long series); a lag whose r lies
   * within 1e-9 (relative) of the bound is summed again directly, so the choice of lags is exact.
   */
  private static double significantAcfSum(double[] ranks) {
    int n = ranks.length;
    double mean = Inputs.mean(ranks);
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = ranks[i] - mean;
    }
    double c0 = 0;
    for (double x : c) {
      c0 += x * x;
    }
    if (!(c0 > 0)) {
      return 0;
    }
    double bound = Inference.Z_975 / Math.sqrt(n);
    double[] sums = LaggedProducts.of(c, n - 1);
    boolean exact = LaggedProducts.direct(n, n - 1);
    double sum = 0;
    for (int k = 1; k < n; k++) {
      double r = sums[k] / c0;
      if (!exact && Math.abs(Math.abs(r) - bound) <= 1e-9 * bound) {
        r = LaggedProducts.at(c, k) / c0;
      }
      if (r > bound || r < -bound) {
        sum += (double) (n - k) * (n - k - 1) * (n - k - 2) * r;
      }
    }
    return sum;
  }

  /** The continuity-corrected z for S; NaN when the variance is not positive. */
  private static double score(long s, double variance) {
    if (!(variance > 0)) {
      return Double.NaN;
    }
    return s == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
  }

  /** Ranks 1..n, ties sharing their average rank (scipy's rankdata 'average'). */
  static double[] ranks(double[] a) {
    return Ranks.average(a);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Mann-Kendall S=%.0f tau=%.4f n=%d: z=%.4f p=%.4g (Hamed-Rao corrected, variance %.6g;"
            + " uncorrected variance %.6g, p=%.4g)",
        s,
        tau,
        n,
        z,
        pValue,
        correctedVariance,
        variance,
        pValueUncorrected);
  }
}
