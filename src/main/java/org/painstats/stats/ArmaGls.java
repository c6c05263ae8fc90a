package org.painstats.stats;

import java.util.Optional;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Regression on a daily series whose noise is a first-order autoregression seen through reporting
 * noise (AR(1) plus white noise, an ARMA(1,1)), fitted by restricted maximum likelihood with the
 * Kalman filter: the engine of {@link ApproachModel}.
 *
 * <p>Model, in units of the noise's variance V: {@code y_t = x_t'b + a_t + e_t}, {@code a_t = phi
 * a_(t-1) + u_t}, {@code Var a_t = 1 - w}, {@code Var e_t = w}, so that the noise's autocorrelation
 * is {@code (1 - w) phi^k} at lag k &gt; 0. Days with y missing (NaN) are skipped by the filter:
 * gaps are gaps. For given (phi, w) the filter turns y and each design column into innovations with
 * variances F_t (the whitening of GLS); with {@code S = sum x~ x~'/F} the GLS coefficients are
 * {@code S^-1 sum x~ y~/F}, V is profiled out as {@code RSS/(n - k)} and the REML criterion is
 * {@code -1/2 [sum log F_t + log det S + (n - k) log(RSS/(n - k))]} (Harville 1974; Durbin &amp;
 * Koopman 2012, section 6.2). It is maximised over {@code 0 <= phi, w <= 0.98} by BOBYQA started
 * from the best point of a coarse grid.
 *
 * <p>The slow part may restart at given days (a flare: a jump of unknown size in the slow part,
 * which then fades at its own pace): the filter takes the state there as unknown (diffuse), so that
 * day's innovation enters neither the RSS nor the criterion and costs one degree of freedom (the
 * innovational outlier of Fox 1972, in state-space form: Durbin &amp; Koopman 2012, section 5.2).
 *
 * <p>Columns may carry a prior precision (a ridge, in units of 1/V): a coefficient that the data
 * cannot tell from another (an approach's lasting effect and the next approach) is then held near 0
 * with the stated spread, and the criterion adds {@code b' P b} to the RSS.
 *
 * <p>Reference: R {@code nlme::gls(y ~ X, correlation = corARMA(p = 1, q = 1), method = "REML")},
 * the same model when its MA coefficient lies in the AR(1)-plus-noise region.
 */
final class ArmaGls {
  static final double MAX = 0.98;

  /** The variance of a restarted state, in units of V: diffuse next to any day's noise. */
  private static final double DIFFUSE = 1e9;

  /** A filter state below this (columns are of order 1) is taken as zero. */
  private static final double NEGLIGIBLE = 1e-13;

  private static final double[] PHI_GRID = {0.05, 0.3, 0.5, 0.7, 0.85, 0.95};
  private static final double[] W_GRID = {0.02, 0.3, 0.6, 0.9};

  private final double[] y;
  private final double[][] cols;
  private final double[] prior;
  private final int n;
  private final int k;
  private final int nObs;
  private final boolean[] restart;
  private final double[] m;
  private final double[] v;
  private final double[][] s;
  private final double[] sy;
  private final double[][] chol;
  private final double[] coef;
  private final int[] active;
  private final int[] from;
  private final int[] to;
  private final Integer[] order;
  private double filterLogF;

  /**
   * @param y the series, NaN where missing
   * @param cols design columns, each as long as y and finite wherever y is
   * @param prior prior precision of each coefficient in units of 1/V (0 for none)
   */
  ArmaGls(double[] y, double[][] cols, double[] prior) {
    this(y, cols, prior, new boolean[y.length]);
  }

  /**
   * @param y the series, NaN where missing
   * @param cols design columns, each as long as y and finite wherever y is
   * @param prior prior precision of each coefficient in units of 1/V (0 for none)
   * @param restart days (observed) at which the slow part restarts at an unknown level
   */
  ArmaGls(double[] y, double[][] cols, double[] prior, boolean[] restart) {
    this.restart = restart;
    this.y = y;
    this.cols = cols;
    this.prior = prior;
    this.n = y.length;
    this.k = cols.length;
    int obs = 0;
    for (int t = 0; t < y.length; t++) {
      // a restarted day's value only tells the filter where the slow part restarted
      obs += Double.isNaN(y[t]) || restart[t] ? 0 : 1;
    }
    this.nObs = obs;
    this.m = new double[k + 1];
    this.v = new double[k + 1];
    this.s = new double[k + 1][k + 1];
    this.sy = new double[k];
    this.chol = new double[k][k];
    this.coef = new double[k];
    this.active = new int[k + 1];
    this.from = new int[k];
    this.to = new int[k];
    for (int j = 0; j < k; j++) {
      from[j] = n;
      to[j] = -1;
      for (int t = 0; t < n; t++) {
        if (cols[j][t] != 0) {
          from[j] = Math.min(from[j], t);
          to[j] = t;
        }
      }
    }
    this.order = new Integer[k];
    for (int j = 0; j < k; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(j -> from[j]));
  }

  /**
   * The fit at the REML noise parameters.
   *
   * @param phi the AR(1) coefficient per day of the slow part
   * @param white the share w of the noise variance that is day-to-day reporting noise
   * @param variance the noise variance V
   * @param coefficients the GLS coefficients
   * @param covariance their covariance {@code V S^-1}
   * @param observed days used
   * @param df residual degrees of freedom {@code observed - k}
   * @param criterion the REML criterion at the optimum
   */
  record Fit(
      double phi,
      double white,
      double variance,
      double[] coefficients,
      double[][] covariance,
      int observed,
      int df,
      double criterion) {}

  /** Fits; empty when fewer than k + 3 days are observed or the design is singular. */
  Optional<Fit> fit() {
    if (nObs < k + 3) {
      return Optional.empty();
    }
    double best = Double.NEGATIVE_INFINITY;
    double[] start = null;
    for (double phi : PHI_GRID) {
      for (double w : W_GRID) {
        double c = criterion(phi, w);
        if (c > best) {
          best = c;
          start = new double[] {phi, w};
        }
      }
    }
    if (start == null) {
      return Optional.empty();
    }
    double[] at = start;
    try {
      var opt = new BOBYQAOptimizer(5, 0.05, 1e-3);
      var point =
          opt.optimize(
              new MaxEval(400),
              new ObjectiveFunction(p -> criterion(p[0], p[1])),
              GoalType.MAXIMIZE,
              new InitialGuess(start),
              new SimpleBounds(new double[] {0, 0}, new double[] {MAX, MAX}));
      if (point.getValue() >= best) {
        at = point.getPoint();
        best = point.getValue();
      }
    } catch (org.apache.commons.math3.exception.MathIllegalStateException e) {
      // the grid point stands: BOBYQA gives up only on flat or degenerate criteria
    }
    return fitAt(at[0], at[1], best);
  }

  /** The fit at given noise parameters (for reference checks and the optimum). */
  Optional<Fit> fitAt(double phi, double w, double criterion) {
    double rss = filter(phi, w);
    return rss > 0 ? Optional.of(fitOf(phi, w, rss, criterion)) : Optional.empty();
  }

  private Fit fitOf(double phi, double w, double rss, double criterion) {
    int df = nObs - k;
    double variance = rss / df;
    double[][] inv = inverse();
    for (double[] row : inv) {
      for (int j = 0; j < k; j++) {
        row[j] *= variance;
      }
    }
    return new Fit(phi, w, variance, coef.clone(), inv, nObs, df, criterion);
  }

  /**
   * The one-step innovations of the residuals {@code y - Xb} under the fitted noise, {@code v_t}
   * (in the outcome's units), and standardized, {@code v_t / sqrt(F_t V)}: independent standard
   * normal draws when the model holds, so one day's can be judged alone, whatever the noise did
   * before. NaN on days without y and on restarts.
   *
   * @return {v, standardized v}
   */
  double[][] innovations(Fit fit) {
    double phi = fit.phi();
    double w = fit.white();
    double slow = 1 - w;
    double p = slow;
    double m = 0;
    double[][] out = new double[2][n];
    for (int t = 0; t < n; t++) {
      out[0][t] = Double.NaN;
      out[1][t] = Double.NaN;
      if (!Double.isNaN(y[t])) {
        double r = y[t];
        for (int j = 0; j < k; j++) {
          r -= fit.coefficients()[j] * cols[j][t];
        }
        p = restart[t] ? DIFFUSE : p;
        double f = p + w;
        double v = r - m;
        if (!restart[t]) {
          out[0][t] = v;
          out[1][t] = v / Math.sqrt(f * fit.variance());
        }
        m += p / f * v;
        p = p * w / f;
      }
      m *= phi;
      p = phi * phi * p + slow * (1 - phi * phi);
    }
    return out;
  }

  /** The REML criterion at (phi, w); -infinity when not computable. */
  double criterion(double phi, double w) {
    double rss = filter(phi, w);
    return rss > 0 ? criterionOf(rss) : Double.NEGATIVE_INFINITY;
  }

  /** The REML criterion of the filter pass just run, whose RSS is given. */
  private double criterionOf(double rss) {
    double logDet = 0;
    for (int j = 0; j < k; j++) {
      logDet += 2 * Math.log(chol[j][j]);
    }
    int df = nObs - k;
    return -0.5 * (filterLogF + logDet + df * Math.log(rss / df));
  }

  /** The fit and its criterion at (phi, w) from one filter pass; null when not computable. */
  private Fit point(double phi, double w) {
    double rss = filter(phi, w);
    return rss > 0 ? fitOf(phi, w, rss, criterionOf(rss)) : null;
  }

  /**
   * Runs the filter at (phi, w), fills S (with the prior), its Cholesky factor and the
   * coefficients, and returns the (penalised) RSS in units of V; NaN when S is singular.
   */
  private double filter(double phi, double w) {
    for (double[] row : s) {
      java.util.Arrays.fill(row, 0);
    }
    java.util.Arrays.fill(m, 0);
    double slow = 1 - w;
    double p = slow;
    double innovation = slow * (1 - phi * phi);
    double logF = 0;
    // Only columns with a value or a filter state take part: a B-spline column is zero outside its
    // support, an approach's step before its first day, and a state fades by phi (1 - gain) a day.
    // active[0..count) holds them in no particular order; pairs are summed into s[r][c] whatever
    // the order and folded into the upper triangle at the end.
    int count = 0;
    int next = 0;
    for (int t = 0; t < n; t++) {
      while (next < k && from[order[next]] == t) {
        active[count++] = order[next++];
      }
      double yt = y[t];
      if (!Double.isNaN(yt)) {
        boolean diffuse = restart[t];
        if (diffuse) {
          p = DIFFUSE;
        }
        double f = p + w;
        double gain = p / f;
        for (int i = 0; i < count; i++) {
          int j = active[i];
          v[j] = cols[j][t] - m[j];
        }
        active[count] = k;
        v[k] = yt - m[k];
        for (int i = 0; i <= count; i++) {
          int r = active[i];
          double vr = v[r] / f;
          double[] row = s[r];
          for (int q = i; q <= count; q++) {
            int c = active[q];
            row[c] += vr * v[c];
          }
          m[r] += gain * v[r];
        }
        logF += diffuse ? 0 : Math.log(f);
        p = diffuse ? w * p / f : p * (1 - gain);
      }
      m[k] *= phi;
      for (int i = 0; i < count; i++) {
        int j = active[i];
        m[j] *= phi;
        if (t >= to[j] && Math.abs(m[j]) <= NEGLIGIBLE) {
          m[j] = 0;
          active[i--] = active[--count];
        }
      }
      p = phi * phi * p + innovation;
    }
    for (int a = 0; a <= k; a++) {
      for (int c = a + 1; c <= k; c++) {
        s[a][c] += s[c][a];
        s[c][a] = 0;
      }
    }
    filterLogF = logF;
    for (int j = 0; j < k; j++) {
      s[j][j] += prior[j];
    }
    // Cholesky of S (upper triangle held in s[a][c], c >= a), then solve for the coefficients.
    for (int j = 0; j < k; j++) {
      double d = s[j][j];
      for (int l = 0; l < j; l++) {
        d -= chol[j][l] * chol[j][l];
      }
      if (!(d > 1e-12 * Math.max(1, s[j][j]))) {
        return Double.NaN;
      }
      chol[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < k; i++) {
        double e = s[j][i];
        for (int l = 0; l < j; l++) {
          e -= chol[i][l] * chol[j][l];
        }
        chol[i][j] = e / chol[j][j];
      }
    }
    for (int j = 0; j < k; j++) {
      sy[j] = s[j][k];
    }
    for (int j = 0; j < k; j++) {
      double e = sy[j];
      for (int l = 0; l < j; l++) {
        e -= chol[j][l] * coef[l];
      }
      coef[j] = e / chol[j][j];
    }
    for (int j = k - 1; j >= 0; j--) {
      double e = coef[j];
      for (int l = j + 1; l < k; l++) {
        e -= chol[l][j] * coef[l];
      }
      coef[j] = e / chol[j][j];
    }
    // RSS + b'Pb = y'y/F - b'(X'y/F), since S b = X'y/F with the prior in S.
    double rss = s[k][k];
    for (int j = 0; j < k; j++) {
      rss -= coef[j] * sy[j];
    }
    return rss;
  }

  /**
   * The variance of {@code c'b} and its degrees of freedom allowing for the estimation of the noise
   * parameters, after Kenward &amp; Roger (1997): {@code c'Phi c + g_b' Var(theta) g_b + max(0,
   * -1/2 tr(Var(theta) H_q))} (the Kackar-Harville inflation, and the correction of the downward
   * bias of {@code c'Phi(theta^)c}) and Satterthwaite's {@code df = 2 (c'Phi c)^2 / (g_q'
   * Var(theta) g_q + 2 (c'Phi c)^2 / (n - k))}, where {@code Phi} is the covariance of b at theta =
   * (phi, w), {@code g_b} and {@code g_q} the gradients of {@code c'b} and {@code c'Phi c} in
   * theta, {@code H_q} the Hessian of {@code c'Phi c}, and {@code Var(theta)} the inverse of the
   * observed REML information, all by central differences. A parameter on its bound, or along which
   * the criterion is flat, is held fixed. In seeded AR(1)-plus-noise diaries of 112 days the
   * first-order part alone left 6.65% of useless approaches significant (133 of 2000), the whole
   * 5.75% (115 of 2000). One filter pass at each of the 4 or 8 points around theta gives both the
   * criterion and the fit there.
   *
   * @return one {variance, df} per contrast
   */
  double[][] adjusted(Fit fit, double[][] contrasts) {
    double h = 0.01;
    double[] theta = {
      Math.min(Math.max(fit.phi(), h), MAX - h), Math.min(Math.max(fit.white(), h), MAX - h)
    };
    boolean[] free = {fit.phi() > h / 2 && fit.phi() < MAX - h / 2, fit.white() > h / 2};
    // One filter pass gives the criterion and the fit at a point: the axes at +-h and, when both
    // parameters are free, the four corners serve the information and the derivatives alike.
    Fit zero = point(theta[0], theta[1]);
    Fit[] up = new Fit[2];
    Fit[] down = new Fit[2];
    for (int i = 0; i < 2; i++) {
      if (free[i] && zero != null) {
        up[i] = point(theta[0] + (i == 0 ? h : 0), theta[1] + (i == 1 ? h : 0));
        down[i] = point(theta[0] - (i == 0 ? h : 0), theta[1] - (i == 1 ? h : 0));
        free[i] = up[i] != null && down[i] != null;
      } else {
        free[i] = false;
      }
    }
    Fit[] corner = new Fit[4];
    boolean corners = free[0] && free[1];
    for (int c = 0; c < 4 && corners; c++) {
      corner[c] = point(theta[0] + (c < 2 ? h : -h), theta[1] + (c % 2 == 0 ? h : -h));
      corners = corner[c] != null;
    }
    double[][] info = new double[2][2];
    for (int i = 0; i < 2; i++) {
      if (free[i]) {
        info[i][i] = -(up[i].criterion() - 2 * zero.criterion() + down[i].criterion()) / (h * h);
      }
    }
    if (corners) {
      info[0][1] =
          -(corner[0].criterion()
                  - corner[1].criterion()
                  - corner[2].criterion()
                  + corner[3].criterion())
              / (4 * h * h);
      info[1][0] = info[0][1];
    }
    double[][] var = new double[2][2];
    double det = info[0][0] * info[1][1] - info[0][1] * info[1][0];
    if (corners && info[0][0] > 0 && det > 0) {
      var[0][0] = info[1][1] / det;
      var[1][1] = info[0][0] / det;
      var[0][1] = -info[0][1] / det;
      var[1][0] = var[0][1];
    } else {
      for (int i = 0; i < 2; i++) {
        if (free[i] && info[i][i] > 0) {
          var[i][i] = 1 / info[i][i];
        }
      }
    }
    int m = contrasts.length;
    double[][] out = new double[m][2];
    for (int c = 0; c < m; c++) {
      double[] cc = contrasts[c];
      double q = quad(cc, fit.covariance());
      double[] gb = new double[2];
      double[] gq = new double[2];
      double[][] hq = new double[2][2];
      for (int i = 0; i < 2; i++) {
        if (var[i][i] == 0) {
          continue;
        }
        double qu = quad(cc, up[i].covariance());
        double qd = quad(cc, down[i].covariance());
        gb[i] = (dot(cc, up[i].coefficients()) - dot(cc, down[i].coefficients())) / (2 * h);
        gq[i] = (qu - qd) / (2 * h);
        hq[i][i] = (qu - 2 * quad(cc, zero.covariance()) + qd) / (h * h);
      }
      if (var[0][1] != 0) {
        hq[0][1] =
            (quad(cc, corner[0].covariance())
                    - quad(cc, corner[1].covariance())
                    - quad(cc, corner[2].covariance())
                    + quad(cc, corner[3].covariance()))
                / (4 * h * h);
        hq[1][0] = hq[0][1];
      }
      // c'Phi(theta^)c itself is biased: E ~ c'Phi c + 1/2 tr(Var(theta) H_q) (the second-order
      // part of Kenward & Roger 1997, which amounts to a second Lambda); corrected only when that
      // widens the interval, as the expansion is least reliable where it would narrow it (theta
      // near its bounds, a flat criterion).
      double bias = 0.5 * trace(var, hq);
      double varQ = quad(gq, var) + 2 * q * q / fit.df();
      out[c][0] = q + Math.max(0, -bias) + quad(gb, var);
      out[c][1] = 2 * q * q / varQ;
    }
    return out;
  }

  private static double trace(double[][] a, double[][] b) {
    return a[0][0] * b[0][0] + a[0][1] * b[1][0] + a[1][0] * b[0][1] + a[1][1] * b[1][1];
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double quad(double[] c, double[][] m) {
    double s = 0;
    for (int i = 0; i < c.length; i++) {
      if (c[i] == 0) {
        continue;
      }
      for (int j = 0; j < c.length; j++) {
        s += c[i] * m[i][j] * c[j];
      }
    }
    return s;
  }

  /** S^-1 from its Cholesky factor. */
  private double[][] inverse() {
    double[][] inv = new double[k][k];
    double[] e = new double[k];
    for (int c = 0; c < k; c++) {
      java.util.Arrays.fill(e, 0);
      e[c] = 1;
      for (int j = 0; j < k; j++) {
        double x = e[j];
        for (int l = 0; l < j; l++) {
          x -= chol[j][l] * e[l];
        }
        e[j] = x / chol[j][j];
      }
      for (int j = k - 1; j >= 0; j--) {
        double x = e[j];
        for (int l = j + 1; l < k; l++) {
          x -= chol[l][j] * e[l];
        }
        e[j] = x / chol[j][j];
      }
      for (int j = 0; j < k; j++) {
        inv[j][c] = e[j];
      }
    }
    return inv;
  }
}
