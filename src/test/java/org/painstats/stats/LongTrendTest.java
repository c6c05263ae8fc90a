package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The trend machinery for long series gives what the straightforward O(n²) code gives: Theil-Sen
 * slopes and bounds bit for bit ({@link PairwiseSlopes} against storing every slope), Kendall's S
 * exactly (merge sort against the double loop), the Hamed-Rao correction to rounding (FFT against
 * direct autocorrelations).
 */
class LongTrendTest {

  private static double[] integerPain(long seed, int n, double perDay) {
    Lcg g = new Lcg(seed);
    double[] noise = g.ar1(n, 0.6, 1.2);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.max(0, Math.min(10, Math.rint(5 + perDay * i + noise[i])));
    }
    return y;
  }

  private static double[] days(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  private static void assertSameFit(double[] y, double[] x) {
    TheilSen expected = TheilSen.fromAllSlopes(y, x);
    TheilSen actual = TheilSen.fitComplete(y, x);
    assertEquals(expected.slope(), actual.slope(), 0, "slope");
    assertEquals(expected.slopeLow(), actual.slopeLow(), 0, "low");
    assertEquals(expected.slopeHigh(), actual.slopeHigh(), 0, "high");
    assertEquals(expected.intercept(), actual.intercept(), 0, "intercept");
  }

  @Test
  void theilSenOfIntegerPainOverTenYearsIsThatOfAllSlopes() {
    assertSameFit(integerPain(1, 3650, 0), days(3650)); // median slope 0, heavily tied
    assertSameFit(integerPain(2, 3001, -0.0008), days(3001)); // odd number of pairs
  }

  @Test
  void theilSenOfContinuousDataWithTiedUnsortedXIsThatOfAllSlopes() {
    Lcg g = new Lcg(3);
    int n = 1500;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.floor(g.uniform() * 400) * 0.1; // unsorted, many ties, inexact decimals
      y[i] = 0.3 * x[i] + g.normal();
    }
    assertSameFit(y, x);
  }

  /** Every slope of points sorted by x, sorted: the reference for any order statistic. */
  private static double[] allSlopes(double[] y, double[] x) {
    int n = y.length;
    double[] s = new double[n * (n - 1) / 2];
    int m = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dx = x[j] - x[i];
        if (dx != 0) {
          s[m++] = dx > 0 ? (y[j] - y[i]) / dx : (y[i] - y[j]) / -dx;
        }
      }
    }
    s = java.util.Arrays.copyOf(s, m);
    java.util.Arrays.sort(s);
    return s;
  }

  @Test
  void gridSlopesGiveAnyOrderStatisticOfHalfPointsWithTiedDays() {
    Lcg g = new Lcg(9);
    int n = 900;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.floor(i / 3.0); // three entries a day, increasing
      y[i] = Math.rint(2 * (5 + 0.004 * i + 1.5 * g.normal())) / 2;
    }
    double[] sorted = allSlopes(y, x);
    int m = sorted.length;
    long[] ranks = {0, 1, m / 3, m / 2 - 1, m / 2, m - 2, m - 1};
    double[] got = GridSlopes.orderStatistics(y, x, m, ranks);
    assertNotNull(got, "on the grid");
    for (int i = 0; i < ranks.length; i++) {
      assertEquals(sorted[(int) ranks[i]], got[i], 0, "rank " + ranks[i]);
    }
    double[] tenths = new double[n];
    for (int i = 0; i < n; i++) {
      tenths[i] = 0.1 * i;
    }
    assertNull(GridSlopes.orderStatistics(tenths, x, m, ranks), "0.1 steps are not on a grid");
  }

  @Test
  void kendallSIsThePairwiseSum() {
    for (double[] v :
        new double[][] {integerPain(4, 2000, 0.001), new Lcg(5).ar1(777, 0.3, 1), {1, 1, 1, 1}}) {
      long s = 0;
      for (int i = 0; i < v.length; i++) {
        for (int j = i + 1; j < v.length; j++) {
          s += v[j] > v[i] ? 1 : (v[j] < v[i] ? -1 : 0);
        }
      }
      assertEquals(s, MannKendall.kendallS(v));
    }
  }

  /** Hamed-Rao's n/n* from direct O(n²) autocorrelations of the ranks, as first written. */
  private static double directRatio(double[] v) {
    int n = v.length;
    double slope = TheilSen.fromAllSlopes(v, days(n)).slope();
    double[] detrended = new double[n];
    for (int i = 0; i < n; i++) {
      detrended[i] = v[i] - slope * (i + 1);
    }
    double[] ranks = MannKendall.ranks(detrended);
    double mean = Inputs.mean(ranks);
    double[] c = new double[n];
    double c0 = 0;
    for (int i = 0; i < n; i++) {
      c[i] = ranks[i] - mean;
      c0 += c[i] * c[i];
    }
    double bound = Inference.Z_975 / Math.sqrt(n);
    double sum = 0;
    for (int k = 1; k < n; k++) {
      double ck = 0;
      for (int i = 0; i + k < n; i++) {
        ck += c[i] * c[i + k];
      }
      double r = ck / c0;
      if (r > bound || r < -bound) {
        sum += (double) (n - k) * (n - k - 1) * (n - k - 2) * r;
      }
    }
    return 1 + 2 / ((double) n * (n - 1) * (n - 2)) * sum;
  }

  @Test
  void hamedRaoCorrectionOfTenYearsEqualsTheDirectComputation() {
    double[] v = integerPain(6, 3650, 0.0003);
    MannKendall m = MannKendall.test(v);
    assertEquals(directRatio(v), m.correctedVariance() / m.variance(), 1e-12);
  }
}
