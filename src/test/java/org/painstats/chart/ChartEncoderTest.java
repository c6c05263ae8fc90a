package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Document;

class ChartEncoderTest {
  static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static void assertPng(byte[] png, int width, int height) throws Exception {
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
  }

  static Document parseSvg(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // Never fetch a DTD over the network while testing.
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
  }

  @Test
  void aPngHasTheSignatureAndTheRequestedSize() throws Exception {
    ChartOptions o = ChartOptions.withDefaults().withSize(640, 400);
    XYChart c = TrendChart.of(ChartDiaries.sample(), o).orElseThrow();
    assertPng(ChartEncoder.png(c), 640, 400);
  }

  @Test
  void anSvgIsAnSvgElementThatParsesAsXml() throws Exception {
    XYChart c = FactorsChart.of(ChartDiaries.sample()).orElseThrow();
    String svg = ChartEncoder.svg(c);
    assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
    Document d = parseSvg(svg.getBytes(StandardCharsets.UTF_8));
    assertEquals("svg", d.getDocumentElement().getLocalName());
    // XChart draws text as outlines: the title is given again as text, for screen readers.
    assertEquals(c.getTitle(), d.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    // Clip ids are particular to the image, and every reference points at one.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
    assertTrue(m.find());
    assertTrue(svg.contains("id=\"" + m.group(1) + "\""), m.group(1));
    assertTrue(m.group(1).matches("clip\\d+-[0-9a-f]+"), m.group(1));
  }

  @Test
  void writesAFileWhole(@TempDir Path dir) throws Exception {
    XYChart c = TrendChart.of(ChartDiaries.sample()).orElseThrow();
    Path png = dir.resolve("trend.png");
    ChartEncoder.write(c, png, ImageFormat.PNG);
    assertPng(Files.readAllBytes(png), 900, 550);
    Path svg = dir.resolve("trend.svg");
    ChartEncoder.write(c, svg, ImageFormat.SVG);
    assertEquals("svg", parseSvg(Files.readAllBytes(svg)).getDocumentElement().getLocalName());
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void aFileInAMissingFolderIsAnErrorNamingIt(@TempDir Path dir) {
    XYChart c = TrendChart.of(ChartDiaries.threeDays()).orElseThrow();
    Path target = dir.resolve("missing/trend.png");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> ChartEncoder.write(c, target, ImageFormat.PNG));
    assertTrue(e.getMessage().startsWith(target.toString()), e.getMessage());
    assertFalse(Files.exists(target));
  }
}
