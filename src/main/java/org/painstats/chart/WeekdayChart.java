package org.painstats.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.painstats.analysis.Report;
import org.painstats.analysis.WeekdayResult;

/**
 * Mean pain on each weekday, Monday to Sunday, with its 95% interval, and a vertical line at the
 * mean of all days: the report's {@link WeekdayResult}s drawn. Weekdays that differ from the other
 * days (q &lt; 0.05) are marked (blue diamonds) and named in the title.
 *
 * <p>Series: {@value #STANDS_OUT}, {@value #NOT_CLEAR}, {@value Forest#INTERVAL} (one per weekday
 * with an interval), the hidden {@value Forest#ROWS}.
 */
public final class WeekdayChart {
  /** The series of weekdays that differ from the other days. */
  public static final String STANDS_OUT = "differs from other days (q < 0.05)";

  /** The series of the others. */
  public static final String NOT_CLEAR = "no clear difference";

  private static final Forest.Group SIG =
      new Forest.Group(STANDS_OUT, ChartStyle.BLUE, ChartStyle.SIGNIFICANT_MARKER);
  private static final Forest.Group NOT =
      new Forest.Group(NOT_CLEAR, ChartStyle.GREY, ChartStyle.PLAIN_MARKER);

  private WeekdayChart() {}

  /** The chart at the default size. */
  public static ChartResult<XYChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<XYChart> of(Report report, ChartOptions options) {
    String name = "weekday";
    String outcome = Phrases.name(report.outcome());
    List<WeekdayResult> stats = report.weekdays();
    if (stats.isEmpty()) {
      return ChartResult.skipped(
          name,
          "too few days: "
              + outcome
              + " was recorded on "
              + report.diary().outcomeDays()
              + " days, and weekday means need "
              + Report.MIN_DAYS);
    }
    List<Forest.Row> rows = new ArrayList<>();
    for (WeekdayResult w : stats) {
      rows.add(
          new Forest.Row(
              w.name(), w.mean(), w.meanCiLow(), w.meanCiHigh(), w.significant() ? SIG : NOT));
    }
    // The mean of all days, as the report's differences are taken from it.
    WeekdayResult any = stats.stream().filter(w -> w.days() > 0).findFirst().orElseThrow();
    double all = any.mean() - any.difference();
    XYChart c =
        Forest.chart(
            options,
            title(report, stats),
            "mean "
                + Phrases.outcomeAxis(report)
                + " (line: mean of all days, "
                + Phrases.num(all, 1)
                + ")",
            rows,
            all);
    return ChartResult.drawn(name, c);
  }

  private static String title(Report report, List<WeekdayResult> stats) {
    String outcome = Phrases.name(report.outcome());
    WeekdayResult top = null;
    for (WeekdayResult w : stats) {
      if (w.significant()
          && (top == null || Math.abs(w.difference()) > Math.abs(top.difference()))) {
        top = w;
      }
    }
    if (top != null) {
      return Phrases.subject(report.outcome())
          + " was "
          + (top.difference() < 0 ? "lower" : "higher")
          + " on "
          + top.name()
          + "s ("
          + Phrases.signed(top.difference(), 1)
          + " points against the mean of all days)";
    }
    WeekdayResult lo = null;
    WeekdayResult hi = null;
    for (WeekdayResult w : stats) {
      if (Double.isNaN(w.mean())) {
        continue;
      }
      lo = lo == null || w.mean() < lo.mean() ? w : lo;
      hi = hi == null || w.mean() > hi.mean() ? w : hi;
    }
    return "No weekday stood out: mean "
        + outcome
        + " from "
        + Phrases.num(lo.mean(), 1)
        + " ("
        + lo.name()
        + ") to "
        + Phrases.num(hi.mean(), 1)
        + " ("
        + hi.name()
        + ")";
  }
}
