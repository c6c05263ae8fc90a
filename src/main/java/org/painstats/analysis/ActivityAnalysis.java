package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.MeanDifference;

/** Mean outcome on days with and without each activity, the same day and the next day. */
final class ActivityAnalysis {
  private ActivityAnalysis() {}

  static List<ActivityResult> run(DiaryCalendar cal, List<String> activities, String outcome) {
    double[] raw = cal.series(outcome);
    double[] y = cal.withoutPeriodMeans(raw);
    List<ActivityResult> out = new ArrayList<>();
    for (String a : activities) {
      double[] done = cal.series(a);
      for (int lag = 0; lag <= 1; lag++) {
        double[] g = DiaryCalendar.lag(done, lag);
        MeanDifference m = MeanDifference.of(y, g);
        double meanWith = Series.meanWhere(raw, g, 1);
        double meanWithout = Series.meanWhere(raw, g, 0);
        double nan = Double.NaN;
        if (Math.min(m.nWith(), m.nWithout()) < Report.MIN_GROUP_DAYS) {
          String s =
              "Not enough data to say: "
                  + m.nWith()
                  + " days "
                  + (lag == 0 ? "with " : "after ")
                  + Words.name(a)
                  + " and "
                  + m.nWithout()
                  + " without ("
                  + Report.MIN_GROUP_DAYS
                  + " of each needed).";
          out.add(
              new ActivityResult(
                  a,
                  lag,
                  m.nWith(),
                  m.nWithout(),
                  meanWith,
                  meanWithout,
                  nan,
                  nan,
                  nan,
                  nan,
                  nan,
                  false,
                  s));
        } else {
          out.add(
              new ActivityResult(
                  a,
                  lag,
                  m.nWith(),
                  m.nWithout(),
                  meanWith,
                  meanWithout,
                  m.difference(),
                  m.ciLow(),
                  m.ciHigh(),
                  m.pValue(),
                  nan,
                  false,
                  ""));
        }
      }
    }
    return out;
  }

  static ActivityResult withQ(ActivityResult r, double q, String outcome) {
    if (Double.isNaN(r.pValue())) {
      return r;
    }
    boolean sig = q < 0.05;
    String when =
        r.lag() == 0
            ? "On days with " + Words.name(r.activity())
            : "On days after " + Words.name(r.activity());
    String diff =
        Words.num(Math.abs(r.difference()), 1)
            + " points "
            + (r.difference() < 0 ? "lower" : "higher")
            + " (95% CI "
            + Words.num(r.ciLow(), 1)
            + " to "
            + Words.num(r.ciHigh(), 1)
            + ")";
    String summary =
        sig
            ? when
                + ", "
                + outcome
                + " was "
                + diff
                + " than without (it averaged "
                + Words.num(r.meanWith(), 1)
                + " and "
                + Words.num(r.meanWithout(), 1)
                + "; the difference is measured within each approach period)."
            : "No clear difference in "
                + outcome
                + " "
                + (r.lag() == 0 ? "on days with " : "on days after ")
                + Words.name(r.activity())
                + " ("
                + Words.num(r.meanWith(), 1)
                + " against "
                + Words.num(r.meanWithout(), 1)
                + ", 95% CI of the difference "
                + Words.num(r.ciLow(), 1)
                + " to "
                + Words.num(r.ciHigh(), 1)
                + ").";
    return new ActivityResult(
        r.activity(),
        r.lag(),
        r.daysWith(),
        r.daysWithout(),
        r.meanWith(),
        r.meanWithout(),
        r.difference(),
        r.ciLow(),
        r.ciHigh(),
        r.pValue(),
        q,
        sig,
        summary);
  }
}
