package org.painstats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.LinkTest;

/** Mean outcome on days with and without each activity, the same day and the next day. */
final class ActivityAnalysis {
  private ActivityAnalysis() {}

  /**
   * One test per activity, the same day and the next, by {@link LinkTest} on the outcome and the
   * activity's 0/1 series less their calendar structure (an activity done mostly at weekends must
   * not inherit the outcome's weekend level): {@code differenceTested} is the GLS coefficient of
   * the activity, the outcome's shift on days with it, given the weekday, drift and period.
   */
  static List<ActivityResult> run(
      DiaryCalendar cal, Destructured d, List<String> activities, String outcome) {
    double[] raw = cal.series(outcome);
    List<ActivityResult> out = new ArrayList<>();
    for (String a : activities) {
      double[] done = cal.series(a);
      double[] doneResidual = d.residuals(a);
      for (int lag = 0; lag <= 1; lag++) {
        double[] g = DiaryCalendar.lag(done, lag);
        int nWith = 0;
        int nWithout = 0;
        for (int t = 0; t < g.length; t++) {
          if (!Double.isNaN(raw[t]) && !Double.isNaN(g[t])) {
            nWith += g[t] == 1 ? 1 : 0;
            nWithout += g[t] == 0 ? 1 : 0;
          }
        }
        double meanWith = Series.meanWhere(raw, g, 1);
        double meanWithout = Series.meanWhere(raw, g, 0);
        double nan = Double.NaN;
        LinkTest m =
            Math.min(nWith, nWithout) < Report.MIN_GROUP_DAYS
                ? null
                : d.links().slopeTest(DiaryCalendar.lag(doneResidual, lag));
        if (m == null || Double.isNaN(m.slopeP())) {
          String s =
              m != null
                  ? Words.name(a)
                      + " could not be tested once the weekly rhythm and drift were removed (too"
                      + " few days, or no variation left)."
                  : "Not enough data to say: "
                      + nWith
                      + " days "
                      + (lag == 0 ? "with " : "after ")
                      + Words.name(a)
                      + " and "
                      + nWithout
                      + " without ("
                      + Report.MIN_GROUP_DAYS
                      + " of each needed).";
          out.add(
              new ActivityResult(
                  a,
                  lag,
                  nWith,
                  nWithout,
                  meanWith,
                  meanWithout,
                  meanWith - meanWithout,
                  nan,
                  nan,
                  nan,
                  nan,
                  nan,
                  false,
                  d.removed(),
                  s));
        } else {
          out.add(
              new ActivityResult(
                  a,
                  lag,
                  nWith,
                  nWithout,
                  meanWith,
                  meanWithout,
                  meanWith - meanWithout,
                  m.slope(),
                  m.slopeLow(),
                  m.slopeHigh(),
                  m.slopeP(),
                  nan,
                  false,
                  d.removed(),
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
