package org.painstats.stats;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * A straight-line trend in a daily series with AR(1) errors, its slope tested by generalised least
 * squares: the trend test that holds its level on autocorrelated diaries.
 *
 * <p>Model: {@code y_t = a + b t + sum_d w_d [weekday(t) = d] + e_t} over the days present, e a
 * daily AR(1) process seen on those days (R {@code nlme::gls(y ~ t + weekday, correlation =
 * corCAR1(form = ~ t), method = "REML")}, rho in [0, 0.99], {@link Ar1Regression}); the weekday
 * terms (when the series spans 14 days or more) keep a weekly rhythm out of the noise. rho is
 * estimated by REML; the slope and its standard error are then those of GLS at rho+ = min(0.99, rho
 * + sqrt((1 - rho²)/n)), one standard error of rho higher, because the slope's variance is convex
 * in rho and rho is as often estimated low as high: at the REML rho itself the test rejected 7%
 * (phi 0.7) to 12% (phi 0.9) of 180-day trendless diaries; at rho+ 4-4.3% (seeded, 300 diaries
 * each, see {@code Ar1TrendCalibrationTest}). The slope is reported per week, 7b; t = b / se is
 * referred to Student's t with n - k degrees of freedom, and the 95% interval is 7(b -/+ t_{0.975}
 * se), so it excludes 0 exactly when p &lt; 0.05.
 *
 * <p>Why not Mann-Kendall on weekly means: with the Hamed-Rao correction it found a trend in 10-17%
 * of trendless AR(1) diaries (25% at phi 0.9), and Sen's interval disagreed with its own p-value in
 * up to 11% (issue 11). Measured for this test in {@code Ar1TrendCalibrationTest}.
 *
 * <p>Degenerate cases: fewer than k + 3 days, or a constant series, give NaN fields.
 *
 * @param slope the trend in points per week with its standard error, interval and p-value
 * @param rho the REML AR(1) coefficient per day
 * @param n days used
 */
public record Ar1Trend(Estimate slope, double rho, int n) {

  /**
   * Fits the trend of y by calendar day (NaN where missing).
   *
   * @param firstWeekday weekday of day 0, 0 = Monday .. 6 = Sunday
   */
  public static Ar1Trend of(double[] y, int firstWeekday) {
    int[] rows = Inputs.completeRows(y);
    int n = rows.length;
    boolean weekdays = n > 0 && rows[n - 1] - rows[0] + 1 >= 14;
    int k = 2 + (weekdays ? 6 : 0);
    if (n < k + 3) {
      return new Ar1Trend(Estimate.missing(), Double.NaN, n);
    }
    double[] yy = Inputs.select(y, rows);
    double[] t = Inputs.positions(rows);
    double centre = (t[0] + t[n - 1]) / 2;
    double[][] design = new double[n][k];
    for (int i = 0; i < n; i++) {
      design[i][0] = 1;
      design[i][1] = t[i] - centre;
      if (weekdays) {
        int d = (firstWeekday + rows[i]) % 7;
        if (d > 0) {
          design[i][1 + d] = 1;
        }
      }
    }
    var fit = Ar1Regression.fit(yy, design, t);
    if (fit.isEmpty()) {
      return new Ar1Trend(Estimate.missing(), Double.NaN, n);
    }
    double rho = fit.get().rho();
    // The slope's standard error is convex in rho, and rho is estimated low as often as high: at
    // the REML value the test rejected 7-12% of trendless AR(1) diaries (phi 0.7-0.9). The slope
    // and its error are taken at rho one standard error (sqrt((1 - rho²) / n)) higher.
    double used = Math.min(Ar1Regression.MAX_RHO, rho + Math.sqrt((1 - rho * rho) / n));
    double[][] z = new double[n][k];
    double[] zy = LinkTest.whiten(yy, t, used);
    for (int c = 0; c < k; c++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = design[i][c];
      }
      double[] w = LinkTest.whiten(col, t, used);
      for (int i = 0; i < n; i++) {
        z[i][c] = w[i];
      }
    }
    var ols = new OLSMultipleLinearRegression();
    ols.setNoIntercept(true);
    ols.newSampleData(zy, z);
    double b = 7 * ols.estimateRegressionParameters()[1];
    double se = 7 * ols.estimateRegressionParametersStandardErrors()[1];
    TDistribution td = new TDistribution(null, n - k);
    double q = td.inverseCumulativeProbability(0.975);
    double p = 2 * td.cumulativeProbability(-Math.abs(b / se));
    return new Ar1Trend(new Estimate(b, se, b - q * se, b + q * se, p), rho, n);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Ar1Trend[slope/week=%s, rho=%.3f, n=%d]", slope, rho, n);
  }
}
