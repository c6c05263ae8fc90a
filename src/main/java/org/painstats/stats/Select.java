package org.painstats.stats;

import java.util.Arrays;

/**
 * In-place selection of order statistics (Hoare's quickselect with median-of-three pivots), so that
 * the median of millions of pairwise slopes needs no full sort.
 */
final class Select {
  private Select() {}

  /**
   * Rearranges {@code a[from..to)} so that {@code a[k]} holds the value a sort would put there, no
   * element before it is greater and none after it is smaller; returns {@code a[k]}. Expected time
   * linear in {@code to - from}. No NaN allowed.
   */
  static double kth(double[] a, int from, int to, int k) {
    int lo = from;
    int hi = to - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      // Median of three to a[mid]; a[lo] <= a[mid] <= a[hi] afterwards.
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  /**
   * The values that {@code a[0..n)} would hold at the indices {@code ks} once sorted; reorders a.
   * Each index is found within the part left by the previous ones, so several order statistics cost
   * little more than one.
   */
  static double[] orderStatistics(double[] a, int n, int... ks) {
    int[] sorted = ks.clone();
    Arrays.sort(sorted);
    int from = 0;
    for (int k : sorted) {
      if (k < 0 || k >= n) {
        throw new IndexOutOfBoundsException("order statistic " + k + " of " + n + " values");
      }
      kth(a, from, n, k);
      from = k;
    }
    double[] out = new double[ks.length];
    for (int i = 0; i < ks.length; i++) {
      out[i] = a[ks[i]];
    }
    return out;
  }

  /** The median of {@code a[0..n)} (mean of the two middle values when n is even); reorders a. */
  static double median(double[] a, int n) {
    if (n == 0) {
      return Double.NaN;
    }
    if (n % 2 == 1) {
      return kth(a, 0, n, n / 2);
    }
    double[] mid = orderStatistics(a, n, n / 2 - 1, n / 2);
    return (mid[0] + mid[1]) / 2;
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
