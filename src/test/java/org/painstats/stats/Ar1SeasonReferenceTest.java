package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Ar1Season} agrees with R's {@code nlme::gls} on a fixed diary of 420 days with gaps, a
 * drift, a weekly rhythm and a yearly season. The series is that of {@code
 * src/test/resources/reference/season_data.py} (same {@link Lcg} numbers); the values are printed
 * by {@code season.R} (R 4.2.2, nlme 3.1-162), which fits the same columns with corCAR1 errors by
 * REML, refits with rho fixed one standard error higher and reads the Wald test of the sine and
 * cosine there, as Ar1Season does.
 */
class Ar1SeasonReferenceTest {

  @Test
  void seasonSizeTopAndTestMatchNlmeGlsAtTheRaisedRho() {
    Lcg r = new Lcg(20261201L);
    int n = 420;
    double[] e = r.ar1(n, 0.6, 1.0);
    double[] profile = {0.3, 0.0, -0.1, 0.2, 0.1, -0.6, 0.1};
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      boolean present = r.uniform() < 0.9;
      double x = (t + 40) / 365.25;
      double season = 2.0 * (1 - 4 * Math.abs(x - Math.floor(x) - 0.5));
      y[t] = present ? 0.002 * t + profile[t % 7] + season + e[t] : Double.NaN;
    }
    Ar1Season fit = Ar1Season.of(y, 0);
    // R: gls(y ~ tc + h1 + wd + s + c, correlation = corCAR1(form = ~ t), method = "REML")
    assertEquals(0.602245130500, fit.rho(), 1e-6);
    assertEquals(382, fit.n());
    // R: refitted with corCAR1(value = rho + sqrt((1 - rho^2) / n), fixed = TRUE)
    assertEquals(2.015825937310, fit.amplitude(), 1e-6);
    assertEquals(134.603777734810, fit.peak(), 1e-4);
    assertEquals(0.00348730793706, fit.pValue(), 1e-7);
  }
}
