package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values: src/test/resources/reference/theil_sen.py (scipy 1.10.1 theilslopes). */
class TheilSenTest {
  private static final double NAN = Double.NaN;

  @Test
  void integerPainWithGapsMatchesScipy() {
    // theil_sen.py integer_pain(): seed 41, n = 60, NaN where i % 9 == 2
    Lcg g = new Lcg(41);
    double[] y = new double[60];
    for (int i = 0; i < 60; i++) {
      double v = Math.rint(5 + 0.03 * i + 1.5 * g.normal());
      y[i] = i % 9 == 2 ? NAN : v;
    }
    TheilSen t = TheilSen.fit(y);
    // scipy.stats.theilslopes(y[keep], pos[keep], alpha=0.95) -> slope, intercept, low, high
    assertEquals(53, t.n());
    Approx.assertRel(0.043478260869565216, t.slope(), 1e-15, "slope");
    Approx.assertRel(4.695652173913043, t.intercept(), 1e-14, "intercept");
    Approx.assertRel(0.022727272727272728, t.slopeLow(), 1e-15, "low");
    Approx.assertRel(0.06779661016949153, t.slopeHigh(), 1e-15, "high");
  }

  @Test
  void tiedXMatchesScipy() {
    // theil_sen.py tied_x(): seed 42, x = floor(i / 3), y = 2 - 0.2 x + normal
    Lcg g = new Lcg(42);
    double[] x = new double[40];
    double[] y = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = i / 3;
      y[i] = 2 - 0.2 * x[i] + g.normal();
    }
    TheilSen t = TheilSen.fit(y, x);
    // scipy.stats.theilslopes(y, x, alpha=0.95): pairs with equal x are skipped
    Approx.assertRel(-0.18206761172041977, t.slope(), 1e-14, "slope");
    Approx.assertRel(2.120001269940981, t.intercept(), 1e-14, "intercept");
    Approx.assertRel(-0.2596861323688898, t.slopeLow(), 1e-14, "low");
    Approx.assertRel(-0.0965204892721474, t.slopeHigh(), 1e-14, "high");
  }

  @Test
  void tenYearsOfDaysGiveAnIntervalAroundTheSlope() {
    // Speed at this size is measured in bench/, never in a unit test.
    Lcg g = new Lcg(7);
    int n = 3650;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.rint(5 - 0.0005 * i + 1.5 * g.normal());
    }
    TheilSen t = TheilSen.fit(y);
    assertTrue(t.slopeLow() <= t.slope() && t.slope() <= t.slopeHigh(), t.toString());
  }

  @Test
  void tooFewPointsOrIdenticalXGiveNaN() {
    assertTrue(Double.isNaN(TheilSen.fit(new double[] {1, NAN, 2}).slope()));
    assertTrue(Double.isNaN(TheilSen.fit(new double[] {1, 2, 3}, new double[] {4, 4, 4}).slope()));
    assertTrue(Double.isNaN(TheilSen.fit(new double[] {NAN, NAN, NAN, NAN}).slopeHigh()));
  }

  @Test
  void constantSeriesHasZeroSlope() {
    TheilSen t = TheilSen.fit(new double[] {3, 3, 3, 3, 3});
    assertEquals(0.0, t.slope(), 0);
    assertEquals(0.0, t.slopeLow(), 0);
    assertEquals(3.0, t.intercept(), 0);
  }

  @Test
  void lengthMismatchIsACallerMistake() {
    assertThrows(IllegalArgumentException.class, () -> TheilSen.fit(new double[3], new double[4]));
  }
}
