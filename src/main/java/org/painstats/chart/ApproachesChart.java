package org.painstats.chart;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;

/**
 * The outcome over time with each approach's runs shaded (one colour and legend entry per approach,
 * labelled with the report's level change and its 95% interval) and the natural course the approach
 * model estimated: what the outcome would have done without any approach. The chart draws the
 * report's results; it computes nothing.
 *
 * <p>Series: {@value #DAILY} (the outcome by day), {@value #WEEKLY} (the report's trailing 7-day
 * mean), {@value #NATURAL} (the report's natural course), and one area per approach named by {@link
 * #label(ApproachResult)}.
 */
public final class ApproachesChart {
  /** The daily values. */
  public static final String DAILY = "daily";

  /** The trailing 7-day mean. */
  public static final String WEEKLY = "7-day mean";

  /** The estimated natural course. */
  public static final String NATURAL = "natural course (without any approach)";

  private ApproachesChart() {}

  /** The chart at the default size. */
  public static ChartResult<XYChart> of(Report report) {
    return of(report, ChartOptions.withDefaults());
  }

  /** The chart at the options' size. */
  public static ChartResult<XYChart> of(Report report, ChartOptions options) {
    String name = "approaches";
    String outcome = report.outcome();
    if (report.approaches().isEmpty()) {
      return ChartResult.skipped(
          name, "the diary names no approach (a column saying what was being tried)");
    }
    double[] natural = report.naturalCourse();
    boolean fitted = false;
    for (double v : natural) {
      fitted |= !Double.isNaN(v);
    }
    if (!fitted) {
      return ChartResult.skipped(
          name, "too few days with " + Phrases.name(outcome) + " for the model of the approaches");
    }
    Days days = Days.of(report.diary());
    double[] y = days.series(outcome);
    List<Date> dates = days.dates().stream().map(Days::toDate).toList();
    XYChart c =
        ChartStyle.xy(
            options,
            title(report),
            "date; shaded: the days of each approach (change and 95% interval)",
            Phrases.outcomeAxis(report));
    boolean pain = outcome.equals(Diary.PAIN);
    double yMax = pain ? 10 : max(y);
    double top = yMax + Math.abs(yMax) * 0.1;
    for (int k = 0; k < report.approaches().size(); k++) {
      shade(c, report.approaches().get(k), top, k);
    }
    XYSeries daily = c.addSeries(DAILY, dates, boxed(y));
    daily.setMarker(SeriesMarkers.CIRCLE);
    daily.setMarkerColor(ChartStyle.translucent(ChartStyle.GREY, 140));
    daily.setLineStyle(SeriesLines.NONE);
    daily.setShowInLegend(false);
    XYSeries week = c.addSeries(WEEKLY, dates, boxed(report.rollingMean(7)));
    week.setMarker(SeriesMarkers.NONE);
    week.setLineColor(ChartStyle.DARK_GREY);
    week.setLineStyle(ChartStyle.THIN);
    XYSeries course = c.addSeries(NATURAL, dates, boxed(natural));
    course.setMarker(SeriesMarkers.NONE);
    course.setLineColor(ChartStyle.BLACK);
    course.setLineStyle(new java.awt.BasicStroke(2.5f * (float) ChartStyle.scale(options)));
    var s = c.getStyler();
    if (pain) {
      s.setYAxisMin(0.0);
      s.setYAxisMax(10.0);
    }
    return ChartResult.drawn(name, c);
  }

  /** One area over the runs of an approach, at the top of the scale (clipped by the plot). */
  private static void shade(XYChart c, ApproachResult a, double top, int k) {
    List<Date> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (ApproachResult.Period p : a.periods()) {
      if (!x.isEmpty()) {
        x.add(new Date((long) Days.millis(p.firstDate(), -0.5)));
        y.add(Double.NaN);
      }
      x.add(new Date((long) Days.millis(p.firstDate(), -0.5)));
      y.add(top);
      x.add(new Date((long) Days.millis(p.lastDate(), 0.5)));
      y.add(top);
    }
    XYSeries s = c.addSeries(label(a), x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(new java.awt.BasicStroke(10f));
    java.awt.Color base = ChartStyle.SHADES[k % ChartStyle.SHADES.length];
    s.setFillColor(ChartStyle.translucent(base, 70));
    s.setLineColor(ChartStyle.translucent(base, 110));
  }

  /** "McKenzie exercises: -2.3 (-3.0 to -1.5)", or "...: too little data". */
  static String label(ApproachResult a) {
    if (Double.isNaN(a.levelChange())) {
      return a.approach() + ": too little data";
    }
    return a.approach()
        + ": "
        + Phrases.signed(a.levelChange(), 1)
        + " ("
        + Phrases.num(a.ciLow(), 1)
        + " to "
        + Phrases.num(a.ciHigh(), 1)
        + ")";
  }

  private static String title(Report report) {
    List<ApproachResult> helped =
        report.approaches().stream().filter(ApproachResult::clinicallyMeaningful).toList();
    List<ApproachResult> sig =
        helped.isEmpty()
            ? report.approaches().stream().filter(ApproachResult::significant).toList()
            : helped;
    if (sig.isEmpty()) {
      return "No approach clearly changed "
          + Phrases.name(report.outcome())
          + " against its natural course";
    }
    ApproachResult top = sig.get(0);
    for (ApproachResult a : sig) {
      if (Math.abs(a.levelChange()) > Math.abs(top.levelChange())) {
        top = a;
      }
    }
    String s =
        Phrases.subject(report.outcome())
            + " was "
            + Phrases.num(Math.abs(top.levelChange()), 1)
            + " points "
            + (top.levelChange() < 0 ? "lower" : "higher")
            + " with "
            + top.approach()
            + " than its natural course";
    if (sig.size() > 1) {
      s += "; " + Phrases.count(sig.size() - 1, "other approach", "other approaches") + " too";
    }
    return s;
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

  private static List<Double> boxed(double[] y) {
    List<Double> out = new ArrayList<>(y.length);
    for (double v : y) {
      out.add(v);
    }
    return out;
  }
}
