package org.painstats.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.painstats.PainStats;
import org.painstats.analysis.Report;

/**
 * The sample report and small chart images made here (the chart package is not needed): an SVG
 * shaped like a chart file (XML declaration, DOCTYPE, a clip path referenced by id), the same SVG
 * as a data URI, and a PNG drawn with Java2D.
 */
final class SampleCharts {
  private static Report sample;

  private SampleCharts() {}

  static synchronized Report sample() {
    if (sample == null) {
      sample = PainStats.analyse(PainStats.read(Path.of("sample-data/diary.csv")));
    }
    return sample;
  }

  static Report markupDiary() {
    return PainStats.analyse(
        PainStats.read(Path.of("src/test/resources/html/markup-in-diary.csv")));
  }

  /** An SVG file as a chart library writes one: declaration, DOCTYPE, ids, no viewBox. */
  static final String SVG =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" \
      "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
      width="600" height="300">
        <defs><clipPath id="clip1"><rect x="40" y="20" width="540" height="240"/></clipPath></defs>
        <rect width="600" height="300" fill="#ffffff"/>
        <g clip-path="url(#clip1)">
          <polyline fill="none" stroke="#1f5fa8" stroke-width="3"
              points="40,200 120,150 200,180 280,90 360,120 440,60 520,100 580,80"/>
        </g>
        <use xlink:href="#clip1"/>
        <text x="300" y="290" text-anchor="middle" font-size="14">days</text>
      </svg>
      """;

  static ChartImage svgInline() {
    return ChartImage.svg(
        "pain-over-time", "Pain over time", "Daily pain with its weekly average.", SVG);
  }

  static ChartImage svgAsImage() {
    return ChartImage.svg("pain-by-approach", "Pain by approach", "Each approach's days.", SVG)
        .withEmbedding(ChartImage.Embedding.DATA_URI);
  }

  static ChartImage png() {
    return ChartImage.png(
        "sleep-and-pain", "Sleep and pain", "Pain against the night's sleep.", pngBytes(320, 160));
  }

  static List<ChartImage> all() {
    return List.of(svgInline(), svgAsImage(), png());
  }

  static byte[] pngBytes(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1f5fa8));
    g.setStroke(new BasicStroke(3));
    for (int i = 0; i < 10; i++) {
      g.fillOval(
          20 + i * (width - 40) / 10, height - 30 - (i * 7919 % 97) * (height - 60) / 97, 8, 8);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
