package org.painstats.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;

/**
 * Pain in each approach period as horizontal box plots: the baseline (the days before any approach)
 * at the top, then each approach in the order it was tried, each row labelled with the report's
 * estimate of the change against the baseline and its 95% interval, so the picture and the number
 * sit together. Each approach has the colour of its shading in {@link TrendChart}.
 *
 * <p>Boxes: the quartiles (R's default, type 7), the median as a bar, the mean as a diamond (the
 * report compares means), whiskers to the furthest day within 1.5 box lengths, and the days beyond
 * as circles (Tukey). A period with fewer than {@value #MIN_VALUES} days with pain is left out.
 *
 * <p>Why not XChart's {@code BoxChart}: in XChart 3.8.8 it draws in fixed blue, red and black
 * whatever the theme, and drops or overlaps long category labels, so a box could lose its name.
 *
 * <p>Series, for each period i (0 the top row) named by its label L: {@code L} (the box, from the
 * first to the third quartile), {@code L whiskers}, {@code L median}, {@code L mean}, {@code L
 * outliers}; and the hidden {@value Forest#ROWS}.
 */
public final class ApproachesChart {
  /** The label of the baseline row. */
  public static final String BASELINE = "before any approach";

  /** The fewest values a box is drawn from. */
  static final int MIN_VALUES = 3;

  private ApproachesChart() {}

  /**
   * One period's box.
   *
   * @param label the row label
   * @param values the outcome on the period's days
   * @param color the box colour
   */
  record Box(String label, double[] values, Color color) {
    double[] sorted() {
      double[] s = values.clone();
      Arrays.sort(s);
      return s;
    }
  }

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
    Days days = Days.of(report.diary());
    double[] y = days.series(outcome);
    String[] by = days.approaches();
    int baselineEnd = 0;
    while (baselineEnd < by.length && by[baselineEnd].isEmpty()) {
      baselineEnd++;
    }
    List<Box> boxes = new ArrayList<>();
    double[] base = present(y, baselineEnd, null, by);
    if (base.length >= MIN_VALUES) {
      boxes.add(new Box(BASELINE, base, ChartStyle.GREY));
    }
    for (int k = 0; k < report.approaches().size(); k++) {
      ApproachResult a = report.approaches().get(k);
      double[] v = present(y, y.length, a.approach(), by);
      if (v.length >= MIN_VALUES) {
        boxes.add(new Box(label(a), v, ChartStyle.SHADES[k % ChartStyle.SHADES.length]));
      }
    }
    if (boxes.isEmpty()) {
      return ChartResult.skipped(
          name,
          "too few days: no period has "
              + MIN_VALUES
              + " days with "
              + Phrases.name(outcome)
              + " recorded");
    }
    XYChart c =
        ChartStyle.xy(
            options,
            title(report, base.length),
            Phrases.outcomeAxis(report)
                + ": box, middle half of the days; bar, median; diamond, mean",
            "change in mean against before any approach (95% interval)");
    Forest.rowAxis(c, boxes.stream().map(Box::label).toList(), 5);
    int n = boxes.size();
    float boxPixels = boxPixels(options, n);
    for (int i = 0; i < n; i++) {
      draw(c, boxes.get(i), n - 1 - i, boxPixels);
    }
    var s = c.getStyler();
    s.setLegendVisible(false);
    s.setMarkerSize((int) Math.round(9 * ChartStyle.scale(options)));
    if (outcome.equals(Diary.PAIN)) {
      s.setXAxisMin(0.0);
      s.setXAxisMax(10.0);
    }
    return ChartResult.drawn(name, c);
  }

  private static void draw(XYChart c, Box b, int y, float boxPixels) {
    double[] v = b.sorted();
    double q1 = quantile(v, 0.25);
    double q3 = quantile(v, 0.75);
    double reach = 1.5 * (q3 - q1);
    double lo = Arrays.stream(v).filter(x -> x >= q1 - reach).min().orElse(q1);
    double hi = Arrays.stream(v).filter(x -> x <= q3 + reach).max().orElse(q3);
    double[] out = Arrays.stream(v).filter(x -> x < lo || x > hi).distinct().toArray();
    String l = b.label();

    XYSeries whiskers = c.addSeries(l + " whiskers", new double[] {lo, hi}, new double[] {y, y});
    whiskers.setMarker(SeriesMarkers.NONE);
    whiskers.setLineColor(ChartStyle.DARK_GREY);
    whiskers.setLineStyle(ChartStyle.THIN);

    XYSeries box =
        c.addSeries(l, new double[] {q1, q3 == q1 ? q1 + 1e-9 : q3}, new double[] {y, y});
    box.setMarker(SeriesMarkers.NONE);
    box.setLineColor(ChartStyle.translucent(b.color(), 170));
    box.setLineStyle(new BasicStroke(boxPixels, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));

    XYSeries median = c.addSeries(l + " median", new double[] {quantile(v, 0.5)}, new double[] {y});
    median.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    median.setMarker(new Bar(boxPixels));
    median.setMarkerColor(ChartStyle.BLACK);

    XYSeries mean =
        c.addSeries(
            l + " mean", new double[] {Arrays.stream(v).average().orElseThrow()}, new double[] {y});
    mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    mean.setMarker(SeriesMarkers.DIAMOND);
    mean.setMarkerColor(ChartStyle.BLACK);

    if (out.length > 0) {
      double[] ys = new double[out.length];
      Arrays.fill(ys, y);
      XYSeries o = c.addSeries(l + " outliers", out, ys);
      o.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      o.setMarker(SeriesMarkers.CIRCLE);
      o.setMarkerColor(ChartStyle.DARK_GREY);
      o.setLineStyle(SeriesLines.NONE);
    }
  }

  /** The box height in pixels: about half a row, from the chart's size. */
  private static float boxPixels(ChartOptions o, int rows) {
    double plot = Math.max(40, o.height() - 130) * 0.88;
    return (float) Math.max(4, Math.min(40, 0.5 * plot / rows));
  }

  /** A vertical bar as tall as the box: the median. */
  static final class Bar extends Marker {
    private final double height;

    Bar(double height) {
      this.height = height;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
      g.setStroke(new BasicStroke(3f));
      g.draw(new Line2D.Double(x, y - height / 2, x, y + height / 2));
    }
  }

  /** The p-quantile of sorted values, R type 7: linear between order statistics. */
  static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The present values of y before {@code to} on days of the approach (null: any day). */
  private static double[] present(double[] y, int to, String approach, String[] by) {
    List<Double> out = new ArrayList<>();
    for (int t = 0; t < to; t++) {
      if (!Double.isNaN(y[t]) && (approach == null || by[t].equals(approach))) {
        out.add(y[t]);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** "McKenzie exercises: -2.3 (-3.0 to -1.5)", or "...: too few days to compare". */
  static String label(ApproachResult a) {
    if (Double.isNaN(a.levelChange())) {
      return a.approach() + ": too few days to compare";
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

  private static String title(Report report, int baselineDays) {
    String outcome = Phrases.name(report.outcome());
    if (baselineDays == 0) {
      return "No days before any approach to compare " + outcome + " with";
    }
    List<ApproachResult> sig =
        report.approaches().stream().filter(ApproachResult::significant).toList();
    if (sig.isEmpty()) {
      return "No approach clearly changed " + outcome + " against the days before any approach";
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
            + " than before any approach";
    if (sig.size() > 1) {
      s += "; " + Phrases.count(sig.size() - 1, "other approach", "other approaches") + " too";
    }
    return s;
  }
}
