package org.painstats.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart drawn as an image to show in a notebook: {@code display(ChartPicture.of(chart))}. A
 * notebook kernel shows an image as a picture and also stores its text; a plain {@code
 * BufferedImage} prints its identity hash there ({@code BufferedImage@1a2b3c}), which changes from
 * run to run. This image's text is the chart's title and size, the same on every run.
 */
public final class ChartPicture extends BufferedImage {
  private final String text;

  private ChartPicture(BufferedImage drawn, String title) {
    super(drawn.getWidth(), drawn.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = createGraphics();
    g.drawImage(drawn, 0, 0, null);
    g.dispose();
    this.text = "chart: " + title + " (" + getWidth() + " x " + getHeight() + " pixels)";
  }

  /** The chart drawn at its size. */
  public static ChartPicture of(XYChart chart) {
    return draw(chart);
  }

  /** The heat map drawn at its size. */
  public static ChartPicture of(HeatMapChart chart) {
    return draw(chart);
  }

  /**
   * The drawn chart of a result.
   *
   * @throws IllegalStateException with the reason, when the chart was skipped
   */
  public static ChartPicture of(ChartResult<?> result) {
    return draw(ChartEncoder.xchart(result.orElseThrow()));
  }

  private static ChartPicture draw(Chart<?, ?> chart) {
    return new ChartPicture(BitmapEncoder.getBufferedImage(chart), chart.getTitle());
  }

  @Override
  public String toString() {
    return text;
  }
}
