package org.painstats.stats;

import java.util.Optional;

/**
 * The AR(1) whitening and REML criterion of {@link Ar1Regression} for one data set: the one place
 * both are written (the grid, the optimiser and the final fit all use it).
 *
 * <p>With {@code g_i = t_i - t_{i-1}} the whitened rows are {@code z_1 = sqrt(1 - rho²) v_1},
 * {@code z_i = (v_i - rho^g_i v_{i-1}) sqrt((1 - rho²) / (1 - rho^(2 g_i)))} (Prais-Winsten with
 * gaps) for v a design row and y; the criterion, sigma² profiled out, is {@code -1/2 [log det Sigma
 * + log det(Z'Z) + (n - k) log(RSS / (n - k))]} (Harville 1974), with {@code log det Sigma = -log(1
 * - rho²) + sum_{i: g_i != 1} [log(1 - rho^(2 g_i)) - log(1 - rho²)]}.
 *
 * <p>The optimiser evaluates the criterion some 30 times per fit (70 without {@link RemlScreen}),
 * so {@link #at} whitens into buffers kept between calls and fits them in place by {@link
 * LeastSquares#rssInPlace}, with the arithmetic of {@link #whitenedFit} (the fit the caller keeps)
 * to the last bit.
 */
final class Ar1Reml {
  private final double[] y;
  private final double[][] columns;
  private final double[] gaps;
  private final int n;
  private final int k;
  private final double[][] whitened;
  private final double[] zy;
  private final LeastSquares.Buffers buffers;
  private final double[] power;
  private final double[] factor;

  /** For y on the design rows, with gaps[i] = t[i] - t[i-1]; n &gt;= k &gt;= 1. */
  Ar1Reml(double[] y, double[][] rows, double[] gaps) {
    this.y = y;
    this.gaps = gaps;
    this.n = y.length;
    this.k = rows[0].length;
    this.columns = new double[k][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        columns[j][i] = rows[i][j];
      }
    }
    this.whitened = new double[k][n];
    this.zy = new double[n];
    this.buffers = new LeastSquares.Buffers(n, k);
    this.power = new double[n];
    this.factor = new double[n];
  }

  /** The least-squares fit of the whitened y on the whitened design; empty when singular. */
  Optional<LeastSquares> whitenedFit(double rho) {
    whiten(rho);
    return LeastSquares.fitColumns(whitened, zy);
  }

  /** The restricted log-likelihood (up to a constant) at rho; -infinity when not computable. */
  double at(double rho) {
    whiten(rho);
    double rss = LeastSquares.rssInPlace(whitened, zy, buffers);
    if (!(rss > 0)) {
      return Double.NEGATIVE_INFINITY;
    }
    double base = Math.log1p(-rho * rho);
    double logDetSigma = -base;
    for (int i = 1; i < n; i++) {
      if (gaps[i] != 1) {
        logDetSigma += Math.log1p(-Math.pow(rho, 2 * gaps[i])) - base;
      }
    }
    return -0.5 * (logDetSigma + buffers.logDetXtx() + (n - k) * Math.log(rss / (n - k)));
  }

  private void whiten(double rho) {
    double first = Math.sqrt(1 - rho * rho);
    power[0] = 0;
    factor[0] = first;
    for (int i = 1; i < n; i++) {
      // Math.pow(rho, 1) is rho exactly, so one-day gaps (most rows) skip pow and sqrt
      double d = gaps[i] == 1 ? rho : Math.pow(rho, gaps[i]);
      power[i] = d;
      factor[i] = gaps[i] == 1 ? 1 : Math.sqrt((1 - rho * rho) / (1 - d * d));
    }
    whiten(y, zy);
    for (int j = 0; j < k; j++) {
      whiten(columns[j], whitened[j]);
    }
  }

  private void whiten(double[] v, double[] z) {
    z[0] = factor[0] * v[0];
    for (int i = 1; i < n; i++) {
      z[i] = factor[i] * (v[i] - power[i] * v[i - 1]);
    }
  }
}
