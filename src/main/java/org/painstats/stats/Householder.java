package org.painstats.stats;

/**
 * Householder QR of a tall matrix held as its transposed columns, and the least-squares solve: the
 * operations, in their order, of Commons Math 3.6.1 {@code QRDecomposition} and its solver (after
 * JAMA), so results are those of that class to the last bit, without its matrix objects: it copies
 * the matrix twice and builds an n x k R whose layout conversion cost more than the factorization.
 *
 * <p>Packed form, as in Commons Math: after {@link #decompose}, {@code qrt[j]} holds from row j on
 * the Householder vector of step j and above row j the entries R(i, j), i &lt; j; the diagonal of R
 * is {@code rDiag}.
 */
final class Householder {
  private Householder() {}

  /** Factorizes the columns qrt[0..k) (each of length n &gt;= k) in place. */
  static void decompose(double[][] qrt, double[] rDiag) {
    int k = qrt.length;
    int n = qrt[0].length;
    for (int minor = 0; minor < Math.min(k, n); minor++) {
      double[] v = qrt[minor];
      double normSqr = 0;
      for (int row = minor; row < n; row++) {
        double c = v[row];
        normSqr += c * c;
      }
      double a = v[minor] > 0 ? -Math.sqrt(normSqr) : Math.sqrt(normSqr);
      rDiag[minor] = a;
      if (a != 0.0) {
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
    }
  }

  /** True unless a diagonal element of R is at most {@code threshold} in magnitude. */
  static boolean nonSingular(double[] rDiag, double threshold) {
    for (double d : rDiag) {
      if (Math.abs(d) <= threshold) {
        return false;
      }
    }
    return true;
  }

  /**
   * The least-squares solution x (length k) of the factorized system for y: Q'y by the reflections
   * (in {@code work}, length n), then back substitution. The factorization must be non-singular.
   */
  static void solve(double[][] qrt, double[] rDiag, double[] y, double[] work, double[] x) {
    int k = qrt.length;
    int n = y.length;
    System.arraycopy(y, 0, work, 0, n);
    for (int minor = 0; minor < Math.min(k, n); minor++) {
      double[] v = qrt[minor];
      double dot = 0;
      for (int row = minor; row < n; row++) {
        dot += work[row] * v[row];
      }
      dot /= rDiag[minor] * v[minor];
      for (int row = minor; row < n; row++) {
        work[row] += dot * v[row];
      }
    }
    for (int row = rDiag.length - 1; row >= 0; row--) {
      work[row] /= rDiag[row];
      double w = work[row];
      x[row] = w;
      double[] r = qrt[row];
      for (int i = 0; i < row; i++) {
        work[i] -= w * r[i];
      }
    }
  }

  /** R(i, j) of the packed factorization. */
  static double r(double[][] qrt, double[] rDiag, int i, int j) {
    return i == j ? rDiag[i] : i < j ? qrt[j][i] : 0;
  }
}
