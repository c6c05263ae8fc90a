package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Ar1Trend} agrees with R's {@code nlme::gls} on a fixed diary with gaps and a weekly
 * rhythm. The series is that of {@code src/test/resources/reference/trend_data.py} (same {@link
 * Lcg} numbers); the values are printed by {@code trend.R} (R 4.x, nlme 3.1-162), which refits with
 * rho fixed one standard error higher, as Ar1Trend does.
 */
class Ar1TrendReferenceTest {

  @Test
  void slopeAndErrorMatchNlmeGlsAtTheRaisedRho() {
    Lcg r = new Lcg(20261130L);
    int n = 140;
    double[] e = r.ar1(n, 0.7, 1.0);
    double[] profile = {0.3, 0.0, -0.1, 0.2, 0.1, -0.6, 0.1};
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      boolean present = r.uniform() < 0.9;
      y[t] = present ? 0.01 * t + profile[t % 7] + e[t] : Double.NaN;
    }
    Ar1Trend fit = Ar1Trend.of(y, 0);
    // R: gls(y ~ tc + wd, correlation = corCAR1(form = ~ t), method = "REML")
    assertEquals(0.563209909310, fit.rho(), 1e-6);
    assertEquals(132, fit.n());
    // R: the same with corCAR1(value = rho + sqrt((1 - rho^2) / n), fixed = TRUE); times 7
    assertEquals(0.116816739056, fit.slope().value(), 1e-6);
    assertEquals(0.036844236378, fit.slope().standardError(), 1e-6);
    assertEquals(0.00191728585663, fit.slope().pValue(), 1e-5);
  }
}
