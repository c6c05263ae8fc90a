package org.painstats.stats;

import java.util.Locale;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A yearly season in a daily series with AR(1) errors: the annual sine and cosine tested together
 * by generalised least squares, with the error model of the trend and weekday tests.
 *
 * <p>Model: {@code y_t = a + b t + s(t) + w_{weekday(t)} + c_1 sin(2 pi t / 365.25) + c_2 cos(2 pi
 * t / 365.25) + e_t} over the days present, t the calendar day; s holds slow half-cosines with
 * periods over two years (none in a diary under two years: they would be the season itself), w the
 * weekday effects, e a daily AR(1) process by REML ({@link Ar1Regression}; R {@code nlme::gls(...,
 * correlation = corCAR1(form = ~ t), method = "REML")}). The season's test is the Wald statistic of
 * (c_1, c_2) with their GLS covariance, divided by 2 and referred to F(2, n - k). The season is
 * {@code amplitude} cos(2 pi (t - peak) / 365.25): {@code amplitude} = sqrt(c_1² + c_2²), {@code
 * peak} the calendar day of its top in the first year.
 *
 * <p>Checked against R's {@code nlme::gls} with the same columns on a fixed 420-day diary ({@code
 * Ar1SeasonReferenceTest}: rho, amplitude, peak and p-value), and by seeded simulation ({@code
 * Ar1SeasonCalibrationTest}).
 *
 * <p>Degenerate cases: a series spanning fewer than 300 days (a season cannot be told from a
 * drift), or fewer than k + 3 days, gives NaN fields.
 *
 * @param amplitude half the distance from the season's top to its bottom, in the series' units
 * @param peak the calendar day of the top in the first year, 0 to 365.25 from day 0
 * @param pValue the F test of both annual terms
 * @param rho the REML AR(1) coefficient per day
 * @param n days used
 */
public record Ar1Season(double amplitude, double peak, double pValue, double rho, int n) {
  /** The shortest span, in days, in which a season is looked for. */
  public static final int MIN_SPAN = 300;

  private static final double YEAR = 365.25;

  /**
   * Fits the season of y by calendar day (NaN where missing).
   *
   * @param firstWeekday weekday of day 0, 0 = Monday .. 6 = Sunday
   */
  public static Ar1Season of(double[] y, int firstWeekday) {
    int[] rows = Inputs.completeRows(y);
    int n = rows.length;
    int span = n == 0 ? 0 : rows[n - 1] - rows[0] + 1;
    int terms = Math.min(CalendarStructure.MAX_TERMS, Math.max(0, (span - 1) / 366));
    int k = DriftDesign.columns(terms) + 2;
    if (span < MIN_SPAN || n < k + 3) {
      return new Ar1Season(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    double[][] design = DriftDesign.of(rows, firstWeekday, terms, 2);
    for (int i = 0; i < n; i++) {
      design[i][k - 2] = Math.sin(2 * Math.PI * rows[i] / YEAR);
      design[i][k - 1] = Math.cos(2 * Math.PI * rows[i] / YEAR);
    }
    double[] yy = Inputs.select(y, rows);
    double[] t = Inputs.positions(rows);
    double[] gaps = new double[n];
    for (int i = 1; i < n; i++) {
      gaps[i] = t[i] - t[i - 1];
    }
    // REML rho on cross-products (one pass over the rows), then everything at rho+ from them.
    RemlScreen screen = new RemlScreen(yy, design, gaps);
    double rho = Ar1Regression.fastMaximum(screen);
    if (Double.isNaN(rho)) {
      var fit = Ar1Regression.fit(yy, design, t);
      if (fit.isEmpty()) {
        return new Ar1Season(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
      }
      rho = fit.get().rho();
    }
    // As Ar1Trend: the coefficients' covariance is taken at rho one standard error higher, where
    // underestimated carry-over would otherwise pass slow wandering for a season (at the REML rho
    // itself: 31 of 300 seasonless AR(1) diaries of 365 days with phi 0.9, 91 of 300 random walks).
    double used = Math.min(Ar1Regression.MAX_RHO, rho + Math.sqrt((1 - rho * rho) / n));
    double[][] g = screen.gram(used);
    double[][] xtx = new double[k][k];
    double[] xty = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b <= a; b++) {
        // one triangle: the sums are symmetric only up to rounding
        xtx[a][b] = g[a][b];
        xtx[b][a] = g[a][b];
      }
      xty[a] = g[a][k];
    }
    RealMatrix inverse;
    try {
      inverse =
          new CholeskyDecomposition(new Array2DRowRealMatrix(xtx, false)).getSolver().getInverse();
    } catch (MathIllegalArgumentException | MathArithmeticException e) {
      return new Ar1Season(Double.NaN, Double.NaN, Double.NaN, rho, n);
    }
    double[] beta = inverse.operate(xty);
    double rss = g[k][k];
    for (int a = 0; a < k; a++) {
      rss -= beta[a] * xty[a];
    }
    double sigma2 = rss / (n - k);
    // Coefficients and covariance of the columns as scaled; the Wald statistic is the same in any
    // scale, the season's size and top are read in the series' own.
    double[] scale = screen.scales();
    double bs = beta[k - 2];
    double bc = beta[k - 1];
    double vss = sigma2 * inverse.getEntry(k - 2, k - 2);
    double vsc = sigma2 * inverse.getEntry(k - 2, k - 1);
    double vcc = sigma2 * inverse.getEntry(k - 1, k - 1);
    double det = vss * vcc - vsc * vsc;
    double wald = (bs * bs * vcc - 2 * bs * bc * vsc + bc * bc * vss) / det;
    double p =
        det > 0 && rss > 0
            ? 1 - new FDistribution(null, 2, n - k).cumulativeProbability(wald / 2)
            : Double.NaN;
    double s = bs * scale[k - 2] / scale[k];
    double c = bc * scale[k - 1] / scale[k];
    double peak = Math.atan2(s, c) / (2 * Math.PI) * YEAR;
    return new Ar1Season(Math.hypot(s, c), peak < 0 ? peak + YEAR : peak, p, rho, n);
  }

  /**
   * How far apart two seasons' tops are, as the cosine of the difference (1 the same day, -1 half a
   * year apart).
   */
  public double agreement(Ar1Season other) {
    return Math.cos(2 * Math.PI * (peak - other.peak) / YEAR);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Ar1Season[amplitude=%.4g, peak=day %.1f, p=%.4g, rho=%.3f, n=%d]",
        amplitude,
        peak,
        pValue,
        rho,
        n);
  }
}
