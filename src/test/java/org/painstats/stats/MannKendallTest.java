package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values: src/test/resources/reference/mann_kendall.py, a numpy/scipy 1.10.1
 * reimplementation of pymannkendall 1.4 {@code hamed_rao_modification_test}.
 */
class MannKendallTest {
  private static final double NAN = Double.NaN;

  @Test
  void halfPointPainWithTiesMatchesHamedRaoReference() {
    // mann_kendall.py half_point_pain(): seed 51, n = 150
    Lcg g = new Lcg(51);
    double[] noise = g.ar1(150, 0.5, 1.2);
    double[] y = new double[150];
    for (int i = 0; i < 150; i++) {
      y[i] = Math.rint(2 * (5 - 0.01 * i + noise[i])) / 2;
    }
    MannKendall m = MannKendall.test(y);
    assertEquals(150, m.n());
    assertEquals(-2755, m.s(), 0); // mk_score
    Approx.assertRel(-0.2465324384787472, m.tau(), 1e-14, "tau");
    Approx.assertRel(374590.3333333333, m.variance(), 1e-14, "var_s with ties");
    Approx.assertRel(673177.5622678518, m.correctedVariance(), 1e-10, "var_s * n/n*");
    Approx.assertRel(-3.3565963648285946, m.z(), 1e-10, "z");
    Approx.assertRel(0.0007890821745544431, m.pValue(), 1e-8, "p");
    Approx.assertRel(6.804248777284351e-06, m.pValueUncorrected(), 1e-8, "p uncorrected");
  }

  @Test
  void missingDaysKeepTheirPositionInTheDetrending() {
    // mann_kendall.py continuous_with_gaps(): seed 52, n = 120, NaN where i % 10 == 6
    Lcg g = new Lcg(52);
    double[] noise = g.ar1(120, 0.7, 1.0);
    double[] y = new double[120];
    for (int i = 0; i < 120; i++) {
      y[i] = i % 10 == 6 ? NAN : 0.02 * i + noise[i];
    }
    MannKendall m = MannKendall.test(y);
    assertEquals(108, m.n());
    assertEquals(1306, m.s(), 0);
    Approx.assertRel(0.22602976808584285, m.tau(), 1e-14, "tau");
    Approx.assertRel(141882.0, m.variance(), 1e-14, "var_s");
    Approx.assertRel(428421.4288071999, m.correctedVariance(), 1e-10, "corrected variance");
    Approx.assertRel(1.9937693669314254, m.z(), 1e-10, "z");
    Approx.assertRel(0.04617726471560856, m.pValue(), 1e-8, "p");
    Approx.assertRel(0.000531118965211648, m.pValueUncorrected(), 1e-8, "p uncorrected");
  }

  @Test
  void tenYearsOfDaysGiveAValidPValue() {
    // Speed at this size is measured in bench/, never in a unit test.
    Lcg g = new Lcg(8);
    double[] noise = g.ar1(3650, 0.6, 1.2);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = Math.rint(5 + noise[i]);
    }
    MannKendall m = MannKendall.test(noise);
    assertTrue(m.pValue() > 0 && m.pValue() <= 1, m.toString());
  }

  @Test
  void degenerateSeriesGiveNaN() {
    assertTrue(Double.isNaN(MannKendall.test(new double[] {1, 2}).pValue()));
    assertTrue(Double.isNaN(MannKendall.test(new double[] {NAN, NAN, NAN, NAN}).s()));
    MannKendall constant = MannKendall.test(new double[] {4, 4, 4, 4, 4});
    assertEquals(0, constant.s(), 0);
    assertTrue(Double.isNaN(constant.pValue()));
  }

  @Test
  void perfectLineNeedsNoCorrection() {
    MannKendall m = MannKendall.test(new double[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertEquals(28, m.s(), 0);
    assertEquals(1.0, m.tau(), 0);
    assertEquals(m.variance(), m.correctedVariance(), 0);
  }
}
