package org.painstats.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
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
 * ChartEncoder.write(c, Path.of("trend.png"), ImageFormat.PNG);
 * }</pre>
 */
public final class ChartEncoder {
  private ChartEncoder() {}

  /** The chart as PNG bytes, at the chart's size in pixels. */
  public static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart as PNG", e);
    }
  }

  /**
   * The chart as an SVG document: the {@code <svg>} element alone, without XML declaration or
   * doctype, so that it can be inlined in HTML as it is and also saved as a file.
   *
   * <p>XChart draws text as outlines, so the SVG carries the chart's title again as a {@code
   * <title>} element (what screen readers and search read), and its clip-path ids are made
   * particular to this image, so that several charts inlined in one page do not share ids.
   */
  public static String svg(Chart<?, ?> chart) {
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

  /** The chart in a format: PNG bytes, or SVG as UTF-8. */
  public static byte[] encode(Chart<?, ?> chart, ImageFormat format) {
    return switch (format) {
      case PNG -> png(chart);
      case SVG -> svg(chart).getBytes(StandardCharsets.UTF_8);
    };
  }

  /**
   * Writes the chart to a file, whole or not at all.
   *
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  public static void write(Chart<?, ?> chart, Path target, ImageFormat format) {
    AtomicFiles.write(target, encode(chart, format));
  }
}
