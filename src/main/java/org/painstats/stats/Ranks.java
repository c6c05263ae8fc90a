package org.painstats.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Average ranks (1 = smallest) of the present values of a series, ties sharing the mean of the
 * ranks they span; NaN values keep NaN and take no rank.
 *
 * <p>This is the ranking of {@code scipy.stats.rankdata(method='average')} and R {@code
 * rank(ties.method = "average")} applied to the non-NaN values.
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
    Integer[] order = new Integer[present];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        order[k++] = i;
      }
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    Arrays.fill(ranks, Double.NaN);
    int start = 0;
    while (start < present) {
      int end = start + 1;
      while (end < present && values[order[end]] == values[order[start]]) {
        end++;
      }
      // positions start..end-1 hold ties; their ranks are start+1..end, whose mean is below
      double rank = (start + 1 + end) / 2.0;
      for (int j = start; j < end; j++) {
        ranks[order[j]] = rank;
      }
      start = end;
    }
    return ranks;
  }
}
