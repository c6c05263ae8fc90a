package org.painstats.stats;

import java.util.Arrays;

/**
 * Average ranks (1 = smallest) of the present values of a series, ties sharing the mean of the
 * ranks they span; NaN values keep NaN and take no rank.
 *
 * <p>This is the ranking of {@code scipy.stats.rankdata(method='average')} and R {@code
 * rank(ties.method = "average")} applied to the non-NaN values.
 *
 * <p>The values are ordered by {@link RadixSort}: O(n), and no boxing.
 */
final class Ranks {

  private Ranks() {}

  static double[] average(double[] values) {
    int present = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        present++;
      }
    }
    double[] kept = new double[present];
    int[] position = new int[present];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        kept[k] = values[i];
        position[k++] = i;
      }
    }
    int[] order = RadixSort.order(kept);
    double[] ranks = new double[values.length];
    Arrays.fill(ranks, Double.NaN);
    int start = 0;
    while (start < present) {
      int end = start + 1;
      while (end < present && kept[order[end]] == kept[order[start]]) {
        end++;
      }
      // positions start..end-1 hold ties; their ranks are start+1..end, whose mean is below
      double rank = (start + 1 + end) / 2.0;
      for (int j = start; j < end; j++) {
        ranks[position[order[j]]] = rank;
      }
      start = end;
    }
    return ranks;
  }

  /**
   * The present values of a series in increasing order, so that any subset of them is ranked in
   * O(n) without sorting again.
   */
  static final class Order {
    private final double[] values;
    private final int[] positions;

    private Order(double[] values, int[] positions) {
      this.values = values;
      this.positions = positions;
    }

    /** The order of the present (non-NaN) values of a series. */
    static Order of(double[] series) {
      int present = 0;
      for (double v : series) {
        if (!Double.isNaN(v)) {
          present++;
        }
      }
      double[] kept = new double[present];
      int[] position = new int[present];
      int k = 0;
      for (int i = 0; i < series.length; i++) {
        if (!Double.isNaN(series[i])) {
          kept[k] = series[i];
          position[k++] = i;
        }
      }
      int[] order = RadixSort.order(kept);
      double[] values = new double[present];
      int[] positions = new int[present];
      for (int i = 0; i < present; i++) {
        values[i] = kept[order[i]];
        positions[i] = position[order[i]];
      }
      return new Order(values, positions);
    }

    /**
     * The average ranks, among themselves, of the values at the positions p with {@code keep[p +
     * shift]}, in order of position: {@link #average} of those values, without its sort. Every kept
     * position t must hold a value: t - shift is present in the series.
     */
    double[] ranksWhere(boolean[] keep, int shift) {
      int m = 0;
      double[] sortedValues = new double[values.length];
      int[] target = new int[values.length];
      for (int i = 0; i < values.length; i++) {
        int t = positions[i] + shift;
        if (t < keep.length && keep[t]) {
          sortedValues[m] = values[i];
          target[m++] = t;
        }
      }
      double[] byPosition = new double[keep.length];
      int start = 0;
      while (start < m) {
        int end = start + 1;
        while (end < m && sortedValues[end] == sortedValues[start]) {
          end++;
        }
        double rank = (start + 1 + end) / 2.0;
        for (int j = start; j < end; j++) {
          byPosition[target[j]] = rank;
        }
        start = end;
      }
      double[] ranks = new double[m];
      int k = 0;
      for (int t = 0; t < keep.length; t++) {
        if (keep[t]) {
          ranks[k++] = byPosition[t];
        }
      }
      return ranks;
    }
  }
}
