package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The REML criterion of {@link Ar1Reml} and the grid search of {@link Ar1Regression}: {@link
 * RemlScreen} skips only grid points that are not the maximum.
 */
class Ar1RemlTest {

  /** Days 0..n-1 with about a tenth missing, as gaps[i] = t[i] - t[i-1]. */
  private static double[] days(Lcg r, int n) {
    double[] t = new double[n];
    double day = 0;
    for (int i = 0; i < n; i++) {
      t[i] = day;
      day += r.uniform() < 0.1 ? 2 + (int) (r.uniform() * 4) : 1;
    }
    return t;
  }

  private static double[] gaps(double[] t) {
    double[] g = new double[t.length];
    for (int i = 1; i < t.length; i++) {
      g[i] = t[i] - t[i - 1];
    }
    return g;
  }

  @Test
  void singularDesignHasNoCriterion() {
    int n = 30;
    double[] y = new Lcg(9).ar1(n, 0.5, 1);
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = new double[] {1, 2};
    }
    double[] gaps = new double[n];
    java.util.Arrays.fill(gaps, 1);
    assertEquals(Double.NEGATIVE_INFINITY, new Ar1Reml(y, rows, gaps).at(0.3));
  }

  /** The screened grid search finds the grid point of evaluating every point, with its value. */
  @Test
  void screenedGridFindsTheSameMaximumAsTheFullGrid() {
    Lcg r = new Lcg(10);
    for (int trial = 0; trial < 24; trial++) {
      boolean segmented = trial % 2 == 1;
      int n = segmented ? 60 + 40 * trial : 90 + 150 * trial;
      double phi = 0.95 * r.uniform();
      double[] t = days(r, n);
      double[] y = r.ar1(n, phi, 1.2);
      double[][] rows = new double[n][];
      for (int i = 0; i < n; i++) {
        double d = i >= n / 2 ? 1 : 0;
        double s = t[i] - t[n / 2];
        y[i] = Math.rint(5 + y[i] + d);
        rows[i] =
            segmented ? new double[] {1, s, d, s * d} : new double[] {1, r.uniform() < 0.3 ? 1 : 0};
      }
      double[] g = gaps(t);
      Ar1Reml reml = new Ar1Reml(y, rows, g);
      double[] full = Ar1Regression.gridMaximum(reml, null);
      double[] screened = Ar1Regression.gridMaximum(reml, new RemlScreen(y, rows, g));
      assertEquals(full[0], screened[0], 0, "rho, trial " + trial);
      assertEquals(full[1], screened[1], 0, "value, trial " + trial);
    }
  }

  /**
   * The criterion from cross-products finds the REML rho of the exact criterion, on designs like
   * the calendar structure's (weekday indicators, slow cosines, gaps): within 1e-6, the precision
   * to which either is located on a criterion this flat (the two differed by at most 2.4e-8 when
   * written).
   */
  @Test
  void crossProductCriterionFindsTheExactRho() {
    Lcg r = new Lcg(11);
    for (int trial = 0; trial < 12; trial++) {
      int n = 120 + 110 * trial;
      double phi = 0.95 * r.uniform();
      double[] t = days(r, n);
      double[] y = r.ar1(n, phi, 1.0);
      int terms = 1 + trial % 6;
      double[][] rows = new double[n][2 + terms + 6];
      for (int i = 0; i < n; i++) {
        int weekday = (int) t[i] % 7;
        rows[i][0] = 1;
        rows[i][1] = t[i] / t[n - 1];
        for (int c = 1; c <= terms; c++) {
          rows[i][1 + c] = Math.cos(Math.PI * c * (t[i] + 0.5) / (t[n - 1] + 1));
        }
        if (weekday > 0) {
          rows[i][1 + terms + weekday] = 1;
        }
        y[i] += 0.4 * (weekday == 5 ? 1 : 0);
      }
      double[] g = gaps(t);
      RemlScreen screen = new RemlScreen(y, rows, g);
      double fast = Ar1Regression.fastMaximum(screen);
      double exact = Ar1Regression.exactMaximum(new Ar1Reml(y, rows, g), screen);
      assertEquals(exact, fast, 1e-6, "trial " + trial);
    }
  }
}
