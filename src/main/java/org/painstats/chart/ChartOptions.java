package org.painstats.chart;

import java.util.Locale;

/**
 * How charts are drawn: their size in pixels and the image format they are encoded in. Immutable;
 * start from {@link #withDefaults()}.
 *
 * <pre>{@code ChartOptions.withDefaults().withSize(1200, 700).withFormat(ImageFormat.SVG)}</pre>
 */
public final class ChartOptions {
  /** The smallest width or height, in pixels. */
  public static final int MIN_SIZE = 200;

  /** The largest width or height, in pixels. */
  public static final int MAX_SIZE = 4000;

  private static final ChartOptions DEFAULTS = new ChartOptions(900, 550, ImageFormat.PNG);

  private final int width;
  private final int height;
  private final ImageFormat format;

  private ChartOptions(int width, int height, ImageFormat format) {
    this.width = width;
    this.height = height;
    this.format = format;
  }

  /** 900 by 550 pixels, PNG. */
  public static ChartOptions withDefaults() {
    return DEFAULTS;
  }

  /**
   * The same options with another size.
   *
   * @throws IllegalArgumentException if width or height is outside {@value #MIN_SIZE} to {@value
   *     #MAX_SIZE} pixels
   */
  public ChartOptions withSize(int width, int height) {
    check("width", width);
    check("height", height);
    return new ChartOptions(width, height, format);
  }

  /** The same options with another image format. */
  public ChartOptions withFormat(ImageFormat format) {
    return new ChartOptions(width, height, java.util.Objects.requireNonNull(format, "format"));
  }

  private static void check(String what, int pixels) {
    if (pixels < MIN_SIZE || pixels > MAX_SIZE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s %d is out of range; charts are %d to %d pixels %s",
              what,
              pixels,
              MIN_SIZE,
              MAX_SIZE,
              what.equals("width") ? "wide" : "high"));
    }
  }

  /** The width in pixels. */
  public int width() {
    return width;
  }

  /** The height in pixels. */
  public int height() {
    return height;
  }

  /** The image format. */
  public ImageFormat format() {
    return format;
  }

  @Override
  public String toString() {
    return "ChartOptions[" + width + "x" + height + ", " + format + "]";
  }
}
