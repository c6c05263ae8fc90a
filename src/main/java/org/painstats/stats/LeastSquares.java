package org.painstats.stats;

import java.util.Optional;

/**
 * An ordinary least-squares fit by Householder QR, with {@code (X'X)^-1} and {@code log det X'X}
 * for the sandwich and REML formulas of this package. The QR is {@link Householder}: the arithmetic
 * of Commons Math's {@code QRDecomposition}, to the last bit.
 *
 * <p>Columns are scaled to unit length before the decomposition, so a column that is (nearly) a
 * combination of the others is detected whatever its units; such a design has no fit.
 *
 * @param coefficients one per design column
 * @param residuals y minus fitted values, one per row
 * @param xtxInverse {@code (X'X)^-1}
 * @param logDetXtx {@code log det(X'X)}
 * @param rss residual sum of squares
 */
record LeastSquares(
    double[] coefficients,
    double[] residuals,
    double[][] xtxInverse,
    double logDetXtx,
    double rss) {

  /**
   * True when the residuals are zero up to rounding: RSS at most {@code 1e-24} times the sum of
   * squares of y, so a fit that leaves nothing to estimate an error from.
   */
  boolean isPerfect(double[] y) {
    double ss = 0;
    for (double v : y) {
      ss += v * v;
    }
    return rss <= 1e-24 * ss;
  }

  /** Relative size below which a diagonal element of R marks a singular design. */
  private static final double SINGULAR = 1e-10;

  /** Fits {@code y ~ rows} (rows[i] is row i of the design); empty when the design is singular. */
  static Optional<LeastSquares> fit(double[][] rows, double[] y) {
    int n = rows.length;
    int k = n == 0 ? 0 : rows[0].length;
    if (n < k || k == 0) {
      return Optional.empty();
    }
    double[] scale = new double[k];
    for (double[] row : rows) {
      for (int j = 0; j < k; j++) {
        scale[j] += row[j] * row[j];
      }
    }
    for (int j = 0; j < k; j++) {
      scale[j] = Math.sqrt(scale[j]);
      if (!(scale[j] > 0) || Double.isInfinite(scale[j])) {
        return Optional.empty();
      }
    }
    double[][] qrt = new double[k][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        qrt[j][i] = rows[i][j] / scale[j];
      }
    }
    double[] rDiag = new double[k];
    Householder.decompose(qrt, rDiag);
    if (!Householder.nonSingular(rDiag, SINGULAR)) {
      return Optional.empty();
    }
    double[] b = new double[k];
    Householder.solve(qrt, rDiag, y, new double[n], b);
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
    double[][] rInv = upperInverse(qrt, rDiag, k);
    double[][] inv = new double[k][k];
    double logDet = 0;
    for (int j = 0; j < k; j++) {
      logDet += 2 * (Math.log(Math.abs(rDiag[j])) + Math.log(scale[j]));
    }
    // (X'X)^-1 = D^-1 R^-1 R^-T D^-1 with D the column scales.
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

  /** The inverse of the k x k upper-triangular R of a packed factorization. */
  private static double[][] upperInverse(double[][] qrt, double[] rDiag, int k) {
    double[][] inv = new double[k][k];
    for (int c = 0; c < k; c++) {
      inv[c][c] = 1 / Householder.r(qrt, rDiag, c, c);
      for (int a = c - 1; a >= 0; a--) {
        double s = 0;
        for (int m = a + 1; m <= c; m++) {
          s += Householder.r(qrt, rDiag, a, m) * inv[m][c];
        }
        inv[a][c] = -s / Householder.r(qrt, rDiag, a, a);
      }
    }
    return inv;
  }

  /** The sandwich {@code B M B} of k x k matrices (B the bread, M the meat). */
  static double[][] sandwich(double[][] bread, double[][] meat) {
    int k = bread.length;
    double[][] tmp = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int m = 0; m < k; m++) {
          s += bread[a][m] * meat[m][c];
        }
        tmp[a][c] = s;
      }
    }
    double[][] out = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int m = 0; m < k; m++) {
          s += tmp[a][m] * bread[m][c];
        }
        out[a][c] = s;
      }
    }
    return out;
  }
}
