package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link HacRegression#coefficients} are the values of {@link HacRegression#fit}, bit for bit. */
class HacCoefficientsTest {

  @Test
  void coefficientsAreTheFitsValues() {
    Lcg r = new Lcg(31);
    int n = 600;
    double[] y = r.ar1(n, 0.5, 1);
    double[][] x = new double[5][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < x.length; j++) {
        x[j][i] = j == 4 ? (i % 97 < 40 ? 1 : 0) : r.normal();
      }
      if (i % 13 == 0) {
        x[1][i] = Double.NaN;
      }
    }
    HacRegression.Result fit = HacRegression.fit(y, x);
    double[] b = HacRegression.coefficients(y, x);
    assertEquals(x.length + 1, b.length);
    for (int j = 0; j < b.length; j++) {
      assertEquals(fit.coefficients().get(j).value(), b[j], 0, "coefficient " + j);
    }
  }

  @Test
  void aSingularDesignHasNaNCoefficients() {
    double[] y = {1, 2, 3, 4, 5};
    double[] constant = {2, 2, 2, 2, 2};
    for (double b : HacRegression.coefficients(y, constant)) {
      assertTrue(Double.isNaN(b));
    }
  }
}
