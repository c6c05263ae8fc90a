package org.painstats.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;
import org.painstats.analysis.Report;

/**
 * A calendar of daily pain: one column per week (Monday to Sunday), one row per weekday, Monday at
 * the top, each day coloured by its pain (viridis, darker is worse), blank where no pain was
 * written. Columns where a month begins are labelled with it. A diary longer than {@value #WEEKS}
 * weeks shows its last {@value #WEEKS}.
 *
 * <p>Data: one heat map series, {@value #SERIES}, whose x values are the week labels, y values the
 * weekday names (Sunday first, so Monday is drawn at the top) and cells {@code {week, weekday,
 * pain}}.
 */
public final class CalendarChart {
  /** The name of the heat map series. */
  public static final String SERIES = "daily";

  /** The most weeks shown. */
  public static final int WEEKS = 53;

  /** The fewest days with pain for a month to be compared in the title. */
  static final int MONTH_DAYS = 7;

  private CalendarChart() {}

  /** The chart at the default size. */
  public static ChartResult<HeatMapChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<HeatMapChart> of(Report report, ChartOptions options) {
    String name = "calendar";
    String outcome = report.outcome();
    if (report.diary().outcomeDays() == 0) {
      return ChartResult.skipped(name, "no day has " + Phrases.name(outcome) + " recorded");
    }
    Days days = Days.of(report.diary());
    double[] y = days.series(outcome);
    LocalDate last = days.date(days.length() - 1);
    LocalDate firstMonday = days.date(0).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate lastMonday = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int weeks = (int) ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
    boolean cut = weeks > WEEKS;
    LocalDate start = cut ? lastMonday.minusWeeks(WEEKS - 1) : firstMonday;
    weeks = Math.min(weeks, WEEKS);
    LocalDate shownFirst = start.isAfter(days.date(0)) ? start : days.date(0);
    boolean years = shownFirst.getYear() != last.getYear();

    List<String> xs = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      xs.add(weekLabel(start.plusWeeks(w), w == 0, years, w, shownFirst, last));
    }
    List<String> ys = new ArrayList<>();
    for (int d = 6; d >= 0; d--) {
      ys.add(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
    List<Number[]> cells = new ArrayList<>();
    for (int t = 0; t < y.length; t++) {
      LocalDate d = days.date(t);
      if (Double.isNaN(y[t]) || d.isBefore(start)) {
        continue;
      }
      int week = (int) ChronoUnit.WEEKS.between(start, d);
      int row = 6 - (d.getDayOfWeek().getValue() - 1);
      cells.add(new Number[] {week, row, y[t]});
    }
    if (cells.isEmpty()) {
      // XChart refuses an empty heat map; a long diary whose last year has no value has none.
      return ChartResult.skipped(
          name,
          "no day of the last "
              + WEEKS
              + " weeks has "
              + Phrases.name(outcome)
              + " recorded, and the calendar shows those weeks");
    }
    String title = title(report, days, y, start) + (cut ? " (last " + WEEKS + " weeks)" : "");
    HeatMapChart c =
        ChartStyle.heatMap(
            options, title, "weeks (white: no " + Phrases.name(outcome) + " recorded)", "");
    c.addSeries(SERIES, xs, ys, cells);
    HeatMapStyler s = c.getStyler();
    // Colours span the outcome's scale, so one shade means one level in every diary.
    org.painstats.diary.Scale scale = report.diary().outcomeScale();
    double max =
        Math.max(scale.max(), cells.stream().mapToDouble(v -> v[2].doubleValue()).max().orElse(1));
    double min =
        Math.min(scale.min(), cells.stream().mapToDouble(v -> v[2].doubleValue()).min().orElse(0));
    s.setMin(min);
    s.setMax(max);
    s.setShowValue(false);
    s.setDrawBorder(true);
    s.setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    s.setHeatMapValueDecimalPattern("0");
    ChartStyle.fitTitle(c, 80);
    return ChartResult.drawn(name, c);
  }

  /**
   * A month's abbreviation where a month begins in the week (or for the first week), else a blank
   * of its own length: XChart wants distinct category labels.
   */
  private static String weekLabel(
      LocalDate monday, boolean first, boolean years, int w, LocalDate from, LocalDate to) {
    LocalDate sunday = monday.plusDays(6);
    LocalDate monthStart = sunday.withDayOfMonth(1);
    boolean begins =
        sunday.getDayOfMonth() <= 7 && !monthStart.isBefore(from) && !monthStart.isAfter(to);
    LocalDate firstOfMonth = begins ? monthStart : first ? from : null;
    if (firstOfMonth == null) {
      return " ".repeat(w + 1);
    }
    String m = firstOfMonth.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return years && (first || firstOfMonth.getMonthValue() == 1)
        ? m + " " + firstOfMonth.getYear()
        : m;
  }

  private static String title(Report report, Days days, double[] y, LocalDate start) {
    Map<YearMonth, double[]> months = new TreeMap<>();
    for (int t = 0; t < y.length; t++) {
      if (!Double.isNaN(y[t]) && !days.date(t).isBefore(start)) {
        double[] s = months.computeIfAbsent(YearMonth.from(days.date(t)), k -> new double[2]);
        s[0] += y[t];
        s[1]++;
      }
    }
    YearMonth lo = null;
    YearMonth hi = null;
    for (var e : months.entrySet()) {
      if (e.getValue()[1] < MONTH_DAYS) {
        continue;
      }
      double mean = e.getValue()[0] / e.getValue()[1];
      if (lo == null || mean < mean(months.get(lo))) {
        lo = e.getKey();
      }
      if (hi == null || mean > mean(months.get(hi))) {
        hi = e.getKey();
      }
    }
    String outcome = Phrases.name(report.outcome());
    if (lo == null || lo.equals(hi)) {
      return "Daily " + outcome + " by week: darker is worse, blank days have none recorded";
    }
    return "Monthly mean "
        + outcome
        + " ranged from "
        + Phrases.num(mean(months.get(lo)), 1)
        + " ("
        + month(lo)
        + ") to "
        + Phrases.num(mean(months.get(hi)), 1)
        + " ("
        + month(hi)
        + "); darker is worse";
  }

  private static double mean(double[] s) {
    return s[0] / s[1];
  }

  private static String month(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
  }
}
