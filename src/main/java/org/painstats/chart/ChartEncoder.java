package org.painstats.chart;

import com.pngencoder.PngEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.painstats.diary.Escapes;
import org.painstats.io.AtomicFiles;

/**
 * Turns a chart into image bytes, PNG or SVG, in memory or into a file written whole or not at all.
 * Encoding is kept apart from the charts: a factory builds a chart, this class draws it.
 *
 * <pre>{@code
 * XYChart c = TrendChart.of(report).orElseThrow();
 * String svg = ChartEncoder.svg(c);          // inline in HTML
 * ChartEncoder.write(TrendChart.of(report), Path.of("trend.png"), ImageFormat.PNG);
 * }</pre>
 */
public final class ChartEncoder {
  private ChartEncoder() {}

  /** The chart as PNG bytes, at the chart's size in pixels. */
  public static byte[] png(XYChart chart) {
    return pngOf(chart);
  }

  /** The heat map as PNG bytes, at the chart's size in pixels. */
  public static byte[] png(HeatMapChart chart) {
    return pngOf(chart);
  }

  /**
   * Drawn as XChart draws a bitmap, encoded with PngEncoder: in a fresh JVM it takes about half the
   * CPU time of ImageIO's PNG writer for the same image. One thread per image (the charts are
   * encoded side by side already) and a fixed compression level keep the bytes the same run to run.
   */
  static byte[] pngOf(Chart<?, ?> chart) {
    return new PngEncoder()
        .withBufferedImage(BitmapEncoder.getBufferedImage(chart))
        .withCompressionLevel(4)
        .withMultiThreadedCompressionEnabled(false)
        .toBytes();
  }

  /** The chart as an SVG document (see {@link #svgOf}). */
  public static String svg(XYChart chart) {
    return svgOf(chart);
  }

  /** The heat map as an SVG document (see {@link #svgOf}). */
  public static String svg(HeatMapChart chart) {
    return svgOf(chart);
  }

  /**
   * The chart as an SVG document: the {@code <svg>} element alone, without XML declaration or
   * doctype, so that it can be inlined in HTML as it is and also saved as a file.
   *
   * <p>XChart draws text as outlines, so the SVG carries the chart's title again as a {@code
   * <title>} element (what screen readers and search read), and its clip-path ids are made
   * particular to this image, so that several charts inlined in one page do not share ids.
   */
  static String svgOf(Chart<?, ?> chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart as SVG", e);
    }
    String text = Escapes.xmlChars(out.toString(StandardCharsets.UTF_8));
    int root = text.indexOf("<svg");
    if (root < 0) {
      return text;
    }
    text = text.substring(root);
    String suffix = "-" + Integer.toHexString(text.hashCode());
    text =
        text.replaceAll("id=\"(clip\\d+)\"", "id=\"$1" + suffix + "\"")
            .replaceAll("url\\(#(clip\\d+)\\)", "url(#$1" + suffix + ")");
    int open = text.indexOf('>') + 1;
    String title = chart.getTitle() == null ? "" : chart.getTitle();
    return text.substring(0, open) + "<title>" + escape(title) + "</title>" + text.substring(open);
  }

  private static String escape(String s) {
    return Escapes.xmlChars(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * The drawn chart of a result in a format: PNG bytes, or SVG as UTF-8.
   *
   * @throws IllegalStateException with the reason, when the chart was skipped
   */
  public static byte[] encode(ChartResult<?> drawn, ImageFormat format) {
    return encodeChart(xchart(drawn.orElseThrow()), format);
  }

  static byte[] encodeChart(Chart<?, ?> chart, ImageFormat format) {
    return switch (format) {
      case PNG -> pngOf(chart);
      case SVG -> svgOf(chart).getBytes(StandardCharsets.UTF_8);
    };
  }

  /**
   * Writes the drawn chart of a result to a file, whole or not at all.
   *
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  public static void write(ChartResult<?> drawn, Path target, ImageFormat format) {
    writeChart(xchart(drawn.orElseThrow()), target, format);
  }

  /** Writes the chart to a file, whole or not at all. */
  public static void write(XYChart chart, Path target, ImageFormat format) {
    writeChart(chart, target, format);
  }

  /** Writes the heat map to a file, whole or not at all. */
  public static void write(HeatMapChart chart, Path target, ImageFormat format) {
    writeChart(chart, target, format);
  }

  static void writeChart(Chart<?, ?> chart, Path target, ImageFormat format) {
    AtomicFiles.write(target, encodeChart(chart, format));
  }

  /** The XChart chart a result holds (our factories make only XChart charts). */
  static Chart<?, ?> xchart(Object chart) {
    if (chart instanceof Chart<?, ?> c) {
      return c;
    }
    throw new IllegalArgumentException("not an XChart chart: " + chart);
  }
}
