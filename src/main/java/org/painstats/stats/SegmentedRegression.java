package org.painstats.stats;

import java.util.Locale;

/**
 * An interrupted time series: the change in level and in slope of y when an intervention phase
 * follows a baseline phase, with errors that allow for day-to-day autocorrelation.
 *
 * <p>Model: {@code y = b0 + b1 (t - t0) + b2 D + b3 (t - t0) D + e}, t the day, D = 1 in the
 * intervention phase and 0 in the baseline, t0 the first day of the intervention phase. So b1 is
 * the baseline slope per day, b2 the jump in level at t0 (relative to the baseline line carried
 * forward), b3 the change in slope per day. The errors follow a daily AR(1) process, {@code
 * Cov(e_i, e_j) = sigma² rho^|t_i - t_j| / (1 - rho²)}, rho in [0, 0.99] estimated by REML; the
 * coefficients are the GLS (Prais-Winsten) estimates given rho, and each {@code b / se} is referred
 * to Student's t with {@code n - 4} degrees of freedom (see {@link Ar1Regression}).
 *
 * <p>Why not OLS with Newey-West errors: with a 45-day baseline, a 60-day phase and AR(1) errors
 * (phi = 0.6) that test rejected a true "no level change" in about 19% of simulated series at the
 * 5% level (t with n - k df and the n/(n-k) correction included; longer lags and fixed-b critical
 * values did no better); this model rejects in about 5%. It does assume the AR(1) form: with more
 * persistent noise (an AR(2) or AR(1) plus measurement error) it too rejects more often (12-14%).
 *
 * <p>Missing data: a row with NaN in y, t or phase is dropped. Rows with phase NaN belong to
 * neither phase and are ignored. Gaps in t are real gaps in time.
 *
 * <p>Degenerate cases: when either phase has fewer than 3 rows, or the fit is singular or perfect,
 * {@link #estimable()} is false and the three estimates are {@link Estimate#missing()}; the phase
 * means and counts are still given (NaN for an empty phase).
 *
 * <p>Reference: Wagner, A.K. et al. (2002) J Clin Pharm Ther 27:299-309 (segmented regression); the
 * model of R {@code nlme::gls(y ~ time + D + timeAfter, correlation = corCAR1(form = ~ t), method =
 * "REML")} with rho restricted to [0, 0.99]; Turner, S.L. et al. (2021) BMC Med Res Methodol
 * 21:181.
 *
 * @param levelChange b2: the jump in y at the start of the intervention phase
 * @param slopeChange b3: the change in slope, per unit of t (per day)
 * @param preSlope b1: the slope in the baseline phase, per day (a falling baseline means y was
 *     already falling before the start)
 * @param meanBefore mean of y in the baseline phase
 * @param meanDuring mean of y in the intervention phase
 * @param nBefore rows used in the baseline phase
 * @param nDuring rows used in the intervention phase
 * @param rho estimated one-day autocorrelation of the errors
 * @param estimable false when a phase has fewer than {@value #MIN_PHASE_ROWS} rows or the model
 *     could not be fitted; the estimates are then NaN
 */
public record SegmentedRegression(
    Estimate levelChange,
    Estimate slopeChange,
    Estimate preSlope,
    double meanBefore,
    double meanDuring,
    int nBefore,
    int nDuring,
    double rho,
    boolean estimable) {

  /** The fewest rows per phase for which the model is fitted. */
  public static final int MIN_PHASE_ROWS = 3;

  /**
   * Fits the segmented regression of y on time t for rows with phase 0 (baseline) and phase 1
   * (intervention).
   *
   * @param y the outcome, NaN where missing
   * @param t the day of each row (e.g. days since the diary began), strictly increasing
   * @param phase 0 for a baseline row, 1 for an intervention row, NaN for a row in neither
   * @throws IllegalArgumentException when lengths differ, phase holds another value, t does not
   *     increase, or a baseline row comes after an intervention row
   */
  public static SegmentedRegression fit(double[] y, double[] t, double[] phase) {
    Inputs.requireSameLength("y", y, "t", t);
    Inputs.requireSameLength("y", y, "phase", phase);
    Inputs.requireZeroOne("phase", phase);
    int[] rows = Inputs.completeRows(y, t, phase);
    int n = rows.length;
    double[] yy = Inputs.select(y, rows);
    double[] tt = Inputs.select(t, rows);
    double[] d = Inputs.select(phase, rows);
    Inputs.requireIncreasing(tt);
    int nBefore = 0;
    double sumBefore = 0;
    double sumDuring = 0;
    double t0 = Double.NaN;
    for (int i = 0; i < n; i++) {
      if (d[i] == 0) {
        if (!Double.isNaN(t0)) {
          throw new IllegalArgumentException(
              String.format(
                  "baseline row at t = %s comes after the intervention began at t = %s; the"
                      + " baseline must precede the phase (mark later rows NaN)",
                  tt[i], t0));
        }
        nBefore++;
        sumBefore += yy[i];
      } else {
        if (Double.isNaN(t0)) {
          t0 = tt[i];
        }
        sumDuring += yy[i];
      }
    }
    int nDuring = n - nBefore;
    double meanBefore = nBefore > 0 ? sumBefore / nBefore : Double.NaN;
    double meanDuring = nDuring > 0 ? sumDuring / nDuring : Double.NaN;
    if (nBefore < MIN_PHASE_ROWS || nDuring < MIN_PHASE_ROWS) {
      return notEstimable(meanBefore, meanDuring, nBefore, nDuring);
    }
    double[][] design = new double[n][];
    for (int i = 0; i < n; i++) {
      double s = tt[i] - t0;
      design[i] = new double[] {1, s, d[i], s * d[i]};
    }
    var fit = Ar1Regression.fit(yy, design, tt);
    if (fit.isEmpty()) {
      return notEstimable(meanBefore, meanDuring, nBefore, nDuring);
    }
    double[] b = fit.get().gls();
    double[][] cov = fit.get().glsCovariance();
    int df = n - 4;
    return new SegmentedRegression(
        Inference.studentT(b[2], Math.sqrt(cov[2][2]), df),
        Inference.studentT(b[3], Math.sqrt(cov[3][3]), df),
        Inference.studentT(b[1], Math.sqrt(cov[1][1]), df),
        meanBefore,
        meanDuring,
        nBefore,
        nDuring,
        fit.get().rho(),
        true);
  }

  private static SegmentedRegression notEstimable(
      double meanBefore, double meanDuring, int nBefore, int nDuring) {
    return new SegmentedRegression(
        Estimate.missing(),
        Estimate.missing(),
        Estimate.missing(),
        meanBefore,
        meanDuring,
        nBefore,
        nDuring,
        Double.NaN,
        false);
  }

  @Override
  public String toString() {
    if (!estimable) {
      return String.format(
          Locale.ROOT,
          "segmented regression not estimable (baseline n=%d, phase n=%d; at least %d each"
              + " needed); mean before %.3f, during %.3f",
          nBefore,
          nDuring,
          MIN_PHASE_ROWS,
          meanBefore,
          meanDuring);
    }
    return String.format(
        Locale.ROOT,
        "level change %s%nslope change/day %s%nbaseline slope/day %s%nmean before %.3f (n=%d),"
            + " during %.3f (n=%d), AR(1) rho = %.2f",
        levelChange,
        slopeChange,
        preSlope,
        meanBefore,
        nBefore,
        meanDuring,
        nDuring,
        rho);
  }
}
