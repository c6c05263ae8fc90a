package org.painstats.report;

import static org.painstats.report.HtmlTable.ci;
import static org.painstats.report.HtmlTable.num;
import static org.painstats.report.HtmlTable.p;
import static org.painstats.report.HtmlTable.yes;

import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.AdjustedFactor;
import org.painstats.analysis.ApproachComparisonResult;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Caveat;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;
import org.painstats.analysis.SharedStructure;
import org.painstats.analysis.TrendResult;
import org.painstats.analysis.WeekdayResult;
import org.painstats.analysis.Wording;

/**
 * The table sections of the HTML report: approaches with their caveats, factors, each factor given
 * the others, activities and the trend. Digits as in the text report: means 1, changes,
 * correlations and intervals 2, p- and q-values 3.
 */
final class HtmlTables {
  private HtmlTables() {}

  /** A factor's cleaned name as people read it: {@code sleep_hours} becomes "sleep hours". */
  static String name(String column) {
    return column.replace('_', ' ');
  }

  static String cap(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** When a factor was measured relative to the outcome. */
  static String factorLag(int lag) {
    return switch (lag) {
      case 0 -> "same day";
      case 1 -> "day before";
      default -> lag + " days before";
    };
  }

  /** When the outcome was measured relative to an activity. */
  static String activityLag(int lag) {
    return switch (lag) {
      case 0 -> "same day";
      case 1 -> "next day";
      default -> lag + " days later";
    };
  }

  private static void section(Html h, String id, String heading) {
    h.open("section", "id", id, "aria-labelledby", id + "-h").nl();
    h.element("h2", heading, "id", id + "-h").nl();
  }

  private static void paragraph(Html h, String text) {
    h.element("p", text).nl();
  }

  static void approaches(Html h, Report r) {
    section(h, "approaches", "Approaches");
    if (r.approaches().isEmpty()) {
      paragraph(h, "No approach was recorded in this diary, so there is nothing to compare.");
      h.close("section").nl();
      return;
    }
    String o = r.outcome();
    paragraph(
        h,
        "Every approach in one model, against the natural course of "
            + o
            + " estimated from all the days without an approach (wherever they fall) and the"
            + " others. \"Change\" is the shift in "
            + o
            + " attributable to the approach (negative: lower). \"P(meaningful)\" is the"
            + " probability that it improved "
            + o
            + " by at least "
            + num(r.diary().outcomeScale().meaningfulChange(), 1)
            + " points; clinically meaningful when it is 0.8 or more."
            + (r.washout() > 0
                ? " The first " + r.washout() + " days of each run were left out (washout)."
                : ""));
    HtmlTable t =
        new HtmlTable(
            "Approaches: the change attributable to each, against the natural course",
            new String[] {
              "Approach",
              "Periods",
              "Days",
              "Mean",
              "Without approach",
              "Change",
              "95% CI",
              "p",
              "q",
              "P(meaningful)",
              "Verdict"
            },
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9);
    for (ApproachResult a : r.approaches()) {
      t.row(
          a.significant(),
          a.approach(),
          periods(a),
          String.valueOf(a.days()),
          num(a.mean(), 1),
          num(a.baselineMean(), 1),
          num(a.levelChange(), 2),
          ci(a.ciLow(), a.ciHigh(), 2),
          p(a.pValue()),
          p(a.qValue()),
          num(a.probabilityMeaningful(), 2),
          a.verdict().word());
    }
    t.write(h);
    if (!r.comparisons().isEmpty()) {
      HtmlTable c =
          new HtmlTable(
              "Approach against approach: the difference of their changes",
              new String[] {"First", "Second", "Difference", "95% CI", "p"},
              2,
              3,
              4);
      for (ApproachComparisonResult x : r.comparisons()) {
        c.row(
            x.pValue() < 0.05,
            x.first(),
            x.second(),
            num(x.difference(), 2),
            ci(x.ciLow(), x.ciHigh(), 2),
            p(x.pValue()));
      }
      c.write(h);
    }
    h.element("h3", "What each result says, and what limits it").nl();
    h.open("ul", "class", "approach-notes").nl();
    for (ApproachResult a : r.approaches()) {
      h.open("li").text(a.summary());
      if (!a.adjustedFor().isEmpty()) {
        h.element(
            "span",
            "Adjusted for " + name(String.join(", ", a.adjustedFor())) + ".",
            "class",
            "method");
      }
      if (!a.caveats().isEmpty()) {
        h.open("ul", "class", "caveats");
        for (Caveat c : a.caveats()) {
          h.open("li").element("span", "Caveat: ", "class", "label").text(c.text()).close("li");
        }
        h.close("ul");
      }
      h.close("li").nl();
    }
    h.close("ul").nl();
    h.element("p", a0(r).method(), "class", "method").nl();
    h.close("section").nl();
  }

  private static ApproachResult a0(Report r) {
    return r.approaches().get(0);
  }

  private static String periods(ApproachResult a) {
    StringBuilder b = new StringBuilder();
    for (ApproachResult.Period p : a.periods()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(p.firstDate()).append(" to ").append(p.lastDate());
    }
    return b.toString();
  }

  static void factors(Html h, Report r) {
    section(h, "factors", "Factors");
    if (r.factors().isEmpty()) {
      paragraph(h, "This diary has no numeric column besides " + r.outcome() + " to compare.");
      h.close("section").nl();
      return;
    }
    String tested = Wording.testedRho(r.factors().get(0).removed());
    paragraph(
        h,
        "How each factor tracks with "
            + r.outcome()
            + ", measured the same day and on days before. rho is Spearman's rank correlation"
            + " over the days as recorded (from -1 to 1; 0 is no association), the number a"
            + " spreadsheet gives; the naive p is its textbook p-value, which assumes independent"
            + " days. \"Tested\" is the "
            + tested
            + ", the coefficient the interval, p and q are about. \"Effective days\" is how many"
            + " independent days the series are worth once day-to-day carry-over is allowed for;"
            + " p uses it. q accounts for the number of tests.");
    HtmlTable t =
        new HtmlTable(
            "Factors and " + r.outcome() + " (Spearman's rho)",
            new String[] {
              "Factor",
              "Measured",
              "Days",
              "rho",
              "Naive p",
              "Tested " + tested,
              "95% CI",
              "Effective days",
              "p",
              "q",
              "Clear"
            },
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9);
    for (FactorResult f : r.factors()) {
      t.row(
          f.significant(),
          name(f.factor()),
          factorLag(f.lag()),
          String.valueOf(f.n()),
          num(f.spearman(), 2),
          p(f.pValueNaive()),
          num(f.spearmanTested(), 2),
          ci(f.ciLow(), f.ciHigh(), 2),
          num(f.effectiveN(), 0),
          p(f.pValue()),
          p(f.qValue()),
          yes(f.significant()));
    }
    t.write(h);
    h.close("section").nl();
  }

  static void adjusted(Html h, Report r) {
    if (r.adjusted().isEmpty()) {
      return;
    }
    section(h, "adjusted", "Each factor given the others");
    paragraph(
        h,
        "Factors often move together (a stressful week is also a week of poor sleep). Here all"
            + " factors are taken together, each at its strongest lag, with the weekly rhythm,"
            + " drift and day-to-day carry-over removed as in the factor tests: the coefficient is"
            + " the change in "
            + r.outcome()
            + ", in standard deviations, for one standard deviation more of the factor with the"
            + " others held fixed. Each factor's lag was picked as its strongest, so its p-value is"
            + " multiplied by the number of lags tried and its interval widened to match. A factor"
            + " clear on its own but not here adds little of its own.");
    HtmlTable t =
        new HtmlTable(
            "Each factor given the others (standardized coefficients)",
            new String[] {"Factor", "Measured", "Coefficient", "95% CI", "p"},
            2,
            3,
            4);
    for (AdjustedFactor a : r.adjusted()) {
      t.row(
          a.pValue() < 0.05,
          name(a.factor()),
          factorLag(a.lag()),
          num(a.coefficient(), 2),
          ci(a.ciLow(), a.ciHigh(), 2),
          p(a.pValue()));
    }
    t.write(h);
    h.close("section").nl();
  }

  /** What the outcome and factors share on a calendar scale: described, never a link. */
  static void shared(Html h, Report r) {
    if (r.shared().isEmpty()) {
      return;
    }
    section(h, "shared", "Shared rhythms");
    paragraph(
        h,
        "Some factors share a weekly rhythm or a slow drift with "
            + r.outcome()
            + ". That makes them look linked when they are not, so it was removed before every"
            + " test above; it is described here, not counted as a link.");
    h.open("ul").nl();
    for (SharedStructure x : r.shared()) {
      h.element("li", x.summary()).nl();
    }
    h.close("ul").nl();
    h.close("section").nl();
  }

  static void activities(Html h, Report r) {
    if (r.activities().isEmpty()) {
      return;
    }
    String o = r.outcome();
    String tested = Wording.testedDifference(r.activities().get(0).removed());
    section(h, "activities", "Activities");
    paragraph(
        h,
        "Mean "
            + o
            + " on days with and without each activity, on the same day and on the next day."
            + " \"Difference\" is mean with minus mean without (negative: lower "
            + o
            + " with the activity). \"Tested\" is the "
            + tested
            + ", the estimate the interval, p and q are about.");
    HtmlTable t =
        new HtmlTable(
            "Activities and " + o,
            new String[] {
              "Activity",
              cap(o) + " measured",
              "Days with",
              "Mean with",
              "Mean without",
              "Difference",
              "Tested " + tested,
              "95% CI",
              "p",
              "q",
              "Clear"
            },
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9);
    for (ActivityResult a : r.activities()) {
      t.row(
          a.significant(),
          name(a.activity()),
          activityLag(a.lag()),
          String.valueOf(a.daysWith()),
          num(a.meanWith(), 1),
          num(a.meanWithout(), 1),
          num(a.difference(), 2),
          num(a.differenceTested(), 2),
          ci(a.ciLow(), a.ciHigh(), 2),
          p(a.pValue()),
          p(a.qValue()),
          yes(a.significant()));
    }
    t.write(h);
    h.close("section").nl();
  }

  static void weekdays(Html h, Report r) {
    if (r.weekdays().isEmpty()) {
      return;
    }
    String o = r.outcome();
    section(h, "weekdays", "Weekdays");
    paragraph(
        h,
        "Mean "
            + o
            + " on each weekday. \"Difference\" is the weekday's mean minus the mean of all days;"
            + " \"tested\" is the same with slow drift removed, against the average weekday, and"
            + " its interval and p allow for day-to-day carry-over, q for the seven tests. A"
            + " weekday rhythm is no link with a factor, but a factor with the same rhythm can"
            + " seem to track with "
            + o
            + ".");
    HtmlTable t =
        new HtmlTable(
            cap(o) + " by weekday",
            new String[] {
              "Weekday", "Days", "Mean", "Difference", "Tested", "95% CI", "p", "q", "Clear"
            },
            1,
            2,
            3,
            4,
            5,
            6,
            7);
    for (WeekdayResult w : r.weekdays()) {
      t.row(
          w.significant(),
          w.name(),
          String.valueOf(w.days()),
          num(w.mean(), 2),
          num(w.difference(), 2),
          num(w.differenceTested(), 2),
          ci(w.ciLow(), w.ciHigh(), 2),
          p(w.pValue()),
          p(w.qValue()),
          yes(w.significant()));
    }
    t.write(h);
    h.close("section").nl();
  }

  static void trend(Html h, Report r) {
    TrendResult tr = r.trend();
    section(h, "trend", "Trend");
    paragraph(h, tr.summary());
    HtmlTable t =
        new HtmlTable(
            "Overall trend of " + r.outcome(),
            new String[] {"Slope", "Points per week", "95% CI", "p", "Naive p", "Days"},
            1,
            2,
            3,
            4,
            5);
    t.row(
        tr.pValue() < 0.05,
        "Straight line (AR(1) errors)",
        num(tr.slopePerWeek(), 3),
        ci(tr.ciLow(), tr.ciHigh(), 3),
        p(tr.pValue()),
        p(tr.pValueNaive()),
        String.valueOf(tr.n()));
    t.write(h);
    h.close("section").nl();
  }
}
