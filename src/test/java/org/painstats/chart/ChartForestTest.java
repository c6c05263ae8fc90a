package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** How the forest plots lay out rows: the data a reader sees next to each label. */
class ChartForestTest {
  /** The row labels, top to bottom, as the y axis shows them. */
  static List<String> labels(XYChart c) {
    XYSeries rows = c.getSeriesMap().get(Forest.ROWS);
    int n = rows.getYData().length;
    List<String> out = new ArrayList<>();
    for (int y = n - 1; y >= 0; y--) {
      out.add(c.getStyler().getyAxisTickLabelsFormattingFunction().apply((double) y));
    }
    return out;
  }

  /** The point on a row (its label), from whichever point series holds it; NaN when none. */
  static double estimate(XYChart c, String label, String... series) {
    int y = rowOf(c, label);
    for (String s : series) {
      XYSeries p = c.getSeriesMap().get(s);
      if (p == null) {
        continue;
      }
      for (int i = 0; i < p.getYData().length; i++) {
        if (p.getYData()[i] == y) {
          return p.getXData()[i];
        }
      }
    }
    return Double.NaN;
  }

  /** The interval on a row: {low, high}, or null. */
  static double[] interval(XYChart c, String label) {
    int y = rowOf(c, label);
    for (XYSeries s : c.getSeriesMap().values()) {
      if (s.getName().startsWith(Forest.INTERVAL) && s.getYData()[0] == y) {
        return s.getXData();
      }
    }
    return null;
  }

  static int rowOf(XYChart c, String label) {
    List<String> l = labels(c);
    int i = l.indexOf(label);
    assertTrue(i >= 0, label + " not in " + l);
    return l.size() - 1 - i;
  }

  @Test
  void rowsKeepTheirOrderLabelsAndIntervals() {
    Forest.Group g = new Forest.Group("g", ChartStyle.BLUE, ChartStyle.PLAIN_MARKER);
    List<Forest.Row> rows =
        List.of(
            new Forest.Row("first", 0.5, 0.2, 0.7, g),
            Forest.Row.spacer(),
            new Forest.Row("second", -0.1, Double.NaN, Double.NaN, g),
            new Forest.Row("third", Double.NaN, Double.NaN, Double.NaN, g));
    XYChart c = Forest.chart(ChartOptions.withDefaults(), "t", "x", rows, 0);
    List<String> labels = labels(c);
    assertEquals("first", labels.get(0));
    assertTrue(labels.get(1).isBlank());
    assertEquals(List.of("second", "third"), labels.subList(2, 4));
    assertEquals(0.5, estimate(c, "first", "g"));
    assertEquals(-0.1, estimate(c, "second", "g"));
    assertTrue(Double.isNaN(estimate(c, "third", "g")));
    assertEquals(List.of(0.2, 0.7), List.of(interval(c, "first")[0], interval(c, "first")[1]));
    assertEquals(null, interval(c, "second"));
    // Drawing it does not hang or throw (XChart repeats its tick layout until labels differ).
    assertNotEquals(0, ChartEncoder.png(c).length);
  }

  @Test
  void blankLabelsDifferSoThatXChartCanPlaceItsTicks() {
    String[] labels = {"a", " ", "  "};
    Set<String> seen = new LinkedHashSet<>();
    for (double v = -1; v <= 3; v += 0.25) {
      assertTrue(seen.add(Forest.label(labels, v)), "duplicate label at " + v);
    }
  }

  @Test
  void aSingleRowIsDrawn() {
    Forest.Group g = new Forest.Group("g", ChartStyle.BLUE, ChartStyle.PLAIN_MARKER);
    XYChart c =
        Forest.chart(
            ChartOptions.withDefaults(), "t", "x", List.of(new Forest.Row("only", 1, 0, 2, g)), 0);
    assertEquals(List.of("only"), labels(c));
    assertNotEquals(0, ChartEncoder.png(c).length);
  }
}
