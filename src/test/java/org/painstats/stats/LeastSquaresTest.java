package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * {@link LeastSquares} (on {@link Householder}) gives, to the last bit, what the same fit through
 * Commons Math 3.6.1's {@code QRDecomposition} gave: coefficients, residuals, (X'X)^-1, log det.
 */
class LeastSquaresTest {

  /** The fit as first written, on Commons Math's QR. */
  private static Optional<LeastSquares> throughCommonsMath(double[][] rows, double[] y) {
    int n = rows.length;
    int k = rows[0].length;
    double[] scale = new double[k];
    for (double[] row : rows) {
      for (int j = 0; j < k; j++) {
        scale[j] += row[j] * row[j];
      }
    }
    double[][] scaled = new double[n][k];
    for (int j = 0; j < k; j++) {
      scale[j] = Math.sqrt(scale[j]);
      if (!(scale[j] > 0) || Double.isInfinite(scale[j])) {
        return Optional.empty();
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        scaled[i][j] = rows[i][j] / scale[j];
      }
    }
    QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(scaled, false), 1e-10);
    DecompositionSolver solver = qr.getSolver();
    if (!solver.isNonSingular()) {
      return Optional.empty();
    }
    double[] b = solver.solve(new ArrayRealVector(y, false)).toArray();
    double[] coef = new double[k];
    for (int j = 0; j < k; j++) {
      coef[j] = b[j] / scale[j];
    }
    double[] resid = new double[n];
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < k; j++) {
        fitted += rows[i][j] * coef[j];
      }
      resid[i] = y[i] - fitted;
      rss += resid[i] * resid[i];
    }
    RealMatrix r = qr.getR();
    double[][] rInv = new double[k][k];
    for (int c = 0; c < k; c++) {
      rInv[c][c] = 1 / r.getEntry(c, c);
      for (int a = c - 1; a >= 0; a--) {
        double s = 0;
        for (int m = a + 1; m <= c; m++) {
          s += r.getEntry(a, m) * rInv[m][c];
        }
        rInv[a][c] = -s / r.getEntry(a, a);
      }
    }
    double logDet = 0;
    for (int j = 0; j < k; j++) {
      logDet += 2 * (Math.log(Math.abs(r.getEntry(j, j))) + Math.log(scale[j]));
    }
    double[][] inv = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int c = a; c < k; c++) {
        double s = 0;
        for (int m = Math.max(a, c); m < k; m++) {
          s += rInv[a][m] * rInv[c][m];
        }
        inv[a][c] = s / (scale[a] * scale[c]);
        inv[c][a] = inv[a][c];
      }
    }
    return Optional.of(new LeastSquares(coef, resid, inv, logDet, rss));
  }

  private static void assertSameFit(double[][] rows, double[] y) {
    Optional<LeastSquares> expected = throughCommonsMath(rows, y);
    Optional<LeastSquares> actual = LeastSquares.fit(rows, y);
    assertEquals(expected.isPresent(), actual.isPresent(), "fit or none");
    if (expected.isEmpty()) {
      return;
    }
    LeastSquares e = expected.get();
    LeastSquares a = actual.get();
    assertArrayEquals(e.coefficients(), a.coefficients(), 0, "coefficients");
    assertArrayEquals(e.residuals(), a.residuals(), 0, "residuals");
    for (int j = 0; j < e.xtxInverse().length; j++) {
      assertArrayEquals(e.xtxInverse()[j], a.xtxInverse()[j], 0, "(X'X)^-1 row " + j);
    }
    assertEquals(e.logDetXtx(), a.logDetXtx(), 0, "log det");
    assertEquals(e.rss(), a.rss(), 0, "rss");
  }

  private static double[][] design(Lcg r, int n, int k) {
    double[][] rows = new double[n][k];
    for (int i = 0; i < n; i++) {
      rows[i][0] = 1;
      for (int j = 1; j < k; j++) {
        rows[i][j] = j % 3 == 1 ? (r.uniform() < 0.3 ? 1 : 0) : Math.rint(5 + 2 * r.normal());
      }
    }
    return rows;
  }

  @Test
  void fitsAreThoseOfCommonsMathBitForBit() {
    Lcg r = new Lcg(77);
    for (int[] shape : new int[][] {{400, 2}, {3000, 2}, {300, 4}, {3500, 14}, {2000, 31}}) {
      double[][] rows = design(r, shape[0], shape[1]);
      double[] y = r.ar1(shape[0], 0.6, 1.2);
      assertSameFit(rows, y);
    }
  }

  @Test
  void segmentedDesignWithTimeColumnsIsThatOfCommonsMath() {
    Lcg r = new Lcg(78);
    int n = 500;
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      double d = i >= 200 ? 1 : 0;
      double s = i - 200;
      rows[i] = new double[] {1, s, d, s * d};
    }
    assertSameFit(rows, r.ar1(n, 0.7, 1));
  }

  @Test
  void singularAndSquareDesignsAreThoseOfCommonsMath() {
    Lcg r = new Lcg(79);
    double[][] collinear = design(r, 50, 3);
    for (double[] row : collinear) {
      row[2] = 2 * row[1];
    }
    assertSameFit(collinear, r.ar1(50, 0.5, 1));
    assertTrue(LeastSquares.fit(collinear, new double[50]).isEmpty());
    assertSameFit(design(r, 4, 4), r.ar1(4, 0.5, 1));
  }
}
