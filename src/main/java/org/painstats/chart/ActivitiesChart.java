package org.painstats.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.ActivityWords;
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

  /**
   * The most activities drawn (two rows each, same day and next day): past this, the rows' labels
   * no longer fit the chart's height, and the chart shows the ones with the strongest evidence.
   */
  public static final int SHOWN = 12;

  private ActivitiesChart() {}

  /**
   * The activities the chart draws, strongest evidence first (smallest p-value at either lag), at
   * most {@value #SHOWN}.
   */
  static List<String> shown(Report report) {
    return ranked(report).stream().limit(SHOWN).toList();
  }

  /** How many activities with a result the chart leaves out (0 when all fit). */
  public static int hidden(Report report) {
    return Math.max(0, ranked(report).size() - SHOWN);
  }

  private static List<String> ranked(Report report) {
    java.util.Map<String, Double> best = new java.util.LinkedHashMap<>();
    for (ActivityResult a : report.activities()) {
      if (!Double.isNaN(a.differenceTested())) {
        double p = Double.isNaN(a.pValue()) ? 1 : a.pValue();
        best.merge(a.activity(), p, Math::min);
      }
    }
    return best.entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .toList();
  }

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
    List<String> order = shown(report);
    List<Forest.Row> rows = new ArrayList<>();
    for (String activity : order) {
      if (!rows.isEmpty()) {
        rows.add(Forest.Row.spacer());
      }
      for (ActivityResult a : report.activities()) {
        if (a.activity().equals(activity)) {
          rows.add(
              new Forest.Row(
                  label(a, report),
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

  /** A row's label: the activity as the diary wrote it, and the day. */
  static String label(ActivityResult a, Report report) {
    return report.diary().label(a.activity()) + ": " + (a.lag() == 0 ? "same day" : "next day");
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
            + (top.lag() == 0
                ? ActivityWords.onDaysWith(report.diary().label(top.activity()))
                : ActivityWords.theDayAfter(report.diary().label(top.activity())))
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
