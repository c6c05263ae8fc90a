package org.painstats.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link Ar1Reml}'s criterion from cross-products: O(k²) per rho after one O(n k²) pass, instead of
 * a whitening and QR of n rows. It skips grid points far below the maximum, and with more than two
 * columns it is the criterion {@link Ar1Regression} maximises.
 *
 * <p>The whitened rows are z_i = f_i (r_i - d_i r_{i-1}), r_i = (x_i, y_i), with d_i = rho^g_i and
 * f_i depending on the gap g_i only, so their cross-product matrix is, grouping rows by gap,
 *
 * <pre>
 *   Z'Z = (1 - rho²) r_1 r_1' + sum_g f_g² [T0_g - d_g (T1_g + T1_g') + d_g² T2_g]
 * </pre>
 *
 * with T0_g = sum r_i r_i', T1_g = sum r_i r_{i-1}', T2_g = sum r_{i-1} r_{i-1}' over the rows with
 * gap g, summed once. The residual sum of squares and log det(X'X) then come from a Cholesky factor
 * (columns scaled to unit length). Normal equations lose accuracy the QR keeps: when the fit is
 * nearly perfect or the design nearly singular it answers NaN and the caller evaluates everything
 * exactly.
 */
final class RemlScreen {
  private final int n;
  private final int k;
  private final double[] first;
  private final double[] distinctGaps;
  private final int[] rowsWithGap;
  private final double[][][] t0;
  private final double[][][] t1;
  private final double[][][] t2;
  private final double logScale;
  private final double[] scale;
  private final double[][] g;

  /** For y on the design rows with gaps[i] = t[i] - t[i-1], as {@link Ar1Reml}. */
  RemlScreen(double[] y, double[][] rows, double[] gaps) {
    this.n = y.length;
    this.k = rows[0].length;
    int m = k + 1;
    double[] scale = new double[m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        scale[j] += rows[i][j] * rows[i][j];
      }
      scale[k] += y[i] * y[i];
    }
    double logs = 0;
    for (int j = 0; j < m; j++) {
      scale[j] = scale[j] > 0 ? 1 / Math.sqrt(scale[j]) : 1;
      logs += j < k ? Math.log(scale[j]) : 0;
    }
    this.logScale = logs;
    this.scale = scale;
    double[][] cols = new double[m][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        cols[j][i] = rows[i][j] * scale[j];
      }
      cols[k][i] = y[i] * scale[k];
    }
    this.first = new double[m];
    for (int j = 0; j < m; j++) {
      first[j] = cols[j][0];
    }
    Map<Double, Integer> index = new HashMap<>();
    int[] gapOf = new int[n];
    for (int i = 1; i < n; i++) {
      gapOf[i] = index.computeIfAbsent(gaps[i], x -> index.size());
    }
    int distinct = index.size();
    this.distinctGaps = new double[distinct];
    index.forEach((gap, idx) -> distinctGaps[idx] = gap);
    this.rowsWithGap = new int[distinct];
    for (int i = 1; i < n; i++) {
      rowsWithGap[gapOf[i]]++;
    }
    int[][] rowsOf = new int[distinct][];
    for (int q = 0; q < distinct; q++) {
      rowsOf[q] = new int[rowsWithGap[q]];
    }
    int[] filled = new int[distinct];
    for (int i = 1; i < n; i++) {
      rowsOf[gapOf[i]][filled[gapOf[i]]++] = i;
    }
    this.t0 = new double[distinct][m][m];
    this.t1 = new double[distinct][m][m];
    this.t2 = new double[distinct][m][m];
    for (int q = 0; q < distinct; q++) {
      int[] rowsHere = rowsOf[q];
      for (int a = 0; a < m; a++) {
        double[] ca = cols[a];
        for (int b = 0; b < m; b++) {
          double[] cb = cols[b];
          double s0 = 0;
          double s1 = 0;
          double s2 = 0;
          for (int i : rowsHere) {
            s0 += ca[i] * cb[i];
            s1 += ca[i] * cb[i - 1];
            s2 += ca[i - 1] * cb[i - 1];
          }
          t0[q][a][b] = s0;
          t1[q][a][b] = s1;
          t2[q][a][b] = s2;
        }
      }
    }
    this.g = new double[m][m];
  }

  /**
   * The whitened cross-products at rho (a new matrix): the design's columns scaled by {@link
   * #scales()} and y (the last row and column).
   */
  double[][] gram(double rho) {
    accumulate(rho);
    double[][] out = new double[k + 1][];
    for (int a = 0; a <= k; a++) {
      out[a] = g[a].clone();
    }
    return out;
  }

  /** The factor each design column (then y, last) was scaled by. */
  double[] scales() {
    return scale.clone();
  }

  /** Fills g with the whitened cross-products at rho; returns log det Sigma. */
  private double accumulate(double rho) {
    int m = k + 1;
    double oneMinus = 1 - rho * rho;
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        g[a][b] = oneMinus * first[a] * first[b];
      }
    }
    double base = Math.log1p(-rho * rho);
    double logDetSigma = -base;
    for (int q = 0; q < distinctGaps.length; q++) {
      double gap = distinctGaps[q];
      double d = Math.pow(rho, gap);
      double f2 = gap == 1 ? 1 : oneMinus / (1 - d * d);
      if (gap != 1) {
        logDetSigma += rowsWithGap[q] * (Math.log1p(-Math.pow(rho, 2 * gap)) - base);
      }
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          g[a][b] += f2 * (t0[q][a][b] - d * (t1[q][a][b] + t1[q][b][a]) + d * d * t2[q][a][b]);
        }
      }
    }
    return logDetSigma;
  }

  /** The approximate criterion at rho; NaN when it cannot be trusted to screen. */
  double at(double rho) {
    double logDetSigma = accumulate(rho);
    // Cholesky of X'X (the leading k x k block), then rss = y'y - |L^-1 X'y|^2.
    double logDet = 0;
    double[] w = new double[k];
    double[][] l = new double[k][k];
    for (int j = 0; j < k; j++) {
      double diag = g[j][j];
      for (int p = 0; p < j; p++) {
        diag -= l[j][p] * l[j][p];
      }
      if (!(diag > 1e-6 * g[j][j])) {
        return Double.NaN;
      }
      l[j][j] = Math.sqrt(diag);
      logDet += Math.log(diag);
      for (int i = j + 1; i < k; i++) {
        double v = g[i][j];
        for (int p = 0; p < j; p++) {
          v -= l[i][p] * l[j][p];
        }
        l[i][j] = v / l[j][j];
      }
      double v = g[j][k];
      for (int p = 0; p < j; p++) {
        v -= l[j][p] * w[p];
      }
      w[j] = v / l[j][j];
    }
    double rss = g[k][k];
    for (double v : w) {
      rss -= v * v;
    }
    if (!(rss > 1e-3 * g[k][k])) {
      return Double.NaN;
    }
    // Undo the scaling: columns by s_j (log det gains 2 sum log s_j), y by s_y (rss by s_y²);
    // the constant (n - k) log s_y² does not move the maximum and is left out.
    return -0.5 * (logDetSigma + logDet - 2 * logScale + (n - k) * Math.log(rss / (n - k)));
  }
}
