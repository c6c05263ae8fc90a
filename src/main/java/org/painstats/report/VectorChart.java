package org.painstats.report;

import java.awt.Graphics2D;
import java.util.Objects;

/**
 * One chart to place in the PDF report, drawn there as vectors: a title, a caption, its size at
 * which it was laid out, and what paints it on a {@link Graphics2D} (an XChart chart's {@code
 * paint}), so the PDF needs no image and no SVG interpreter.
 *
 * @param name a short identifier ({@code "01-trend"})
 * @param title a few words naming the chart, used as its alternative text
 * @param caption what the chart shows, shown under it
 * @param width the width it is laid out at, in pixels (its text sizes are for this width)
 * @param height the height it is laid out at, in pixels
 * @param painter what draws it
 */
public record VectorChart(
    String name, String title, String caption, int width, int height, Painter painter) {

  /** Draws a chart at a size in pixels on a graphics context. */
  @FunctionalInterface
  public interface Painter {
    /** Paints the chart over {@code (0, 0, width, height)}. */
    void paint(Graphics2D g, int width, int height);
  }

  public VectorChart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(painter, "painter");
    if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "chart name \"" + name + "\": use lower-case letters, digits, dashes and underscores");
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("chart " + name + ": size " + width + "x" + height);
    }
  }
}
