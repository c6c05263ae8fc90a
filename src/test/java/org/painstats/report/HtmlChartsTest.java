package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.analysis.Report;

/** Charts go into the page whole, scalable, labelled and self-contained, or are refused. */
class HtmlChartsTest {
  private static final Report REPORT = SampleCharts.sample();

  private static ChartImage svg(String markup) {
    return ChartImage.svg("c", "Chart", "A chart.", markup);
  }

  @Test
  void inlinesSvgWithoutDeclarationOrDoctypeWithViewBoxAndLabel() {
    String inline = SvgInline.of(SampleCharts.svgInline());
    assertTrue(inline.startsWith("<svg "), inline);
    assertFalse(inline.contains("<?xml") || inline.contains("<!DOCTYPE"), inline);
    assertTrue(inline.contains("viewBox=\"0 0 600 300\""), "scales to the page: " + inline);
    assertTrue(inline.contains("role=\"img\""), inline);
    assertTrue(inline.contains("aria-label=\"Pain over time\""), inline);
  }

  @Test
  void prefixesIdsSoTwoChartsDoNotShareClipPaths() {
    String inline = SvgInline.of(SampleCharts.svgInline());
    assertTrue(inline.contains("id=\"pain-over-time-clip1\""), inline);
    assertTrue(inline.contains("clip-path=\"url(#pain-over-time-clip1)\""), inline);
    assertTrue(inline.contains("href=\"#pain-over-time-clip1\""), inline);
    assertFalse(inline.contains("\"clip1\"") || inline.contains("#clip1"), inline);
  }

  @Test
  void keepsAnExistingViewBox() {
    String inline =
        SvgInline.of(svg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 5'/>"));
    assertTrue(inline.contains("viewBox=\"0 0 10 5\""), inline);
  }

  @Test
  void embedsPngAndSvgImagesAsDataUris() {
    String html = ReportHtml.of(REPORT, List.of(SampleCharts.png(), SampleCharts.svgAsImage()));
    byte[] png = SampleCharts.png().data();
    assertTrue(
        html.contains(
            "<img src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png)
                + "\" alt=\"Sleep and pain\" width=\"320\" height=\"160\"/>"));
    assertTrue(
        html.contains(
            "<img src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder()
                    .encodeToString(SampleCharts.SVG.getBytes(StandardCharsets.UTF_8))
                + "\" alt=\"Pain by approach\"/>"));
    assertTrue(html.contains("<figcaption><strong>Sleep and pain.</strong> Pain against"));
  }

  @Test
  void refusesScriptedOrExternalSvg() {
    String ns = "xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'";
    for (String bad :
        List.of(
            "<svg " + ns + "><script>alert(1)</script></svg>",
            "<svg " + ns + " onload='alert(1)'/>",
            "<svg " + ns + "><image xlink:href='https://example.org/x.png'/></svg>",
            "<svg " + ns + "><rect fill='url(https://example.org/p.svg#g)'/></svg>",
            "<svg " + ns + "><style>@import 'x.css';</style></svg>",
            "<svg " + ns + "><rect></svg>",
            "<html/>")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SvgInline.of(svg(bad)), bad);
      assertTrue(e.getMessage().startsWith("chart c: cannot inline its SVG: "), e.getMessage());
    }
  }

  @Test
  void refusesBadChartValues() {
    byte[] png = SampleCharts.pngBytes(4, 4);
    assertThrows(IllegalArgumentException.class, () -> ChartImage.png("Bad Name", "t", "c", png));
    assertThrows(
        IllegalArgumentException.class,
        () -> ChartImage.png("p", "t", "c", "<svg/>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ChartImage("p", "t", "c", "image/gif", png, ChartImage.Embedding.DATA_URI));
    assertThrows(
        IllegalArgumentException.class,
        () -> ChartImage.png("p", "t", "c", png).withEmbedding(ChartImage.Embedding.INLINE));
    ChartImage one = SampleCharts.png();
    assertThrows(IllegalArgumentException.class, () -> ReportHtml.of(REPORT, List.of(one, one)));
  }

  @Test
  void isAValueWhoseBytesCannotBeChangedFromOutside() {
    byte[] png = SampleCharts.pngBytes(4, 4);
    ChartImage c = ChartImage.png("p", "t", "c", png);
    png[30] ^= 1;
    c.data()[31] ^= 1;
    assertArrayEquals(SampleCharts.pngBytes(4, 4), c.data());
    assertEquals(ChartImage.png("p", "t", "c", SampleCharts.pngBytes(4, 4)), c);
    assertArrayEquals(new int[] {4, 4}, c.pngSize());
  }
}
