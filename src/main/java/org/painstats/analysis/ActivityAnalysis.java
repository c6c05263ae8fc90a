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
    List<Removed> removed = cal.hasApproaches() ? List.of(Removed.APPROACH_PERIODS) : List.of();
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
                  meanWith - meanWithout,
                  nan,
                  nan,
                  nan,
                  nan,
                  nan,
                  false,
                  removed,
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
                  meanWith - meanWithout,
                  m.difference(),
                  m.ciLow(),
                  m.ciHigh(),
                  m.pValue(),
                  nan,
                  false,
                  removed,
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
    String tested = Wording.testedDifference(r.removed());
    String interval = "95% CI " + Words.num(r.ciLow(), 1) + " to " + Words.num(r.ciHigh(), 1);
    String means =
        "it averaged "
            + Words.num(r.meanWith(), 1)
            + " with and "
            + Words.num(r.meanWithout(), 1)
            + " without";
    String summary =
        sig
            ? when
                + ", "
                + outcome
                + " was "
                + Words.num(Math.abs(r.differenceTested()), 1)
                + " points "
                + (r.differenceTested() < 0 ? "lower" : "higher")
                + " than without ("
                + tested
                + ", "
                + interval
                + "; "
                + means
                + ")."
            : "No clear difference in "
                + outcome
                + " "
                + (r.lag() == 0 ? "on days with " : "on days after ")
                + Words.name(r.activity())
                + " ("
                + tested
                + " "
                + Words.signed(r.differenceTested(), 1)
                + ", "
                + interval
                + "; "
                + means
                + ").";
    return new ActivityResult(
        r.activity(),
        r.lag(),
        r.daysWith(),
        r.daysWithout(),
        r.meanWith(),
        r.meanWithout(),
        r.difference(),
        r.differenceTested(),
        r.ciLow(),
        r.ciHigh(),
        r.pValue(),
        q,
        sig,
        r.removed(),
        summary);
  }
}
