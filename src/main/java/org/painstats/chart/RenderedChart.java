package org.painstats.chart;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One chart of {@link Charts#renderAll}: drawn and encoded (its image bytes, and the file it was
 * written to, if any), or skipped with the reason.
 *
 * @param name the file name without extension, numbered in the order of the charts: {@code
 *     01-trend}, {@code 04-scatter-sleep_hours}
 * @param title the chart's title, its finding in words; empty when skipped
 * @param format the image format
 * @param image the encoded image (a copy); empty when skipped
 * @param file where it was written; empty when kept in memory or skipped
 * @param skipped why it was not drawn; empty when drawn
 */
public record RenderedChart(
    String name,
    String title,
    ImageFormat format,
    byte[] image,
    Optional<Path> file,
    Optional<String> skipped) {

  public RenderedChart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(format, "format");
    image = image.clone();
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(skipped, "skipped");
  }

  /** The encoded image (a copy). */
  @Override
  public byte[] image() {
    return image.clone();
  }

  /** The file name: the name and the format's extension, {@code 01-trend.png}. */
  public String fileName() {
    return name + "." + format.extension();
  }

  /** Whether the chart was skipped. */
  public boolean isSkipped() {
    return skipped.isPresent();
  }

  /** The same chart, written to a file. */
  RenderedChart writtenTo(Path path) {
    return new RenderedChart(name, title, format, image, Optional.of(path), skipped);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderedChart r
        && name.equals(r.name)
        && title.equals(r.title)
        && format == r.format
        && java.util.Arrays.equals(image, r.image)
        && file.equals(r.file)
        && skipped.equals(r.skipped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, format, java.util.Arrays.hashCode(image), file, skipped);
  }

  @Override
  public String toString() {
    return "RenderedChart["
        + fileName()
        + (isSkipped()
            ? " skipped: " + skipped.orElseThrow()
            : ": " + title + ", " + image.length + " bytes")
        + file.map(f -> ", " + f).orElse("")
        + "]";
  }
}
