package org.painstats.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * The REML criterion of {@link Ar1Regression} at any rho, for one data set, evaluated without
 * allocating: the optimiser calls it about 70 times per fit.
 *
 * <p>Each evaluation whitens the design and y into buffers kept between calls and fits them by
 * Householder QR on unit-length columns with exactly the operations, in the same order, as {@link
 * LeastSquares#fit} ({@link Householder}): the criterion is bit for bit the one of the
 * straightforward code, so the optimiser takes the same steps and finds the same rho. Powers {@code
 * rho^g} and logarithms that depend only on rho and a gap g are computed once per distinct gap (for
 * a gap of one day {@code rho^1 = rho} exactly).
 */
final class Ar1Reml {
  /** Relative size below which a diagonal element of R marks a singular design, as LeastSquares. */
  private static final double SINGULAR = 1e-10;

  private final double[] y;
  private final double[][] columns;
  private final double[] gaps;
  private final int n;
  private final int k;
  private final double[][] whitened;
  private final double[][] qrt;
  private final double[] zy;
  private final double[] work;
  private final double[] scale;
  private final double[] rDiag;
  private final double[] coef;
  private final double[] distinctGaps;
  private final double[] powers;
  private final double[] logTerms;
  private final Map<Double, Integer> gapIndex = new HashMap<>();
  private final int[] gapOf;

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
    this.qrt = new double[k][n];
    this.zy = new double[n];
    this.work = new double[n];
    this.scale = new double[k];
    this.rDiag = new double[k];
    this.coef = new double[k];
    this.gapOf = new int[n];
    for (int i = 1; i < n; i++) {
      gapOf[i] = gapIndex.computeIfAbsent(gaps[i], g -> gapIndex.size());
    }
    this.distinctGaps = new double[gapIndex.size()];
    gapIndex.forEach((g, idx) -> distinctGaps[idx] = g);
    this.powers = new double[distinctGaps.length];
    this.logTerms = new double[distinctGaps.length];
  }

  /** The restricted log-likelihood (up to a constant) at rho; -infinity when not computable. */
  double at(double rho) {
    double rss = whitenedFit(rho);
    if (!(rss > 0)) {
      return Double.NEGATIVE_INFINITY;
    }
    double logDetXtx = 0;
    for (int j = 0; j < k; j++) {
      logDetXtx += 2 * (Math.log(Math.abs(rDiag[j])) + Math.log(scale[j]));
    }
    double base = Math.log1p(-rho * rho);
    for (int g = 0; g < distinctGaps.length; g++) {
      logTerms[g] = Math.log1p(-Math.pow(rho, 2 * distinctGaps[g]));
    }
    double logDetSigma = -base;
    for (int i = 1; i < n; i++) {
      if (gaps[i] != 1) {
        logDetSigma += logTerms[gapOf[i]] - base;
      }
    }
    return -0.5 * (logDetSigma + logDetXtx + (n - k) * Math.log(rss / (n - k)));
  }

  /** The residual sum of squares of the whitened fit at rho; NaN when the design is singular. */
  private double whitenedFit(double rho) {
    for (int g = 0; g < distinctGaps.length; g++) {
      powers[g] = Math.pow(rho, distinctGaps[g]);
    }
    if (k == 2) {
      return whitenedFitOfTwo(rho);
    }
    double first = Math.sqrt(1 - rho * rho);
    zy[0] = first * y[0];
    for (int j = 0; j < k; j++) {
      whitened[j][0] = first * columns[j][0];
    }
    for (int i = 1; i < n; i++) {
      double g = gaps[i];
      double d = powers[gapOf[i]];
      double f = g == 1 ? 1 : Math.sqrt((1 - rho * rho) / (1 - d * d));
      zy[i] = f * (y[i] - d * y[i - 1]);
    }
    for (int j = 0; j < k; j++) {
      double[] x = columns[j];
      double[] z = whitened[j];
      for (int i = 1; i < n; i++) {
        double g = gaps[i];
        double d = powers[gapOf[i]];
        double f = g == 1 ? 1 : Math.sqrt((1 - rho * rho) / (1 - d * d));
        z[i] = f * (x[i] - d * x[i - 1]);
      }
    }
    // LeastSquares.fit on (whitened, zy): unit-length columns, Householder QR, solve, residuals.
    for (int j = 0; j < k; j++) {
      double s = 0;
      for (double v : whitened[j]) {
        s += v * v;
      }
      scale[j] = s;
    }
    for (int j = 0; j < k; j++) {
      scale[j] = Math.sqrt(scale[j]);
      if (!(scale[j] > 0) || Double.isInfinite(scale[j])) {
        return Double.NaN;
      }
    }
    for (int j = 0; j < k; j++) {
      double[] z = whitened[j];
      double[] q = qrt[j];
      for (int i = 0; i < n; i++) {
        q[i] = z[i] / scale[j];
      }
    }
    Householder.decompose(qrt, rDiag);
    if (!Householder.nonSingular(rDiag, SINGULAR)) {
      return Double.NaN;
    }
    Householder.solve(qrt, rDiag, zy, work, coef);
    for (int j = 0; j < k; j++) {
      coef[j] /= scale[j];
    }
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < k; j++) {
        fitted += whitened[j][i] * coef[j];
      }
      double resid = zy[i] - fitted;
      rss += resid * resid;
    }
    return rss;
  }

  /**
   * {@link #whitenedFit} for two columns (a difference of means), the common case: the same
   * operations on the same values in the same order, fused into six passes over the rows where the
   * general code makes fourteen. Sums that the general code runs one after another (the two column
   * norms; a column's reflection coefficient and y's) run side by side here, each in its own order.
   */
  private double whitenedFitOfTwo(double rho) {
    double[] x0 = columns[0];
    double[] x1 = columns[1];
    double[] z0 = whitened[0];
    double[] z1 = whitened[1];
    double first = Math.sqrt(1 - rho * rho);
    zy[0] = first * y[0];
    z0[0] = first * x0[0];
    z1[0] = first * x1[0];
    double s0 = z0[0] * z0[0];
    double s1 = z1[0] * z1[0];
    for (int i = 1; i < n; i++) {
      double g = gaps[i];
      double d = powers[gapOf[i]];
      double f = g == 1 ? 1 : Math.sqrt((1 - rho * rho) / (1 - d * d));
      zy[i] = f * (y[i] - d * y[i - 1]);
      double a = f * (x0[i] - d * x0[i - 1]);
      double b = f * (x1[i] - d * x1[i - 1]);
      z0[i] = a;
      z1[i] = b;
      s0 += a * a;
      s1 += b * b;
    }
    double scale0 = Math.sqrt(s0);
    double scale1 = Math.sqrt(s1);
    scale[0] = scale0;
    scale[1] = scale1;
    if (!(scale0 > 0) || Double.isInfinite(scale0) || !(scale1 > 0) || Double.isInfinite(scale1)) {
      return Double.NaN;
    }
    // Householder step 0 on the unit-length columns q0, q1.
    double[] q0 = qrt[0];
    double[] q1 = qrt[1];
    double norm0 = 0;
    for (int i = 0; i < n; i++) {
      double v = z0[i] / scale0;
      q0[i] = v;
      q1[i] = z1[i] / scale1;
      norm0 += v * v;
    }
    double a0 = q0[0] > 0 ? -Math.sqrt(norm0) : Math.sqrt(norm0);
    rDiag[0] = a0;
    if (Math.abs(a0) <= SINGULAR) {
      return Double.NaN;
    }
    q0[0] -= a0;
    double alpha = 0;
    double dot = 0;
    for (int row = 0; row < n; row++) {
      alpha -= q1[row] * q0[row];
      dot += zy[row] * q0[row];
    }
    alpha /= a0 * q0[0];
    dot /= a0 * q0[0];
    q1[0] -= alpha * q0[0];
    work[0] = zy[0] + dot * q0[0];
    double norm1 = 0;
    for (int row = 1; row < n; row++) {
      double v = q1[row] - alpha * q0[row];
      q1[row] = v;
      work[row] = zy[row] + dot * q0[row];
      norm1 += v * v;
    }
    // Householder step 1, then y's reflection (only rows 0 and 1 are read afterwards).
    double a1 = q1[1] > 0 ? -Math.sqrt(norm1) : Math.sqrt(norm1);
    rDiag[1] = a1;
    if (Math.abs(a1) <= SINGULAR) {
      return Double.NaN;
    }
    q1[1] -= a1;
    double dot1 = 0;
    for (int row = 1; row < n; row++) {
      dot1 += work[row] * q1[row];
    }
    dot1 /= a1 * q1[1];
    work[1] += dot1 * q1[1];
    // R b = Q'zy, then undo the column scaling.
    work[1] /= a1;
    double b1 = work[1];
    work[0] -= b1 * q1[0];
    work[0] /= a0;
    double c0 = work[0] / scale0;
    double c1 = b1 / scale1;
    coef[0] = c0;
    coef[1] = c1;
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double resid = zy[i] - (z0[i] * c0 + z1[i] * c1);
      rss += resid * resid;
    }
    return rss;
  }
}
