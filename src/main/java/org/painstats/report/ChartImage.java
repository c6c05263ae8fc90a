package org.painstats.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One chart to place in the HTML report: an SVG or PNG image with a title and a caption, made by
 * whoever draws charts (the HTML report only embeds them).
 *
 * <p>Embedding: a PNG always becomes a {@code data:image/png;base64,} URI in an {@code <img>}. An
 * SVG is inlined as {@code <svg>} markup by default ({@link Embedding#INLINE}: crisp at any print
 * size, its text searchable) or, with {@link #withEmbedding}, placed in an {@code <img>} as a
 * {@code data:image/svg+xml;base64,} URI. Either way the report stays one self-contained file.
 *
 * @param name a short identifier, lower-case letters, digits, dashes and underscores ({@code
 *     "pain-over-time"}); it becomes the figure's {@code id}
 * @param title a few words naming the chart; shown above the caption and used as the image's
 *     alternative text
 * @param caption what the chart shows, in a sentence or two, shown under it
 * @param mediaType {@link #SVG} or {@link #PNG}
 * @param data the image file's bytes (SVG as UTF-8); copied in and out
 * @param embedding how the image is placed in the page
 */
public record ChartImage(
    String name, String title, String caption, String mediaType, byte[] data, Embedding embedding) {

  /** The media type of SVG images. */
  public static final String SVG = "image/svg+xml";

  /** The media type of PNG images. */
  public static final String PNG = "image/png";

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** How an image is placed in the HTML page. */
  public enum Embedding {
    /** SVG markup in the page itself (SVG only). */
    INLINE,
    /** An {@code <img>} whose source is a base64 {@code data:} URI. */
    DATA_URI
  }

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException for a name that is not a simple identifier, an unknown media
   *     type, bytes that are not a PNG when PNG is declared, or a PNG asked to be inlined
   */
  public ChartImage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(embedding, "embedding");
    if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "chart name \"" + name + "\": use lower-case letters, digits, dashes and underscores");
    }
    if (!mediaType.equals(SVG) && !mediaType.equals(PNG)) {
      throw new IllegalArgumentException(
          "chart " + name + ": media type " + mediaType + "; use " + SVG + " or " + PNG);
    }
    if (mediaType.equals(PNG) && !isPng(data)) {
      throw new IllegalArgumentException("chart " + name + ": the bytes are not a PNG image");
    }
    if (mediaType.equals(PNG) && embedding == Embedding.INLINE) {
      throw new IllegalArgumentException("chart " + name + ": a PNG cannot be inlined");
    }
    data = data.clone();
  }

  /** An SVG chart, inlined in the page. */
  public static ChartImage svg(String name, String title, String caption, String svg) {
    return new ChartImage(
        name, title, caption, SVG, svg.getBytes(StandardCharsets.UTF_8), Embedding.INLINE);
  }

  /** A PNG chart, as a data URI. */
  public static ChartImage png(String name, String title, String caption, byte[] png) {
    return new ChartImage(name, title, caption, PNG, png, Embedding.DATA_URI);
  }

  /** The same chart placed another way. */
  public ChartImage withEmbedding(Embedding how) {
    return new ChartImage(name, title, caption, mediaType, data, how);
  }

  /** A copy of the image's bytes. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Whether this is an SVG image. */
  public boolean isSvg() {
    return mediaType.equals(SVG);
  }

  /** The SVG markup (SVG only). */
  String svgText() {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** A PNG's pixel width and height from its header (PNG only). */
  int[] pngSize() {
    return new int[] {bigEndian(data, 16), bigEndian(data, 20)};
  }

  private static int bigEndian(byte[] b, int at) {
    return (b[at] & 0xff) << 24
        | (b[at + 1] & 0xff) << 16
        | (b[at + 2] & 0xff) << 8
        | b[at + 3] & 0xff;
  }

  private static boolean isPng(byte[] b) {
    return b.length >= 24
        && Arrays.equals(b, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChartImage c
        && name.equals(c.name)
        && title.equals(c.title)
        && caption.equals(c.caption)
        && mediaType.equals(c.mediaType)
        && Arrays.equals(data, c.data)
        && embedding == c.embedding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, caption, mediaType, Arrays.hashCode(data), embedding);
  }

  @Override
  public String toString() {
    return "ChartImage["
        + name
        + ", "
        + mediaType
        + ", "
        + data.length
        + " bytes, "
        + embedding
        + "]";
  }
}
