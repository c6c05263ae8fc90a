package org.painstats.analysis;

import java.util.HashMap;
import java.util.Map;

/** Means, counts and spreads of daily series with NaN for missing days. */
final class Series {
  private Series() {}

  /** The mean of the values present, NaN if none. */
  static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** The number of values present. */
  static int count(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The sample standard deviation of the values present, NaN with fewer than two. */
  static double sd(double[] x) {
    double m = mean(x);
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += (v - m) * (v - m);
        n++;
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(s / (n - 1));
  }

  /** The mean of y on the days where the group equals {@code value}. */
  static double meanWhere(double[] y, double[] group, double value) {
    double s = 0;
    int n = 0;
    for (int t = 0; t < y.length; t++) {
      if (group[t] == value && !Double.isNaN(y[t])) {
        s += y[t];
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** y minus the mean of its group; NaN where y is missing or the day has no group. */
  static double[] minusGroupMeans(double[] y, String[] group) {
    Map<String, double[]> sums = new HashMap<>();
    for (int t = 0; t < y.length; t++) {
      if (group[t] != null && !Double.isNaN(y[t])) {
        double[] s = sums.computeIfAbsent(group[t], k -> new double[2]);
        s[0] += y[t];
        s[1]++;
      }
    }
    double[] out = new double[y.length];
    for (int t = 0; t < y.length; t++) {
      out[t] =
          group[t] == null || Double.isNaN(y[t])
              ? Double.NaN
              : y[t] - sums.get(group[t])[0] / sums.get(group[t])[1];
    }
    return out;
  }
}
