package org.painstats.analysis;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.FalseDiscovery;
import org.painstats.stats.MeanDifference;
import org.painstats.stats.MeanInterval;

/**
 * The outcome by weekday, Monday to Sunday.
 *
 * <p>Each weekday's mean has the interval of {@link MeanInterval} (its values week after week, a
 * missing week a gap). Whether it stands out: the weekday against all other days by {@link
 * MeanDifference} (AR(1) errors), Benjamini-Hochberg over the seven. The reported difference is
 * from the mean of all days, {@code (n_other / N)} times the difference from the other days, so its
 * interval is theirs scaled by the same factor and its p-value is theirs.
 */
final class WeekdayAnalysis {
  private WeekdayAnalysis() {}

  /** The seven weekdays, Monday first; empty when the outcome has fewer than the minimum days. */
  static List<WeekdayResult> run(DiaryCalendar cal, String outcome, int outcomeDays) {
    if (outcomeDays < Report.MIN_DAYS) {
      return List.of();
    }
    double[] y = cal.series(outcome);
    double all = 0;
    int total = 0;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        all += v;
        total++;
      }
    }
    all /= total;
    MeanDifference[] diff = new MeanDifference[7];
    double[] p = new double[7];
    for (DayOfWeek d : DayOfWeek.values()) {
      double[] g = new double[y.length];
      for (int t = 0; t < y.length; t++) {
        g[t] = cal.date(t).getDayOfWeek() == d ? 1 : 0;
      }
      diff[d.ordinal()] = MeanDifference.of(y, g);
      p[d.ordinal()] = diff[d.ordinal()].pValue();
    }
    double[] q = FalseDiscovery.benjaminiHochberg(p);
    List<WeekdayResult> out = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<Double> weekly = new ArrayList<>();
      for (int t = 0; t < y.length; t++) {
        if (cal.date(t).getDayOfWeek() == d) {
          weekly.add(y[t]);
        }
      }
      MeanInterval m = MeanInterval.of(weekly.stream().mapToDouble(Double::doubleValue).toArray());
      MeanDifference md = diff[d.ordinal()];
      double share = (double) md.nWithout() / total;
      int i = d.ordinal();
      out.add(
          new WeekdayResult(
              d,
              m.n(),
              m.mean(),
              m.ciLow(),
              m.ciHigh(),
              m.effectiveN(),
              m.mean() - all,
              share * md.ciLow(),
              share * md.ciHigh(),
              md.pValue(),
              q[i],
              q[i] < 0.05));
    }
    return out;
  }
}
