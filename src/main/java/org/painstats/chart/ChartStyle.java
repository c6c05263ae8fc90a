package org.painstats.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import java.util.TimeZone;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look of every painstats chart: the Okabe-Ito palette (distinguishable with the common
 * colour-vision deficiencies), fonts, grid, legend, and the charts built with them. Factories get
 * their charts here and style nothing themselves.
 *
 * <p>Reference: Okabe, M. &amp; Ito, K. (2008) <i>Color Universal Design</i>,
 * https://jfly.uni-koeln.de/color/.
 */
final class ChartStyle {
  private ChartStyle() {}

  // Okabe-Ito.
  static final Color BLACK = new Color(0x000000);
  static final Color ORANGE = new Color(0xE69F00);
  static final Color SKY_BLUE = new Color(0x56B4E9);
  static final Color GREEN = new Color(0x009E73);
  static final Color YELLOW = new Color(0xF0E442);
  static final Color BLUE = new Color(0x0072B2);
  static final Color VERMILLION = new Color(0xD55E00);
  static final Color PURPLE = new Color(0xCC79A7);

  /** The series colours in order: the palette without yellow (too light on white) and black. */
  static final Color[] SERIES = {BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, BLACK};

  /** Light colours for shading periods behind data: the palette without blue (lines) and black. */
  static final Color[] SHADES = {ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, YELLOW};

  /** Neutral grey for what is not a finding: non-significant estimates, raw daily values. */
  static final Color GREY = new Color(0x999999);

  /** Darker grey for intervals and reference lines. */
  static final Color DARK_GREY = new Color(0x555555);

  static final Color GRID = new Color(0xE6E6E6);

  /**
   * A sequential scale for pain from low to high: viridis from light yellow to dark purple, so
   * darker is worse and it reads in grey too (Garnier et al., viridis, 2018).
   */
  static final Color[] SEQUENTIAL = {
    new Color(0xFDE725),
    new Color(0x7AD151),
    new Color(0x22A884),
    new Color(0x2A788E),
    new Color(0x414487),
    new Color(0x440154)
  };

  /** Marks a significant estimate (with colour, so it survives greyscale printing). */
  static final Marker SIGNIFICANT_MARKER = SeriesMarkers.DIAMOND;

  static final Marker PLAIN_MARKER = SeriesMarkers.CIRCLE;

  static final BasicStroke THIN = new BasicStroke(1f);
  static final BasicStroke MEDIUM = new BasicStroke(1.6f);
  static final BasicStroke THICK = new BasicStroke(2.6f);
  static final BasicStroke DASHED =
      new BasicStroke(
          2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);

  // The bundled DejaVu fonts, not the machine's: the same pictures everywhere, fonts or none.
  private static final Font TITLE = Fonts.BOLD.deriveFont(15f);
  private static final Font AXIS_TITLE = Fonts.PLAIN.deriveFont(13f);
  private static final Font TICKS = Fonts.PLAIN.deriveFont(12f);
  private static final Font LEGEND = Fonts.PLAIN.deriveFont(12f);

  /** A styled XY chart. */
  static XYChart xy(ChartOptions o, String title, String xTitle, String yTitle) {
    XYChart c =
        new XYChartBuilder()
            .width(o.width())
            .height(o.height())
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    axes(c.getStyler(), o);
    c.getStyler().setMarkerSize(7);
    return c;
  }

  /** A styled heat map. */
  static HeatMapChart heatMap(ChartOptions o, String title, String xTitle, String yTitle) {
    HeatMapChart c =
        new HeatMapChartBuilder()
            .width(o.width())
            .height(o.height())
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    axes(c.getStyler(), o);
    c.getStyler().setRangeColors(SEQUENTIAL);
    c.getStyler().setPlotGridLinesVisible(false);
    return c;
  }

  /**
   * How much larger or smaller than at the default 900 by 550 pixels text is drawn: the smaller
   * ratio of the two sides, between 0.6 and 2, so that a small chart keeps its words inside it and
   * a large one stays readable when printed.
   */
  static double scale(ChartOptions o) {
    double r = Math.min(o.width() / 900.0, o.height() / 550.0);
    return Math.max(0.6, Math.min(2, r));
  }

  private static Font sized(Font f, double scale) {
    return f.deriveFont((float) Math.max(8, Math.round(f.getSize() * scale)));
  }

  private static void axes(AxesChartStyler s, ChartOptions o) {
    double k = scale(o);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(GREY);
    s.setChartFontColor(BLACK);
    s.setChartTitleFont(sized(TITLE, k));
    s.setChartTitleBoxVisible(false);
    s.setAxisTitleFont(sized(AXIS_TITLE, k));
    s.setAxisTickLabelsFont(sized(TICKS, k));
    s.setAxisTickLabelsColor(BLACK);
    s.setLegendFont(sized(LEGEND, k));
    s.setLegendBorderColor(GRID);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setPlotGridLinesColor(GRID);
    s.setPlotGridLinesStroke(THIN);
    s.setSeriesColors(SERIES);
    s.setAntiAlias(true);
    s.setLocale(Locale.ENGLISH);
    s.setTimezone(TimeZone.getTimeZone("UTC"));
    s.setToolTipsEnabled(false);
    s.setErrorBarsColor(DARK_GREY);
    s.setDecimalPattern("#,##0.##");
  }

  /** Puts the legend at the right, one entry per line: for charts with many or long entries. */
  static void legendRight(org.knowm.xchart.style.Styler s) {
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setLegendLayout(Styler.LegendLayout.Vertical);
  }

  /**
   * Shrinks the title's font (15 down to 10 points) until the title fits the plot's width, which
   * XChart centres it over: the chart's width less {@code reserved} pixels (axis labels, a legend
   * at the side).
   */
  static void fitTitle(org.knowm.xchart.internal.chartpart.Chart<?, ?> c, double reserved) {
    double available = c.getWidth() - reserved;
    Font start = c.getStyler().getChartTitleFont();
    for (int size = start.getSize(); size >= 8; size--) {
      Font f = start.deriveFont((float) size);
      c.getStyler().setChartTitleFont(f);
      if (width(c.getTitle(), f) <= available || size <= start.getSize() * 2 / 3) {
        return;
      }
    }
  }

  /** The width of the widest y tick label among {@code labels}, in pixels. */
  static double tickLabelWidth(
      org.knowm.xchart.internal.chartpart.Chart<?, ?> c, java.util.List<String> labels) {
    Font f = ((AxesChartStyler) c.getStyler()).getAxisTickLabelsFont();
    return labels.stream().mapToDouble(l -> width(l, f)).max().orElse(0);
  }

  /** The width of the widest legend entry among {@code labels}, in pixels. */
  static double legendWidth(
      org.knowm.xchart.internal.chartpart.Chart<?, ?> c, java.util.List<String> labels) {
    Font f = c.getStyler().getLegendFont();
    return labels.stream().mapToDouble(l -> width(l, f)).max().orElse(0);
  }

  private static double width(String text, Font f) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    return new java.awt.font.TextLayout(
            text, f, new java.awt.font.FontRenderContext(null, true, false))
        .getBounds()
        .getWidth();
  }

  /** A colour with an alpha, for shading. */
  static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }
}
