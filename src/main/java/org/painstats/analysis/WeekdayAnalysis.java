package org.painstats.analysis;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.Estimate;
import org.painstats.stats.FalseDiscovery;
import org.painstats.stats.MeanInterval;
import org.painstats.stats.WeekdayEffects;

/**
 * The outcome by weekday, Monday to Sunday.
 *
 * <p>Each weekday's mean has the interval of {@link MeanInterval} (its values week after week, a
 * missing week a gap). Whether it stands out: {@link WeekdayEffects}, each weekday against the
 * average weekday in one regression with the slow trend and AR(1) errors (the error model of the
 * factor and trend tests), Benjamini-Hochberg over the seven.
 */
final class WeekdayAnalysis {
  private WeekdayAnalysis() {}

  /** The seven weekdays, Monday first; empty when the outcome has fewer than the minimum days. */
  static List<WeekdayResult> run(
      DiaryCalendar cal, String outcome, int outcomeDays, OutcomeModels models) {
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
    WeekdayEffects effects = models.weekdays();
    double[] p = new double[7];
    for (int i = 0; i < 7; i++) {
      p[i] = effects.effects().isEmpty() ? Double.NaN : effects.effects().get(i).pValue();
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
      int i = d.ordinal();
      Estimate e = effects.effects().isEmpty() ? Estimate.missing() : effects.effects().get(i);
      out.add(
          new WeekdayResult(
              d,
              m.n(),
              m.mean(),
              m.ciLow(),
              m.ciHigh(),
              m.effectiveN(),
              m.mean() - all,
              e.value(),
              e.ciLow(),
              e.ciHigh(),
              e.pValue(),
              q[i],
              q[i] < 0.05));
    }
    return out;
  }
}
