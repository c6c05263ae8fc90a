package org.painstats.chart;

/** The image formats charts are written in. */
public enum ImageFormat {
  /** A bitmap at the chart's size in pixels. */
  PNG("png"),
  /** A vector image; text stays text, so it can be inlined in HTML and scaled. */
  SVG("svg");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot: {@code png}, {@code svg}. */
  public String extension() {
    return extension;
  }
}
