package org.painstats.stats;

import java.util.Optional;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Linear regression with first-order autoregressive errors whose autocorrelation is estimated by
 * restricted maximum likelihood (REML): the engine of {@link MeanDifference}.
 *
 * <p>Model: {@code y_i = x_i'b + e_i} observed at increasing times {@code t_i} (days, gaps
 * allowed), {@code Cov(e_i, e_j) = sigma² rho^|t_i - t_j| / (1 - rho²)} with {@code 0 <= rho <=
 * 0.99}: a daily AR(1) process seen on the observed days (nlme's {@code corCAR1}; {@code corAR1}
 * when there are no gaps). With {@code g_i = t_i - t_{i-1}} the whitening transform is {@code z_1 =
 * sqrt(1 - rho²) v_1}, {@code z_i = (v_i - rho^g_i v_{i-1}) sqrt((1 - rho²) / (1 - rho^(2 g_i)))}
 * (Prais-Winsten with gaps). The REML criterion, with sigma² profiled out, is {@code -1/2 [log det
 * Sigma + log det(Z'Z) + (n - k) log(RSS(rho) / (n - k))]} where Z is the whitened design and RSS
 * the residual sum of squares of the whitened regression (Harville 1974). It is maximised over a
 * grid of rho in steps of 0.02, then refined by Brent's method around the best grid point (grid
 * points far below the best are skipped after a cheap screen, {@link RemlScreen}, with the same
 * best point). With more than two columns the whole search runs on that cheap form of the same
 * criterion (cross-products, O(k²) per rho instead of a QR of n rows), and on the exact one only
 * where the cheap one cannot be trusted.
 *
 * <p>Given rho: the GLS coefficients and their covariance {@code sigma² (Z'Z)^-1} with {@code
 * sigma² = RSS / (n - k)}; and, for estimators that must stay OLS (a difference of means), the
 * covariance of the OLS coefficients under the same fitted error model, {@code sigma² (X'X)^-1 X'
 * Sigma X (X'X)^-1}.
 *
 * <p>Reference: R {@code nlme::gls(y ~ x, correlation = corAR1(), method = "REML")}; Turner, S.L.
 * et al. (2021) BMC Med Res Methodol 21:181 (REML AR(1) performed best among ITS methods in short
 * series).
 */
final class Ar1Regression {
  static final double MAX_RHO = 0.99;
  private static final double GRID_STEP = 0.02;

  /** Screened grid points this far (in log-likelihood) below the screened best are skipped. */
  private static final double SCREEN_MARGIN = 1.0;

  private Ar1Regression() {}

  /**
   * The fitted model.
   *
   * @param rho the AR(1) coefficient per day
   * @param sigma2 the innovation variance {@code RSS / (n - k)}
   * @param gls the GLS coefficients
   * @param glsCovariance their covariance
   * @param n rows
   * @param k design columns
   */
  record Fit(double rho, double sigma2, double[] gls, double[][] glsCovariance, int n, int k) {}

  /**
   * Fits y on the design rows at times t (strictly increasing). Empty when the design is singular,
   * when {@code n - k < 2}, or when the fit is perfect (zero residuals).
   */
  static Optional<Fit> fit(double[] y, double[][] rows, double[] t) {
    int n = y.length;
    int k = n == 0 ? 0 : rows[0].length;
    if (n - k < 2) {
      return Optional.empty();
    }
    double[] gaps = gaps(t);
    Optional<LeastSquares> ols = LeastSquares.fit(rows, y);
    if (ols.isEmpty() || ols.get().isPerfect(y)) {
      return Optional.empty();
    }
    double rho = maximum(y, rows, gaps);
    Optional<LeastSquares> whitened = whitenedFit(y, rows, gaps, rho);
    if (whitened.isEmpty()) {
      return Optional.empty();
    }
    LeastSquares w = whitened.get();
    double sigma2 = w.rss() / (n - k);
    double[][] cov = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int c = 0; c < k; c++) {
        cov[a][c] = sigma2 * w.xtxInverse()[a][c];
      }
    }
    return Optional.of(new Fit(rho, sigma2, w.coefficients(), cov, n, k));
  }

  /**
   * The REML rho of {@link #fit} alone, for a caller that needs nothing else and has checked what
   * {@code fit} checks: a design of full column rank, {@code n - k >= 2}, a fit that is not
   * perfect.
   */
  static double rho(double[] y, double[][] rows, double[] t) {
    return maximum(y, rows, gaps(t));
  }

  private static double maximum(double[] y, double[][] rows, double[] gaps) {
    RemlScreen screen = new RemlScreen(y, rows, gaps);
    double rho = rows[0].length > 2 ? fastMaximum(screen) : Double.NaN;
    return Double.isNaN(rho) ? exactMaximum(new Ar1Reml(y, rows, gaps), screen) : rho;
  }

  /**
   * The REML rho by the exact criterion: the grid maximum ({@link #gridMaximum}), refined by
   * Brent's method within a grid step of it.
   */
  static double exactMaximum(Ar1Reml reml, RemlScreen screen) {
    double[] grid = gridMaximum(reml, screen);
    double best = grid[0];
    double lo = Math.max(0, best - GRID_STEP);
    double hi = Math.min(MAX_RHO, best + GRID_STEP);
    if (!(hi > lo)) {
      return best;
    }
    var point = brent(reml::at, lo, hi, best);
    return point.getValue() >= grid[1] ? point.getPoint() : best;
  }

  /**
   * The REML rho by the same criterion computed from cross-products ({@link RemlScreen}), the same
   * grid and refinement; NaN when the cross-products cannot be trusted anywhere on the way (a
   * nearly singular design or a nearly perfect fit), and the caller then uses the exact criterion.
   * With many columns (the calendar structure: 30 on a ten-year diary) each exact evaluation is a
   * QR of the whole whitened design, and this is a hundred times cheaper; the two rhos agree to
   * about 1e-7 ({@code Ar1RemlTest}).
   */
  static double fastMaximum(RemlScreen screen) {
    int steps = (int) Math.ceil(MAX_RHO / GRID_STEP);
    double best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int s = 0; s <= steps; s++) {
      double rho = Math.min(s * GRID_STEP, MAX_RHO);
      double v = screen.at(rho);
      if (!Double.isFinite(v)) {
        return Double.NaN;
      }
      if (v > bestValue) {
        bestValue = v;
        best = rho;
      }
    }
    double lo = Math.max(0, best - GRID_STEP);
    double hi = Math.min(MAX_RHO, best + GRID_STEP);
    if (!(hi > lo)) {
      return best;
    }
    boolean[] trusted = {true};
    var point =
        brent(
            r -> {
              double v = screen.at(r);
              trusted[0] &= Double.isFinite(v);
              return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
            },
            lo,
            hi,
            best);
    if (!trusted[0]) {
      return Double.NaN;
    }
    return point.getValue() >= bestValue ? point.getPoint() : best;
  }

  private static UnivariatePointValuePair brent(
      UnivariateFunction f, double lo, double hi, double start) {
    return new BrentOptimizer(1e-10, 1e-12)
        .optimize(
            new MaxEval(200),
            new UnivariateObjectiveFunction(f),
            GoalType.MAXIMIZE,
            new SearchInterval(lo, hi, start));
  }

  /**
   * The grid point of rho with the largest criterion (the first, if several), and its value: {rho,
   * value}. Points whose screened value falls more than {@value #SCREEN_MARGIN} below the screened
   * maximum are not evaluated exactly; the screen errs by far less (about 1e-9 in simulated
   * diaries), so the grid maximum, and hence the fit, is the one of evaluating every point. When
   * the screen cannot be trusted (NaN) or an exact value is not finite, every point is evaluated.
   */
  static double[] gridMaximum(Ar1Reml reml, RemlScreen screen) {
    int steps = (int) Math.ceil(MAX_RHO / GRID_STEP);
    double[] screened = new double[steps + 1];
    double top = Double.NEGATIVE_INFINITY;
    boolean trusted = true;
    for (int s = 0; s <= steps && trusted; s++) {
      screened[s] = screen == null ? Double.NaN : screen.at(Math.min(s * GRID_STEP, MAX_RHO));
      trusted = Double.isFinite(screened[s]);
      top = Math.max(top, screened[s]);
    }
    double best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int s = 0; s <= steps; s++) {
      if (trusted && screened[s] < top - SCREEN_MARGIN) {
        continue;
      }
      double rho = Math.min(s * GRID_STEP, MAX_RHO);
      double v = reml.at(rho);
      if (trusted && !Double.isFinite(v)) {
        return gridMaximum(reml, null);
      }
      if (v > bestValue) {
        bestValue = v;
        best = rho;
      }
    }
    return new double[] {best, bestValue};
  }

  /** Covariance of the OLS coefficients of y on rows when the errors follow the fitted model. */
  static double[][] olsCovariance(Fit fit, double[][] rows, double[] t) {
    int n = rows.length;
    int k = rows[0].length;
    double[][] xtxInv = LeastSquares.fit(rows, new double[n]).orElseThrow().xtxInverse();
    double[] gaps = gaps(t);
    double rho = fit.rho();
    // Sigma X by a forward and a backward recursion: (Sigma X)_i = (F_i + B_i - X_i) / (1 - rho²).
    double[][] fwd = new double[n][k];
    double[][] bwd = new double[n][k];
    for (int i = 0; i < n; i++) {
      double d = i == 0 ? 0 : Math.pow(rho, gaps[i]);
      for (int j = 0; j < k; j++) {
        fwd[i][j] = rows[i][j] + (i == 0 ? 0 : d * fwd[i - 1][j]);
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      double d = i == n - 1 ? 0 : Math.pow(rho, gaps[i + 1]);
      for (int j = 0; j < k; j++) {
        bwd[i][j] = rows[i][j] + (i == n - 1 ? 0 : d * bwd[i + 1][j]);
      }
    }
    double[][] meat = new double[k][k];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < k; a++) {
        for (int c = 0; c < k; c++) {
          double sigmaX = (fwd[i][c] + bwd[i][c] - rows[i][c]) / (1 - rho * rho);
          meat[a][c] += rows[i][a] * sigmaX;
        }
      }
    }
    double[][] cov = LeastSquares.sandwich(xtxInv, meat);
    for (double[] row : cov) {
      for (int c = 0; c < k; c++) {
        row[c] *= fit.sigma2();
      }
    }
    return cov;
  }

  private static Optional<LeastSquares> whitenedFit(
      double[] y, double[][] rows, double[] gaps, double rho) {
    int n = y.length;
    int k = rows[0].length;
    double[] zy = new double[n];
    double[][] zx = new double[n][k];
    double first = Math.sqrt(1 - rho * rho);
    zy[0] = first * y[0];
    for (int j = 0; j < k; j++) {
      zx[0][j] = first * rows[0][j];
    }
    for (int i = 1; i < n; i++) {
      double d = Math.pow(rho, gaps[i]);
      double f = gaps[i] == 1 ? 1 : Math.sqrt((1 - rho * rho) / (1 - d * d));
      zy[i] = f * (y[i] - d * y[i - 1]);
      for (int j = 0; j < k; j++) {
        zx[i][j] = f * (rows[i][j] - d * rows[i - 1][j]);
      }
    }
    return LeastSquares.fit(zx, zy);
  }

  /** gaps[i] = t[i] - t[i-1] (gaps[0] unused); throws unless t is strictly increasing. */
  private static double[] gaps(double[] t) {
    Inputs.requireIncreasing(t);
    double[] g = new double[t.length];
    for (int i = 1; i < t.length; i++) {
      g[i] = t[i] - t[i - 1];
    }
    return g;
  }
}
