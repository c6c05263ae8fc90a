package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values: src/test/resources/reference/mean_difference.py (numpy REML with dense AR(1)
 * matrices in ar1_reml.py, statsmodels 0.13.5 GLS, scipy 1.10.1 t distribution).
 */
class MeanDifferenceTest {
  private static final double NAN = Double.NaN;

  /** mean_difference.py data(): seed 21, n = 200, persistent activity, NaN at fixed rows. */
  static double[][] data() {
    Lcg gen = new Lcg(21);
    int n = 200;
    double[] g = new double[n];
    g[0] = gen.uniform() < 0.5 ? 1.0 : 0.0;
    for (int i = 1; i < n; i++) {
      g[i] = gen.uniform() < 0.8 ? g[i - 1] : 1.0 - g[i - 1];
    }
    double[] noise = gen.ar1(n, 0.6, 1.0);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 4 + 0.7 * g[i] + noise[i];
    }
    for (int i = 0; i < n; i++) {
      if (i % 13 == 4) {
        y[i] = NAN;
      }
      if (i % 31 == 10) {
        g[i] = NAN;
      }
    }
    return new double[][] {y, g};
  }

  @Test
  void differenceOfMeansWithAutocorrelationAwareIntervalMatchesReference() {
    double[][] d = data();
    MeanDifference m = MeanDifference.of(d[0], d[1]);
    // mean_difference.py: counts and plain means of the kept rows
    assertEquals(85, m.nWith());
    assertEquals(93, m.nWithout());
    Approx.assertRel(4.573241194996937, m.meanWith(), 1e-13, "meanWith");
    Approx.assertRel(4.033975372801837, m.meanWithout(), 1e-13, "meanWithout");
    // the OLS slope of y on [1, g], equal to the difference of means
    Approx.assertRel(0.539265822195101, m.difference(), 1e-12, "difference");
    // REML rho (grid 0.001 + scipy bounded Brent, xatol 1e-12) on days with gaps
    Approx.assertRel(0.6728353977983231, m.rho(), 1e-7, "rho");
    // se = sqrt(sigma2 (X'X)^-1 X' S X (X'X)^-1)[1,1], sigma2 = statsmodels GLS(y, X, S).scale;
    // CI and p from scipy.stats.t with n - 2 = 176 df
    Approx.assertRel(0.30884496473239403, m.standardError(), 1e-7, "se");
    Approx.assertRel(-0.07025033617281073, m.ciLow(), 1e-6, "ciLow");
    Approx.assertRel(1.1487819805630126, m.ciHigh(), 1e-7, "ciHigh");
    Approx.assertRel(0.0825431229408118, m.pValue(), 1e-6, "p");
  }

  @Test
  void aGroupWithTooFewDaysGivesMeansButNoInterval() {
    double[] y = {3, 4, 5, 4, 6, 5, 4};
    double[] g = {0, 0, 1, 0, 0, 0, 0};
    MeanDifference m = MeanDifference.of(y, g);
    assertEquals(5.0, m.meanWith(), 0);
    assertEquals(1, m.nWith());
    assertEquals(5.0 - 26.0 / 6, m.difference(), 1e-12); // 5 minus the mean of the six 0-days
    assertTrue(Double.isNaN(m.pValue()));
    assertTrue(Double.isNaN(m.ciLow()));
  }

  @Test
  void noDaysWithTheActivityGivesNaNDifference() {
    MeanDifference m = MeanDifference.of(new double[] {3, 4, 5}, new double[] {0, 0, 0});
    assertEquals(0, m.nWith());
    assertTrue(Double.isNaN(m.meanWith()));
    assertTrue(Double.isNaN(m.difference()));
    MeanDifference none = MeanDifference.of(new double[] {NAN, NAN}, new double[] {1, 0});
    assertTrue(Double.isNaN(none.difference()));
  }

  @Test
  void constantPainGivesZeroDifferenceAndNoTest() {
    double[] y = {4, 4, 4, 4, 4, 4};
    double[] g = {1, 0, 1, 0, 1, 0};
    MeanDifference m = MeanDifference.of(y, g);
    assertEquals(0.0, m.difference(), 0);
    assertTrue(Double.isNaN(m.pValue()));
  }

  @Test
  void callerMistakesAreExplained() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MeanDifference.of(new double[3], new double[] {0, 1, 2}));
    assertTrue(e.getMessage().contains("group[2] is 2.0"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> MeanDifference.of(new double[3], new double[2]));
  }
}
