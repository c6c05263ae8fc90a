package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The REML fit of a regression with AR(1)-plus-white-noise errors, checked against R's nlme. */
class ArmaGlsTest {
  // R 4.2.2, nlme 3.1.162: set.seed(20261129); n <- 80;
  // a <- as.numeric(arima.sim(list(ar = 0.6), n, sd = 1));
  // y <- round(5 + 0.01 * (1:n) - 1.5 * ((1:n) > 40) + a + rnorm(n, sd = 0.8), 2)
  private static final double[] Y = {
    4.86, 5.28, 6.75, 6.00, 6.90, 5.83, 3.00, 3.75, 2.45, 4.98, 5.67, 4.97, 5.85, 6.81, 4.12, 5.45,
    5.53, 5.51, 3.91, 1.18, 4.36, 6.83, 5.34, 6.07, 5.83, 6.89, 7.12, 7.87, 5.81, 3.73, 7.98, 5.60,
    7.98, 4.65, 8.33, 5.32, 5.36, 5.09, 4.29, 4.37, 3.50, 2.88, 2.63, 4.44, 3.14, 3.83, 5.94, 5.68,
    5.71, 3.36, 3.21, 4.51, 3.15, 4.70, 1.99, 2.61, 5.21, 4.70, 5.83, 2.92, 5.04, 4.77, 1.74, 4.86,
    5.91, 7.12, 6.36, 5.95, 5.95, 4.39, 5.50, 3.74, 5.79, 5.16, 3.26, 6.72, 4.01, 4.10, 4.43, 4.48
  };

  private static double[][] design() {
    int n = Y.length;
    double[][] cols = new double[3][n];
    for (int i = 0; i < n; i++) {
      cols[0][i] = 1;
      cols[1][i] = i / (double) n;
      cols[2][i] = i >= 40 ? 1 : 0;
    }
    return cols;
  }

  @Test
  void matchesNlmeGlsWithArma11ErrorsByReml() {
    ArmaGls.Fit f = new ArmaGls(Y, design(), new double[3]).fit().orElseThrow();
    // gls(y ~ t + step, correlation = corARMA(p = 1, q = 1, form = ~ day), method = "REML"):
    // coef 4.930287 2.028597 -1.948945; se 0.4779511 1.4395477 0.8264465; Phi1 0.5350517,
    // Theta1 -0.3129489 (lag-1 autocorrelation 0.242334, so w = 1 - 0.242334/Phi1 = 0.547082);
    // sigma 1.416347 (variance 2.006039).
    assertEquals(0.5350517, f.phi(), 2e-3);
    assertEquals(0.547082, f.white(), 2e-3);
    assertEquals(2.006039, f.variance(), 2e-3);
    double[] coef = {4.930287, 2.028597, -1.948945};
    double[] se = {0.4779511, 1.4395477, 0.8264465};
    for (int j = 0; j < 3; j++) {
      assertEquals(coef[j], f.coefficients()[j], 2e-3, "coefficient " + j);
      assertEquals(se[j], Math.sqrt(f.covariance()[j][j]), 2e-3, "standard error " + j);
    }
  }

  @Test
  void skipsMissingDaysAsGaps() {
    double[] y = Y.clone();
    y[10] = Double.NaN;
    y[50] = Double.NaN;
    ArmaGls.Fit f = new ArmaGls(y, design(), new double[3]).fit().orElseThrow();
    assertEquals(78, f.observed());
    assertEquals(75, f.df());
  }

  @Test
  void aRestartIsAJumpOfTheSlowPartThatFadesAtItsPace() {
    // A restart at day d (the slow part's level there unknown) is the innovational outlier: the
    // same fit as an extra column phi^(t - d) from day d on, at any (phi, w).
    int d = 30;
    double phi = 0.6;
    double w = 0.3;
    boolean[] restart = new boolean[Y.length];
    restart[d] = true;
    ArmaGls.Fit r =
        new ArmaGls(Y, design(), new double[3], restart).fitAt(phi, w, Double.NaN).orElseThrow();
    double[][] cols = new double[4][];
    System.arraycopy(design(), 0, cols, 0, 3);
    cols[3] = new double[Y.length];
    for (int t = d; t < Y.length; t++) {
      cols[3][t] = Math.pow(phi, t - d);
    }
    ArmaGls.Fit c = new ArmaGls(Y, cols, new double[4]).fitAt(phi, w, Double.NaN).orElseThrow();
    assertEquals(c.df(), r.df());
    assertEquals(c.variance(), r.variance(), 1e-6);
    for (int j = 0; j < 3; j++) {
      assertEquals(c.coefficients()[j], r.coefficients()[j], 1e-6, "coefficient " + j);
      assertEquals(c.covariance()[j][j], r.covariance()[j][j], 1e-6, "variance " + j);
    }
  }
}
