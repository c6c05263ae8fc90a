package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link HacRegression#meat} is, to the last bit, the plain double loop over lags and columns. */
class HacMeatTest {

  private static double[][] plainLoop(double[][] x, double[] u, int lag) {
    int n = x.length;
    int k = x[0].length;
    double[][] s = new double[k][k];
    for (int l = 0; l <= lag; l++) {
      double w = l == 0 ? 1.0 : 1.0 - l / (lag + 1.0);
      for (int a = 0; a < k; a++) {
        for (int c = 0; c < k; c++) {
          double g = 0;
          for (int i = l; i < n; i++) {
            g += x[i][a] * u[i] * (x[i - l][c] * u[i - l]);
          }
          if (l == 0) {
            s[a][c] += g;
          } else {
            s[a][c] += w * g;
            s[c][a] += w * g;
          }
        }
      }
    }
    return s;
  }

  @Test
  void meatIsThePlainLoopBitForBit() {
    Lcg r = new Lcg(5);
    int n = 500;
    for (int k : new int[] {1, 4, 7}) {
      double[][] x = new double[n][k];
      double[] u = r.ar1(n, 0.5, 1);
      for (int i = 0; i < n; i++) {
        x[i][0] = 1;
        for (int j = 1; j < k; j++) {
          x[i][j] = r.normal();
        }
      }
      double[][] expected = plainLoop(x, u, 6);
      double[][] actual = HacRegression.meat(x, u, 6);
      for (int a = 0; a < k; a++) {
        for (int c = 0; c < k; c++) {
          assertEquals(expected[a][c], actual[a][c], 0, "k = " + k + " [" + a + "][" + c + "]");
        }
      }
    }
  }
}
