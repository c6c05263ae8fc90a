package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values: src/test/resources/reference/segmented_regression.py (numpy REML with dense
 * AR(1) matrices in ar1_reml.py, statsmodels 0.13.5 GLS given rho, scipy 1.10.1 t with n - 4 df).
 */
class SegmentedRegressionTest {
  private static final double NAN = Double.NaN;

  /** segmented_regression.py data(): seed 31, baseline days 0..44, gap 45..49, phase 50..109. */
  static double[][] data() {
    Lcg gen = new Lcg(31);
    int n = 110;
    double[] noise = gen.ar1(n, 0.6, 1.2);
    double[] y = new double[n];
    double[] t = new double[n];
    double[] phase = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 6 - 0.01 * i + (i >= 50 ? -1.2 : 0.0) + noise[i];
      t[i] = i;
      phase[i] = i < 45 ? 0.0 : (i < 50 ? NAN : 1.0);
      if (i % 11 == 3) {
        y[i] = NAN;
      }
    }
    return new double[][] {y, t, phase};
  }

  private static void assertEstimate(double[] expected, Estimate e, String what) {
    // expected: value, se, ciLow, ciHigh, p; rho is found by numerical optimisation (to ~1e-9)
    Approx.assertRel(expected[0], e.value(), 1e-6, what + " value");
    Approx.assertRel(expected[1], e.standardError(), 1e-6, what + " se");
    Approx.assertRel(expected[2], e.ciLow(), 1e-6, what + " ciLow");
    Approx.assertRel(expected[3], e.ciHigh(), 1e-6, what + " ciHigh");
    Approx.assertRel(expected[4], e.pValue(), 1e-5, what + " p");
  }

  @Test
  void levelAndSlopeChangeMatchRemlAr1Reference() {
    double[][] d = data();
    SegmentedRegression s = SegmentedRegression.fit(d[0], d[1], d[2]);
    assertTrue(s.estimable());
    // segmented_regression.py: rows kept and plain phase means
    assertEquals(41, s.nBefore());
    assertEquals(55, s.nDuring());
    Approx.assertRel(5.558553166200214, s.meanBefore(), 1e-13, "meanBefore");
    Approx.assertRel(4.686670535547988, s.meanDuring(), 1e-13, "meanDuring");
    Approx.assertRel(0.6839862413653623, s.rho(), 1e-7, "rho");
    // statsmodels GLS(y, X, sigma=S(rho)).params / .bse; CI and p from scipy.stats.t(n - 4)
    assertEstimate(
        new double[] {
          -0.034679675663084567,
          0.03718117451679273,
          -0.10852469761488556,
          0.03916534628871643,
          0.3534052617072392
        },
        s.preSlope(),
        "preSlope");
    assertEstimate(
        new double[] {
          0.9805074412786059,
          1.4317697995280232,
          -1.8631109664271666,
          3.8241258489843784,
          0.4951779752416914
        },
        s.levelChange(),
        "levelChange");
    assertEstimate(
        new double[] {
          0.0012101942378865312,
          0.04527513144333597,
          -0.08871012481480538,
          0.09113051329057843,
          0.9787331571314796
        },
        s.slopeChange(),
        "slopeChange");
  }

  @Test
  void noiselessStepIsRecoveredExactly() {
    int n = 30;
    double[] y = new double[n];
    double[] t = new double[n];
    double[] phase = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i;
      phase[i] = i < 12 ? 0 : 1;
      // baseline line 5 - 0.05 t; at t0 = 12 a drop of 1.5 and a slope change of +0.02;
      // a tiny alternating wobble keeps the fit from being perfect
      double s = i - 12;
      y[i] = 5 - 0.05 * s - 0.6 + (i >= 12 ? -1.5 + 0.02 * s : 0) + ((i % 2 == 0) ? 1e-6 : -1e-6);
    }
    SegmentedRegression r = SegmentedRegression.fit(y, t, phase);
    assertEquals(-1.5, r.levelChange().value(), 1e-5);
    assertEquals(0.02, r.slopeChange().value(), 1e-6);
    assertEquals(-0.05, r.preSlope().value(), 1e-6);
    assertTrue(r.levelChange().pValue() < 1e-10);
  }

  @Test
  void shortBaselineIsFlaggedNotEstimated() {
    double[] y = {5, 6, 4, 3, 3, 2, 3, 2};
    double[] t = {0, 1, 2, 3, 4, 5, 6, 7};
    double[] phase = {0, 0, 1, 1, 1, 1, 1, 1};
    SegmentedRegression s = SegmentedRegression.fit(y, t, phase);
    assertFalse(s.estimable());
    assertEquals(2, s.nBefore());
    assertEquals(5.5, s.meanBefore(), 0);
    assertEquals(17.0 / 6, s.meanDuring(), 1e-12); // (4 + 3 + 3 + 2 + 3 + 2) / 6
    assertTrue(Double.isNaN(s.levelChange().value()));
    assertTrue(Double.isNaN(s.preSlope().pValue()));
    assertTrue(s.toString().contains("not estimable"), s.toString());
  }

  @Test
  void missingPhaseOrAllNaNIsNotEstimable() {
    double[] y = {5, 6, 4, 3};
    double[] t = {0, 1, 2, 3};
    SegmentedRegression noPhase = SegmentedRegression.fit(y, t, new double[] {0, 0, 0, 0});
    assertFalse(noPhase.estimable());
    assertTrue(Double.isNaN(noPhase.meanDuring()));
    double[] nan = {NAN, NAN, NAN, NAN};
    assertFalse(SegmentedRegression.fit(nan, t, new double[] {0, 0, 1, 1}).estimable());
  }

  @Test
  void constantPainIsNotEstimable() {
    double[] y = {4, 4, 4, 4, 4, 4, 4, 4};
    double[] t = {0, 1, 2, 3, 4, 5, 6, 7};
    double[] phase = {0, 0, 0, 0, 1, 1, 1, 1};
    assertFalse(SegmentedRegression.fit(y, t, phase).estimable());
  }

  @Test
  void baselineAfterThePhaseOrUnsortedDaysAreCallerMistakes() {
    double[] y = {5, 6, 4, 3, 4, 5};
    var late =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SegmentedRegression.fit(
                    y, new double[] {0, 1, 2, 3, 4, 5}, new double[] {0, 0, 1, 1, 0, 0}));
    assertTrue(late.getMessage().contains("baseline row at t = 4.0"), late.getMessage());
    var unsorted =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SegmentedRegression.fit(
                    y, new double[] {0, 2, 1, 3, 4, 5}, new double[] {0, 0, 0, 1, 1, 1}));
    assertTrue(unsorted.getMessage().contains("increase strictly"), unsorted.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SegmentedRegression.fit(y, new double[5], new double[6]));
  }
}
