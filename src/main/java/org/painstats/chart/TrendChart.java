package org.painstats.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.painstats.analysis.Report;
import org.painstats.analysis.TrendResult;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;

/**
 * Pain day by day over the whole diary: each day's value (a gap where none was written), its
 * trailing 7-day mean, the trend line of the report, and the approach periods shaded behind, one
 * colour and legend entry per approach.
 *
 * <p>Series: {@value #DAILY} (one point per calendar day from the first entry to the last, NaN
 * where missing), {@value #ROLLING} and {@value #ROLLING_28} ({@link Report#rollingMean} over 7 and
 * 28 days), {@value #TREND} (two points, absent when the report has no trend), then one area series
 * per approach named after it, at the top of the scale over each day of each stretch it was tried
 * (half a day either side), NaN between stretches.
 */
public final class TrendChart {
  /** The name of the daily series. */
  public static final String DAILY = "daily";

  /** The name of the rolling mean series. */
  public static final String ROLLING = "7-day mean";

  /** The name of the trend line series. */
  public static final String TREND = "trend (straight line)";

  static final int WINDOW = 7;

  /** The name of the 28-day rolling mean's series. */
  public static final String ROLLING_28 = "28-day mean";

  /** The series marking days whose entries were merged into one (cleaning marks). */
  public static final String MERGED = "several entries, merged";

  /** The series marking days with an entry but no usable value of the outcome (cleaning marks). */
  public static final String NO_VALUE = "entry without a usable value";

  /** Past this many days the daily values are drawn as points only. */
  static final int LONG = 400;

  private TrendChart() {}

  /** The chart at the default size. */
  public static ChartResult<XYChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<XYChart> of(Report report, ChartOptions options) {
    String name = "trend";
    String outcome = report.outcome();
    if (report.diary().outcomeDays() == 0) {
      return ChartResult.skipped(name, "no day has " + Phrases.name(outcome) + " recorded");
    }
    Days days = Days.of(report.diary());
    double[] y = days.series(outcome);
    List<Date> dates = days.dates().stream().map(Days::toDate).toList();
    XYChart c = ChartStyle.xy(options, title(report), "date", Phrases.outcomeAxis(report));
    // The axis spans the outcome's scale (0-10 for pain, as declared or read for another).
    org.painstats.diary.Scale scale = report.diary().outcomeScale();
    double yMax = Math.max(scale.max(), max(y));
    double yMin = Math.min(scale.min(), min(y));
    // The shading reaches above the axis, where the plot clips it: the line XChart draws along an
    // area's top, which is also the area's swatch in the legend, stays out of sight.
    shade(c, days, yMax + (yMax - yMin) * 0.1);

    // Over more than about a year, lines between days would merge into a grey mass: the days
    // become points and the mean line thinner.
    boolean dense = days.length() > LONG;
    XYSeries daily = c.addSeries(DAILY, dates, boxed(y));
    daily.setMarker(SeriesMarkers.CIRCLE);
    daily.setMarkerColor(dense ? ChartStyle.translucent(ChartStyle.GREY, 140) : ChartStyle.GREY);
    daily.setLineColor(ChartStyle.GREY);
    daily.setLineStyle(dense ? SeriesLines.NONE : ChartStyle.THIN);

    XYSeries month = c.addSeries(ROLLING_28, dates, boxed(report.rollingMean(28)));
    month.setMarker(SeriesMarkers.NONE);
    month.setLineColor(ChartStyle.VERMILLION);
    month.setLineStyle(ChartStyle.THIN);

    XYSeries rolling = c.addSeries(ROLLING, dates, boxed(report.rollingMean(WINDOW)));
    rolling.setMarker(SeriesMarkers.NONE);
    rolling.setLineColor(ChartStyle.BLUE);
    rolling.setLineStyle(dense ? ChartStyle.THIN : ChartStyle.THICK);

    cleaningMarks(c, report, days, dates, y, yMin);

    TrendResult t = report.trend();
    if (!Double.isNaN(t.slopePerWeek())) {
      int last = days.length() - 1;
      double perDay = t.slopePerWeek() / 7;
      XYSeries trend =
          c.addSeries(
              TREND + ": " + Phrases.signed(t.slopePerWeek(), 2) + " a week",
              List.of(dates.get(0), dates.get(last)),
              List.of(t.start(), t.start() + perDay * last));
      trend.setMarker(SeriesMarkers.NONE);
      trend.setLineColor(ChartStyle.BLACK);
      trend.setLineStyle(ChartStyle.DASHED);
    }
    var s = c.getStyler();
    s.setMarkerSize(3);
    ChartStyle.legendRight(s);
    ChartStyle.fitTitle(c, ChartStyle.legendWidth(c, List.copyOf(c.getSeriesMap().keySet())) + 130);
    s.setDatePattern(days.length() > LONG ? "MMM yyyy" : "d MMM");
    s.setYAxisMin(yMin);
    s.setYAxisMax(yMax);
    return ChartResult.drawn(name, c);
  }

  /**
   * What cleaning did, on the timeline: days whose several entries were merged (a diamond at the
   * day's mean) and days with an entry but no usable value (a cross at the bottom: missing, or set
   * missing by cleaning); each series only when it has a day.
   */
  private static void cleaningMarks(
      XYChart c, Report report, Days days, List<Date> dates, double[] y, double yMin) {
    boolean hasMax =
        report.outcome().equals(Diary.PAIN)
            && report.diary().names(ColumnRole.OUTCOME_MAX).contains(Diary.PAIN_MAX);
    double[] max = hasMax ? days.series(Diary.PAIN_MAX) : new double[y.length];
    List<Date> mergedAt = new ArrayList<>();
    List<Double> mergedY = new ArrayList<>();
    List<Date> emptyAt = new ArrayList<>();
    List<Double> emptyY = new ArrayList<>();
    for (int t = 0; t < y.length; t++) {
      if (hasMax && !Double.isNaN(max[t]) && !Double.isNaN(y[t])) {
        mergedAt.add(dates.get(t));
        mergedY.add(y[t]);
      }
      if (days.hasEntry(t) && Double.isNaN(y[t])) {
        emptyAt.add(dates.get(t));
        emptyY.add(yMin);
      }
    }
    if (!mergedAt.isEmpty()) {
      XYSeries m = c.addSeries(MERGED, mergedAt, mergedY);
      m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      m.setMarker(SeriesMarkers.DIAMOND);
      m.setMarkerColor(ChartStyle.VERMILLION);
    }
    if (!emptyAt.isEmpty()) {
      XYSeries e = c.addSeries(NO_VALUE, emptyAt, emptyY);
      e.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      e.setMarker(SeriesMarkers.CROSS);
      e.setMarkerColor(ChartStyle.BLACK);
    }
  }

  private static String title(Report report) {
    TrendResult t = report.trend();
    String subject = Phrases.subject(report.outcome());
    if (Double.isNaN(t.pValue())) {
      return subject
          + " day by day: too few days to judge a trend ("
          + t.n()
          + " recorded, "
          + Report.MIN_DAYS
          + " needed)";
    }
    if (t.pValue() < 0.05) {
      return subject
          + (t.slopePerWeek() < 0 ? " fell" : " rose")
          + " by about "
          + Phrases.num(Math.abs(t.slopePerWeek()), 2)
          + " points a week over the diary";
    }
    return "No clear trend in " + Phrases.name(report.outcome()) + " over the diary";
  }

  /** One area series per approach over the stretches it was tried. */
  private static void shade(XYChart c, Days days, double top) {
    String[] by = days.approaches();
    Map<String, List<int[]>> runs = new LinkedHashMap<>();
    int t = 0;
    while (t < by.length) {
      if (by[t].isEmpty()) {
        t++;
        continue;
      }
      int start = t;
      int end = t;
      // A day without an entry inside a stretch of the same approach does not break it.
      for (int u = t + 1; u < by.length && (by[u].equals(by[start]) || by[u].isEmpty()); u++) {
        if (by[u].equals(by[start])) {
          end = u;
        } else if (days.hasEntry(u)) {
          break;
        }
      }
      runs.computeIfAbsent(by[start], k -> new ArrayList<>()).add(new int[] {start, end});
      t = end + 1;
    }
    int k = 0;
    for (var e : runs.entrySet()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int[] run : e.getValue()) {
        if (!x.isEmpty()) {
          x.add(Days.millis(days.date(run[0]), -0.5));
          y.add(Double.NaN);
        }
        x.add(Days.millis(days.date(run[0]), -0.5));
        y.add(top);
        x.add(Days.millis(days.date(run[1]), 0.5));
        y.add(top);
      }
      XYSeries s =
          c.addSeries(e.getKey(), x.stream().map(v -> new Date(v.longValue())).toList(), y);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineStyle(new java.awt.BasicStroke(10f));
      java.awt.Color base = ChartStyle.SHADES[k % ChartStyle.SHADES.length];
      s.setFillColor(ChartStyle.translucent(base, 70));
      s.setLineColor(ChartStyle.translucent(base, 110));
      k++;
    }
  }

  private static double max(double[] y) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        m = Math.max(m, v);
      }
    }
    return m <= 0 ? 1 : m;
  }

  private static double min(double[] y) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        m = Math.min(m, v);
      }
    }
    return m;
  }

  private static List<Double> boxed(double[] y) {
    List<Double> out = new ArrayList<>(y.length);
    for (double v : y) {
      out.add(v);
    }
    return out;
  }

  /** The first and last day of each shaded stretch of an approach (for tests and notebooks). */
  static List<LocalDate[]> stretches(XYSeries shading) {
    List<LocalDate[]> out = new ArrayList<>();
    double[] x = shading.getXData();
    double[] y = shading.getYData();
    for (int i = 0; i + 1 < x.length; i++) {
      if (!Double.isNaN(y[i]) && !Double.isNaN(y[i + 1])) {
        out.add(
            new LocalDate[] {toLocalDate(x[i] + 43_200_000d), toLocalDate(x[i + 1] - 43_200_000d)});
        i++;
      }
    }
    return out;
  }

  private static LocalDate toLocalDate(double millis) {
    return java.time.Instant.ofEpochMilli((long) millis)
        .atZone(java.time.ZoneOffset.UTC)
        .toLocalDate();
  }
}
