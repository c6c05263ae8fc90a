package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link FalseDiscovery}: references from src/test/resources/reference/stats_reference.py. */
class FalseDiscoveryTest {

  private static final double NAN = Double.NaN;

  @Test
  void benjaminiHochbergMatchesStatsmodelsAndSkipsNaN() {
    double[] p = {0.01, NAN, 0.04, 0.03, 0.20, 0.04, 0.9, 0.001, NAN, 0.049};
    // statsmodels 0.13.5: multipletests(p[~isnan(p)], method='fdr_bh')[1], NaN put back in place
    // (same as R p.adjust(p, "BH"), which also leaves NaN out of m)
    double[] expected = {
      0.04, NAN, 0.064, 0.064, 0.2285714285714286, 0.064, 0.9, 0.008, NAN, 0.06533333333333334
    };
    assertArrayEquals(expected, FalseDiscovery.benjaminiHochberg(p), 1e-15);
  }

  @Test
  void singleTestIsNotAdjusted() {
    assertArrayEquals(new double[] {0.03}, FalseDiscovery.benjaminiHochberg(new double[] {0.03}));
    assertEquals(0, FalseDiscovery.benjaminiHochberg(new double[0]).length);
  }

  @Test
  void allMissingStaysMissing() {
    double[] q = FalseDiscovery.benjaminiHochberg(new double[] {NAN, NAN});
    assertTrue(Double.isNaN(q[0]) && Double.isNaN(q[1]));
  }

  @Test
  void qValuesNeverExceedOne() {
    double[] q = FalseDiscovery.benjaminiHochberg(new double[] {0.9, 0.95, 0.99, 1.0});
    for (double v : q) {
      assertTrue(v <= 1.0, "q = " + v);
    }
  }

  @Test
  void probabilityOutsideZeroOneIsACallerMistake() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FalseDiscovery.benjaminiHochberg(new double[] {0.2, 1.5}));
    assertTrue(e.getMessage().contains("p[1] is 1.5"), e.getMessage());
  }
}
