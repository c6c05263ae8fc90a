package org.painstats.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.Report;
import org.painstats.analysis.Wording;

/**
 * How much pain differed on days with each activity, and on the day after: the report's difference
 * of means (with minus without) and its 95% interval, which allows for day-to-day carry-over, as a
 * forest plot with two rows per activity and a blank row between activities. Activities are ordered
 * by their largest difference; significant differences (q &lt; 0.05) are marked as in {@link
 * FactorsChart}. Rows without enough days on either side carry no point.
 *
 * <p>Series as in {@link FactorsChart}; row labels read "swim: same day", "swim: next day".
 */
public final class ActivitiesChart {
  /** The series of significant differences. */
  public static final String SIGNIFICANT = "clear difference (q < 0.05)";

  /** The series of the others. */
  public static final String NOT_SIGNIFICANT = "not clear";

  static final Forest.Group SIG =
      new Forest.Group(SIGNIFICANT, ChartStyle.BLUE, ChartStyle.SIGNIFICANT_MARKER);
  static final Forest.Group NOT =
      new Forest.Group(NOT_SIGNIFICANT, ChartStyle.GREY, ChartStyle.PLAIN_MARKER);

  private ActivitiesChart() {}

  /** The chart at the default size. */
  public static ChartResult<XYChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<XYChart> of(Report report, ChartOptions options) {
    String name = "activities";
    String outcome = Phrases.name(report.outcome());
    if (report.diary().activities().isEmpty()) {
      return ChartResult.skipped(name, "the diary has no activities (such as walk or yoga)");
    }
    List<ActivityResult> known =
        report.activities().stream().filter(a -> !Double.isNaN(a.differenceTested())).toList();
    if (known.isEmpty()) {
      return ChartResult.skipped(
          name,
          "too few days: an activity needs "
              + Report.MIN_GROUP_DAYS
              + " days with it and "
              + Report.MIN_GROUP_DAYS
              + " without, with "
              + outcome
              + " recorded");
    }
    List<String> order =
        known.stream()
            .sorted(
                Comparator.comparingDouble((ActivityResult a) -> -Math.abs(a.differenceTested())))
            .map(ActivityResult::activity)
            .distinct()
            .toList();
    List<Forest.Row> rows = new ArrayList<>();
    for (String activity : order) {
      if (!rows.isEmpty()) {
        rows.add(Forest.Row.spacer());
      }
      for (ActivityResult a : report.activities()) {
        if (a.activity().equals(activity)) {
          rows.add(
              new Forest.Row(
                  label(a),
                  a.differenceTested(),
                  a.ciLow(),
                  a.ciHigh(),
                  a.significant() ? SIG : NOT));
        }
      }
    }
    XYChart c =
        Forest.chart(
            options,
            title(report),
            Wording.testedDifference(shownRemoved(report))
                + " in "
                + Phrases.outcomeAxis(report)
                + ": with minus without",
            rows,
            0);
    return ChartResult.drawn(name, c);
  }

  private static java.util.List<org.painstats.analysis.Removed> shownRemoved(Report report) {
    return report.activities().isEmpty()
        ? java.util.List.of()
        : report.activities().get(0).removed();
  }

  static String label(ActivityResult a) {
    return Phrases.name(a.activity()) + ": " + (a.lag() == 0 ? "same day" : "next day");
  }

  private static String title(Report report) {
    List<ActivityResult> sig =
        report.activities().stream()
            .filter(ActivityResult::significant)
            .sorted(
                Comparator.comparingDouble((ActivityResult a) -> -Math.abs(a.differenceTested())))
            .toList();
    if (sig.isEmpty()) {
      return "No activity clearly changed "
          + Phrases.name(report.outcome())
          + ", the same day or the next";
    }
    ActivityResult top = sig.get(0);
    String s =
        Phrases.subject(report.outcome())
            + " was "
            + (top.differenceTested() < 0 ? "lower " : "higher ")
            + (top.lag() == 0 ? "on days with " : "the day after ")
            + Phrases.name(top.activity())
            + " ("
            + Phrases.signed(top.differenceTested(), 1)
            + " points)";
    Set<String> others =
        sig.stream()
            .map(ActivityResult::activity)
            .filter(a -> !a.equals(top.activity()))
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    if (!others.isEmpty()) {
      s +=
          "; "
              + Phrases.count(others.size(), "more activity", "more activities")
              + " made a clear difference";
    }
    return s;
  }
}
