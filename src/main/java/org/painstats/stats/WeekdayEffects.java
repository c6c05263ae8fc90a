package org.painstats.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * How a daily series differs by weekday, each weekday against the average of all seven, tested with
 * the same AR(1) error model as the factors and the trend.
 *
 * <p>Model: {@code y_t = a + s(t) + w_{weekday(t)} + e_t}, sum of w = 0 (effect coding), s the slow
 * trend of {@link CalendarStructure} (linear and half-cosines: a drift must not pass for a weekday
 * effect), e a daily AR(1) process by REML ({@link Ar1Regression}; R {@code nlme::gls(y ~ s +
 * weekday, contrasts = contr.sum, correlation = corCAR1(form = ~ t), method = "REML")}). Each w_d
 * is reported with its GLS standard error, Student's t with n - k degrees of freedom, and the
 * interval w_d -/+ t_{0.975} se (which excludes 0 exactly when p &lt; 0.05). The seventh effect is
 * minus the sum of the others, its variance 1'V1.
 *
 * <p>Degenerate cases: a series spanning fewer than 14 days, a weekday never present, or fewer than
 * k + 3 days give no effects (an empty list).
 *
 * @param effects the seven effects, Monday first (value = difference from the weekday average)
 * @param means the mean of y on each weekday, Monday first (NaN when never present)
 * @param rho the REML AR(1) coefficient per day
 * @param n days used
 */
public record WeekdayEffects(List<Estimate> effects, double[] means, double rho, int n) {

  public WeekdayEffects {
    effects = List.copyOf(effects);
    means = means.clone();
  }

  @Override
  public double[] means() {
    return means.clone();
  }

  /**
   * The weekday effects of y by calendar day (NaN where missing).
   *
   * @param firstWeekday weekday of day 0, 0 = Monday .. 6 = Sunday
   */
  public static WeekdayEffects of(double[] y, int firstWeekday) {
    int[] rows = Inputs.completeRows(y);
    int n = rows.length;
    double[] sums = new double[7];
    int[] counts = new int[7];
    for (int r : rows) {
      int d = (firstWeekday + r) % 7;
      sums[d] += y[r];
      counts[d]++;
    }
    double[] means = new double[7];
    boolean all = true;
    for (int d = 0; d < 7; d++) {
      means[d] = counts[d] > 0 ? sums[d] / counts[d] : Double.NaN;
      all &= counts[d] > 0;
    }
    if (!all || rows[n - 1] - rows[0] + 1 < 14) {
      return new WeekdayEffects(List.of(), means, Double.NaN, n);
    }
    int span = rows[n - 1] - rows[0] + 1;
    int terms = Math.min(CalendarStructure.MAX_TERMS, span / CalendarStructure.DAYS_PER_TERM);
    int k = DriftDesign.columns(terms);
    if (n < k + 3) {
      return new WeekdayEffects(List.of(), means, Double.NaN, n);
    }
    double[][] design = DriftDesign.of(rows, firstWeekday, terms, 0);
    double[] t = Inputs.positions(rows);
    var fit = Ar1Regression.fit(Inputs.select(y, rows), design, t);
    if (fit.isEmpty()) {
      return new WeekdayEffects(List.of(), means, Double.NaN, n);
    }
    var f = fit.get();
    int first = 2 + terms;
    TDistribution td = new TDistribution(null, n - k);
    double q = td.inverseCumulativeProbability(0.975);
    List<Estimate> out = new ArrayList<>();
    double lastValue = 0;
    double lastVar = 0;
    for (int c = 0; c < 7; c++) {
      double value;
      double var;
      if (c < 6) {
        value = f.gls()[first + c];
        var = f.glsCovariance()[first + c][first + c];
        lastValue -= value;
        for (int e = 0; e < 6; e++) {
          lastVar += f.glsCovariance()[first + c][first + e];
        }
      } else {
        value = lastValue;
        var = lastVar;
      }
      double se = Math.sqrt(var);
      double p = 2 * td.cumulativeProbability(-Math.abs(value / se));
      out.add(new Estimate(value, se, value - q * se, value + q * se, p));
    }
    return new WeekdayEffects(out, means, f.rho(), n);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WeekdayEffects[%s, rho=%.3f, n=%d]", effects, rho, n);
  }
}
