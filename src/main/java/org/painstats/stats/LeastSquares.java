package org.painstats.stats;

import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * An ordinary least-squares fit by Commons Math's Householder {@code QRDecomposition}, with {@code
 * (X'X)^-1} and {@code log det X'X} for the sandwich and REML formulas of this package.
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

  /** Relative size below which a diagonal element of R marks a singular design. */
  private static final double SINGULAR = 1e-10;

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

  /** Fits {@code y ~ rows} (rows[i] is row i of the design); empty when the design is singular. */
  static Optional<LeastSquares> fit(double[][] rows, double[] y) {
    int n = rows.length;
    int k = n == 0 ? 0 : rows[0].length;
    if (n < k || k == 0) {
      return Optional.empty();
    }
    double[] scale = columnNorms(rows, k);
    if (scale == null) {
      return Optional.empty();
    }
    double[][] scaled = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        scaled[i][j] = rows[i][j] / scale[j];
      }
    }
    QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(scaled, false), SINGULAR);
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
    double logDet = 0;
    for (int j = 0; j < k; j++) {
      logDet += 2 * (Math.log(Math.abs(r.getEntry(j, j))) + Math.log(scale[j]));
    }
    // (X'X)^-1 = D^-1 R^-1 R^-T D^-1 with D the column scales; R^-1 by back substitution.
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

  /** The Euclidean norm of each column; null when one is zero or not finite. */
  private static double[] columnNorms(double[][] rows, int k) {
    double[] scale = new double[k];
    for (double[] row : rows) {
      for (int j = 0; j < k; j++) {
        scale[j] += row[j] * row[j];
      }
    }
    for (int j = 0; j < k; j++) {
      scale[j] = Math.sqrt(scale[j]);
      if (!(scale[j] > 0) || Double.isInfinite(scale[j])) {
        return null;
      }
    }
    return scale;
  }

  /** {@link #fit} of a design given by its columns. */
  static Optional<LeastSquares> fitColumns(double[][] columns, double[] y) {
    double[][] rows = new double[y.length][columns.length];
    for (int j = 0; j < columns.length; j++) {
      for (int i = 0; i < y.length; i++) {
        rows[i][j] = columns[j][i];
      }
    }
    return fit(rows, y);
  }

  /** The arrays {@link #rssInPlace} works in, kept between calls, and the last log det X'X. */
  static final class Buffers {
    private final double[][] qrt;
    private final double[] scale;
    private final double[] rDiag;
    private final double[] work;
    private final double[] coef;
    private double logDetXtx;

    Buffers(int n, int k) {
      qrt = new double[k][n];
      scale = new double[k];
      rDiag = new double[k];
      work = new double[n];
      coef = new double[k];
    }

    double logDetXtx() {
      return logDetXtx;
    }
  }

  /**
   * The RSS of {@link #fit} on the design columns (NaN when it has no fit) and, in the buffers, its
   * log det X'X: the same values to the last bit, without allocating. For the REML criterion, which
   * the optimiser evaluates some 70 times per fit: Commons Math's QR copies the matrix twice per
   * call, which made the ten-year analysis several times slower (bench/RESULTS.md). The QR is
   * Commons Math 3.6.1's Householder {@code QRDecomposition} and its solver (after JAMA), their
   * operations in their order, on the transposed columns in place.
   */
  static double rssInPlace(double[][] columns, double[] y, Buffers b) {
    int k = columns.length;
    int n = y.length;
    double[][] qrt = b.qrt;
    for (int j = 0; j < k; j++) {
      double s = 0;
      for (double v : columns[j]) {
        s += v * v;
      }
      b.scale[j] = Math.sqrt(s);
      if (!(b.scale[j] > 0) || Double.isInfinite(b.scale[j])) {
        return Double.NaN;
      }
      for (int i = 0; i < n; i++) {
        qrt[j][i] = columns[j][i] / b.scale[j];
      }
    }
    // QRDecomposition.decompose
    for (int minor = 0; minor < k; minor++) {
      double[] v = qrt[minor];
      double normSqr = 0;
      for (int row = minor; row < n; row++) {
        normSqr += v[row] * v[row];
      }
      double a = v[minor] > 0 ? -Math.sqrt(normSqr) : Math.sqrt(normSqr);
      b.rDiag[minor] = a;
      if (Math.abs(a) <= SINGULAR) {
        return Double.NaN; // the solver's isNonSingular
      }
      v[minor] -= a;
      for (int col = minor + 1; col < k; col++) {
        double[] x = qrt[col];
        double alpha = 0;
        for (int row = minor; row < n; row++) {
          alpha -= x[row] * v[row];
        }
        alpha /= a * v[minor];
        for (int row = minor; row < n; row++) {
          x[row] -= alpha * v[row];
        }
      }
    }
    // Solver.solve: Q'y by the reflections, then back substitution.
    double[] work = b.work;
    System.arraycopy(y, 0, work, 0, n);
    for (int minor = 0; minor < k; minor++) {
      double[] v = qrt[minor];
      double dot = 0;
      for (int row = minor; row < n; row++) {
        dot += work[row] * v[row];
      }
      dot /= b.rDiag[minor] * v[minor];
      for (int row = minor; row < n; row++) {
        work[row] += dot * v[row];
      }
    }
    for (int row = k - 1; row >= 0; row--) {
      work[row] /= b.rDiag[row];
      double w = work[row];
      b.coef[row] = w / b.scale[row];
      for (int i = 0; i < row; i++) {
        work[i] -= w * qrt[row][i];
      }
    }
    double logDet = 0;
    for (int j = 0; j < k; j++) {
      logDet += 2 * (Math.log(Math.abs(b.rDiag[j])) + Math.log(b.scale[j]));
    }
    b.logDetXtx = logDet;
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < k; j++) {
        fitted += columns[j][i] * b.coef[j];
      }
      double resid = y[i] - fitted;
      rss += resid * resid;
    }
    return rss;
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
