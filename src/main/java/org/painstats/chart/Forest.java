package org.painstats.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A forest plot: one row per estimate, its point and its 95% interval drawn across, labels on the
 * left, a vertical reference line. The layout of the factor, lag, activity and weekday charts:
 * horizontal rows keep long labels readable, and intervals may be asymmetric (a correlation's is),
 * which XChart's error bars cannot draw.
 *
 * <p>Rows are listed top to bottom; row i of n sits at y = n - 1 - i. A row whose estimate is NaN
 * keeps its place without a point (a blank label makes it a spacer between groups).
 *
 * <p>How the labels get onto the y axis: given a tick formatter, XChart 3.8 puts ticks exactly at
 * the y values of the data when those values, in the order the series give them, are equally
 * spaced. A hidden series holding every row position in increasing order comes first to make it so.
 * XChart repeats its tick layout until all labels differ, so blank labels are made of different
 * numbers of spaces.
 */
final class Forest {
  /** The name of the first interval series (shown in the legend); the others add a number. */
  static final String INTERVAL = "95% interval";

  /** The name of the hidden series that places the row labels. */
  static final String ROWS = "rows";

  private Forest() {}

  /**
   * One row.
   *
   * @param label shown at the left; blank for a spacer
   * @param estimate the point, NaN for none
   * @param low lower end of the interval, NaN for none
   * @param high upper end
   * @param group the legend entry the point belongs to (its colour and marker)
   */
  record Row(String label, double estimate, double low, double high, Group group) {
    static Row spacer() {
      return new Row("", Double.NaN, Double.NaN, Double.NaN, null);
    }
  }

  /** A legend entry for points: name, colour, marker. */
  record Group(String name, Color color, Marker marker) {}

  /** The chart of the rows, with a vertical reference line at {@code reference} (NaN: none). */
  static XYChart chart(
      ChartOptions o, String title, String xTitle, List<Row> rows, double reference) {
    XYChart c = ChartStyle.xy(o, title, xTitle, "");
    int n = rows.size();
    Map<Group, List<double[]>> points = new LinkedHashMap<>();
    List<double[]> intervals = new ArrayList<>();
    double lo = Double.isNaN(reference) ? Double.POSITIVE_INFINITY : reference;
    double hi = Double.isNaN(reference) ? Double.NEGATIVE_INFINITY : reference;
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      int y = n - 1 - i;
      if (Double.isNaN(r.estimate())) {
        continue;
      }
      points.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(new double[] {r.estimate(), y});
      lo = Math.min(lo, r.estimate());
      hi = Math.max(hi, r.estimate());
      if (!Double.isNaN(r.low()) && !Double.isNaN(r.high())) {
        intervals.add(new double[] {r.low(), r.high(), y});
        lo = Math.min(lo, r.low());
        hi = Math.max(hi, r.high());
      }
    }
    double mid = lo <= hi ? (lo + hi) / 2 : 0;
    rowAxis(c, rows.stream().map(Row::label).toList(), mid);
    // Intervals before points, so that points are drawn over them.
    for (int k = intervals.size() - 1, shown = 0; k >= 0; k--, shown++) {
      double[] iv = intervals.get(k);
      XYSeries s =
          c.addSeries(
              shown == 0 ? INTERVAL : INTERVAL + " " + (shown + 1),
              new double[] {iv[0], iv[1]},
              new double[] {iv[2], iv[2]});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(ChartStyle.DARK_GREY);
      s.setLineStyle(ChartStyle.MEDIUM);
      s.setShowInLegend(shown == 0);
    }
    List<Map.Entry<Group, List<double[]>>> groups = new ArrayList<>(points.entrySet());
    // Marked estimates first in the legend, whichever row comes first.
    groups.sort(
        java.util.Comparator.comparing(e -> e.getKey().marker() != ChartStyle.SIGNIFICANT_MARKER));
    for (var e : groups) {
      List<double[]> p = new ArrayList<>(e.getValue());
      java.util.Collections.reverse(p);
      XYSeries s =
          c.addSeries(
              e.getKey().name(),
              p.stream().mapToDouble(v -> v[0]).toArray(),
              p.stream().mapToDouble(v -> v[1]).toArray());
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(e.getKey().marker());
      s.setMarkerColor(e.getKey().color());
    }
    if (!Double.isNaN(reference)) {
      c.addAnnotation(new AnnotationLine(reference, true, false));
    }
    var s = c.getStyler();
    s.setAnnotationLineColor(ChartStyle.DARK_GREY);
    s.setAnnotationLineStroke(ChartStyle.THIN);
    s.setMarkerSize((int) Math.round(10 * ChartStyle.scale(o)));
    if (lo < hi) {
      double pad = (hi - lo) * 0.04;
      s.setXAxisMin(lo - pad);
      s.setXAxisMax(hi + pad);
    }
    return c;
  }

  /**
   * Makes the y axis of a new chart an axis of rows labelled top to bottom (blank labels make
   * spacers): adds the hidden {@value #ROWS} series at {@code x} and the label formatter. Call it
   * before adding any other series.
   */
  static void rowAxis(XYChart c, List<String> topToBottom, double x) {
    int n = topToBottom.size();
    String[] labels = new String[n];
    double[] ys = new double[n];
    double[] xs = new double[n];
    int blanks = 0;
    for (int i = 0; i < n; i++) {
      int y = n - 1 - i;
      String l = topToBottom.get(i);
      labels[y] = l.isBlank() ? " ".repeat(++blanks) : l;
      ys[y] = y;
      xs[y] = x;
    }
    XYSeries rows = c.addSeries(ROWS, xs, ys);
    rows.setMarker(SeriesMarkers.NONE);
    rows.setLineStyle(SeriesLines.NONE);
    rows.setShowInLegend(false);
    var s = c.getStyler();
    s.setyAxisTickLabelsFormattingFunction(v -> label(labels, v));
    s.setPlotGridHorizontalLinesVisible(false);
    s.setPlotContentSize(0.88);
    s.setAxisTickPadding(8);
    ChartStyle.fitTitle(c, ChartStyle.tickLabelWidth(c, topToBottom) + 60);
  }

  /** The label of a row position; distinct blanks elsewhere (see the class comment). */
  static String label(String[] labels, double v) {
    long i = Math.round(v);
    if (Math.abs(v - i) < 1e-6 && i >= 0 && i < labels.length) {
      return labels[(int) i];
    }
    // Not a row: only when XChart falls back to ticks of its own. Distinct for every hundredth
    // (zigzag over the sign) and longer than any spacer's blank.
    long k = Math.round(v * 100);
    long code = k >= 0 ? 2 * k : -2 * k - 1;
    return " ".repeat((int) Math.min(100_000, labels.length + 1 + code));
  }
}
