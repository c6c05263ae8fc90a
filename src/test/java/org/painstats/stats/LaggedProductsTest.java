package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link LaggedProducts} and {@link Fft}: the FFT route agrees with direct summation to rounding
 * (1e-12 relative to the lag-0 sum), and pair counts are exact by every route.
 */
class LaggedProductsTest {

  /** An AR(1) series with a share of days missing (NaN). */
  private static double[] gappy(long seed, int n, double missing) {
    Lcg r = new Lcg(seed);
    double[] x = r.ar1(n, 0.7, 1.0);
    for (int t = 0; t < n; t++) {
      if (r.uniform() < missing) {
        x[t] = Double.NaN;
      }
    }
    return x;
  }

  private static double[] zeroFilled(double[] x) {
    double[] d = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      d[t] = Double.isNaN(x[t]) ? 0 : x[t] + 3; // off-centre, the harder case for the FFT
    }
    return d;
  }

  private static boolean[] present(double[] x) {
    boolean[] p = new boolean[x.length];
    for (int t = 0; t < x.length; t++) {
      p[t] = !Double.isNaN(x[t]);
    }
    return p;
  }

  /** The definition: acf(k) = ((N - k)/N) (sum over pairs of d_t d_{t-k} / P(k)) / (c0 / M). */
  private static double[] directAcf(double[] x, int maxLag) {
    double sum = 0;
    int m = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sum += v;
        m++;
      }
    }
    double mean = sum / m;
    double c0 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        c0 += (v - mean) * (v - mean);
      }
    }
    int n = x.length;
    double[] acf = new double[maxLag + 1];
    for (int k = 0; k <= maxLag; k++) {
      double ck = 0;
      int pairs = 0;
      for (int t = k; t < n; t++) {
        if (!Double.isNaN(x[t]) && !Double.isNaN(x[t - k])) {
          ck += (x[t] - mean) * (x[t - k] - mean);
          pairs++;
        }
      }
      acf[k] = pairs == 0 ? Double.NaN : (n - k) / (double) n * (ck / pairs) / (c0 / m);
    }
    acf[0] = 1;
    return acf;
  }

  @Test
  void fftMatchesTheDefinitionOfTheDiscreteFourierTransform() {
    Lcg r = new Lcg(3);
    int n = 64;
    double[] re = new double[n];
    double[] im = new double[n];
    for (int t = 0; t < n; t++) {
      re[t] = r.normal();
      im[t] = r.normal();
    }
    double[] fr = re.clone();
    double[] fi = im.clone();
    Fft.transform(fr, fi, false);
    for (int k = 0; k < n; k++) {
      double sr = 0;
      double si = 0;
      for (int t = 0; t < n; t++) {
        double a = -2 * Math.PI * k * t / n;
        sr += re[t] * Math.cos(a) - im[t] * Math.sin(a);
        si += re[t] * Math.sin(a) + im[t] * Math.cos(a);
      }
      assertEquals(sr, fr[k], 1e-12, "re " + k);
      assertEquals(si, fi[k], 1e-12, "im " + k);
    }
    Fft.transform(fr, fi, true);
    assertArrayEquals(re, fr, 1e-14);
    assertArrayEquals(im, fi, 1e-14);
  }

  @Test
  void fftSumsEqualDirectSumsOnLongSeriesWithGaps() {
    double[] a = zeroFilled(gappy(11, 3650, 0.1));
    double[] b = zeroFilled(gappy(12, 3650, 0.3));
    int maxLag = 730;
    assertFalse(LaggedProducts.direct(a.length, maxLag), "the FFT route is taken");
    double[][] sums = LaggedProducts.of(a, b, maxLag);
    for (int k = 0; k <= maxLag; k++) {
      assertEquals(LaggedProducts.at(a, k), sums[0][k], 1e-12 * sums[0][0], "a, lag " + k);
      assertEquals(LaggedProducts.at(b, k), sums[1][k], 1e-12 * sums[1][0], "b, lag " + k);
    }
  }

  @Test
  void directSumsAreThoseOfAPlainLoop() {
    double[] a = zeroFilled(gappy(13, 60, 0.2));
    assertTrue(LaggedProducts.direct(a.length, 12));
    double[] sums = LaggedProducts.of(a, 12);
    for (int k = 0; k <= 12; k++) {
      assertEquals(LaggedProducts.at(a, k), sums[k], 0, "lag " + k);
    }
  }

  @Test
  void pairCountsAreExactByEveryRoute() {
    // few gaps (from the missing positions), many (by FFT), short series (direct), none
    double[][] series = {
      gappy(21, 3650, 0.05), gappy(22, 3650, 0.6), gappy(23, 50, 0.5), gappy(24, 500, 0)
    };
    for (double[] x : series) {
      boolean[] p = present(x);
      int maxLag = x.length / 5;
      int[] expected = new int[maxLag + 1];
      for (int k = 0; k <= maxLag; k++) {
        for (int t = k; t < p.length; t++) {
          if (p[t] && p[t - k]) {
            expected[k]++;
          }
        }
      }
      assertArrayEquals(expected, LaggedProducts.pairCounts(p, maxLag), "n = " + x.length);
    }
  }

  @Test
  void acfOfALongGappySeriesEqualsTheDirectComputation() {
    double[] x = gappy(31, 3650, 0.15);
    double[] expected = directAcf(x, 730);
    double[] acf = Autocorrelation.acf(x, 730);
    for (int k = 0; k <= 730; k++) {
      assertEquals(expected[k], acf[k], 1e-12, "lag " + k);
    }
  }

  @Test
  void lagsAtTheCriticalValueAreSummedDirectly() {
    double[] x = gappy(41, 2000, 0.1);
    double[] y = gappy(41, 2000, 0.1); // same gaps
    Lcg r = new Lcg(42);
    for (int t = 0; t < y.length; t++) {
      if (!Double.isNaN(y[t])) {
        y[t] = r.normal();
      }
    }
    int maxLag = 400;
    double[] expectedX = directAcf(x, maxLag);
    double[] expectedY = directAcf(y, maxLag);
    int[] pairs = LaggedProducts.pairCounts(present(x), maxLag);
    for (int k : new int[] {1, 7, 150}) {
      double critical = Math.abs(expectedX[k]);
      double[][] acfs = Autocorrelation.acfOfPair(x, y, maxLag, pairs, critical);
      assertEquals(expectedX[k], acfs[0][k], 0, "lag " + k + " is bit for bit the direct one");
      double criticalY = Math.abs(expectedY[k]);
      acfs = Autocorrelation.acfOfPair(x, y, maxLag, pairs, criticalY);
      assertEquals(expectedY[k], acfs[1][k], 0, "lag " + k + " of y");
    }
  }
}
