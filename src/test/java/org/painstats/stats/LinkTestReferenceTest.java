package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The calendar structure's error model and the link test's GLS slope agree with R's {@code
 * nlme::gls} on a fixed diary with gaps. The series are those of {@code
 * src/test/resources/reference/link_test_data.py} (same {@link Lcg} numbers); the values below are
 * printed by {@code link_test.R} (R 4.x, nlme 3.1-162), which rebuilds the structure on its own.
 */
class LinkTestReferenceTest {
  private static final int N = 150;

  /** y and x by calendar day (NaN on missing days), drawn as link_test_data.py draws them. */
  private static double[][] series() {
    Lcg r = new Lcg(20261129L);
    double[] x = r.ar1(N, 0.4, 1.0);
    double[] e = r.ar1(N, 0.6, 1.0);
    double[] profile = {0.4, 0.1, 0.0, -0.2, 0.3, -0.9, 0.3};
    double[] y = new double[N];
    double[] xs = new double[N];
    for (int t = 0; t < N; t++) {
      boolean present = r.uniform() < 0.85;
      double v = profile[t % 7] + 1.5 * t / N + e[t] + (t > 0 ? 0.3 * x[t - 1] : 0.0);
      y[t] = present ? v : Double.NaN;
      xs[t] = present ? x[t] : Double.NaN;
    }
    return new double[][] {y, xs};
  }

  private static double[] lagged(double[] x) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    System.arraycopy(x, 0, out, 1, x.length - 1);
    return out;
  }

  @Test
  void errorModelMatchesNlmeGlsWithCorCar1() {
    double[][] s = series();
    CalendarStructure c = CalendarStructure.of(N, 0, null);
    // R: gls(y ~ wd + lin + cosines, correlation = corCAR1(form = ~ t), method = "REML")
    assertEquals(0.615677099979, c.errorRho(s[0]), 1e-6);
  }

  @Test
  void residualsMatchLm() {
    double[] yr = CalendarStructure.of(N, 0, null).residuals(series()[0]);
    // R: resid(lm(y ~ D - 1)), the first three days present (days 0, 1, 2)
    assertEquals(-1.102445786169, yr[0], 1e-9);
    assertEquals(-3.801450267938, yr[1], 1e-9);
    assertEquals(-1.893089590213, yr[2], 1e-9);
  }

  @Test
  void slopeIsTheGlsCoefficientAtTheGivenRho() {
    double[][] s = series();
    CalendarStructure c = CalendarStructure.of(N, 0, null);
    double[] yr = c.residuals(s[0]);
    double[] xr = c.residuals(s[1]);
    LinkTest t = LinkTest.of(yr, lagged(xr), c.rank(s[0]), 0.615677099979);
    // R: gls(yr ~ xl, correlation = corCAR1(value = rho, form = ~ t, fixed = TRUE))
    assertEquals(0.457765226165, t.slope(), 1e-9);
    assertEquals(111, t.n());
  }

  /** Bartlett's N* counts the whitened series' memory on a diary with missing days. */
  @Test
  void effectiveSampleSizeCountsMemoryAcrossMissingDays() {
    double[][] s = series();
    CalendarStructure c = CalendarStructure.of(N, 0, null);
    LinkTest t =
        LinkTest.of(c.residuals(s[0]), lagged(c.residuals(s[1])), c.rank(s[0]), 0.615677099979);
    // link_test.R, step 4 (written out from the method's text in R); n - k = 100 before a missing
    // day stopped disabling the sum
    assertEquals(95.484566471708, t.effectiveN(), 1e-9);
    assertEquals(0.000182437536044, t.slopeP(), 1e-12);
  }

  @Test
  void rhoFittedWithTheFactorMatchesNlme() {
    double[][] s = series();
    CalendarStructure c = CalendarStructure.of(N, 0, null);
    LinkTest t = LinkTest.of(c.residuals(s[0]), lagged(c.residuals(s[1])), c.rank(s[0]));
    // R: gls(yr ~ xl, correlation = corCAR1(form = ~ t), method = "REML")
    assertEquals(0.604237349208, t.rho(), 1e-6);
    assertEquals(0.459259071896, t.slope(), 1e-6);
  }
}
