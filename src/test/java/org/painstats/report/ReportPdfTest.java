package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.analysis.Report;
import org.painstats.chart.ChartOptions;
import org.painstats.chart.ChartResult;
import org.painstats.chart.Charts;

/**
 * The sample's PDF report, opened with PDFBox: at most 8 A4 pages, page 1 answers (McKenzie's
 * verdict, the diary's period, the trend chart), every page has the footer and its number, every
 * font is embedded, and no chart is split across pages.
 */
class ReportPdfTest {
  private static Report report;
  private static byte[] a4;

  /** How many times each chart was painted: a chart split across two pages is painted twice. */
  private static final Map<String, AtomicInteger> PAINTED = new ConcurrentHashMap<>();

  private static int charts;

  @BeforeAll
  static void render() {
    report = PainStats.analyse(PainStats.read(Path.of("sample-data/diary.csv")));
    List<VectorChart> counted = new ArrayList<>();
    for (ChartResult<?> c : Charts.all(report, ChartOptions.withDefaults())) {
      if (c.isDrawn()) {
        PAINTED.put(c.name(), new AtomicInteger());
        counted.add(
            new VectorChart(
                c.name(),
                c.title(),
                Charts.caption(c.name(), report.outcome()),
                c.width(),
                c.height(),
                (g, w, h) -> {
                  PAINTED.get(c.name()).incrementAndGet();
                  c.paint(g, w, h);
                }));
      }
    }
    charts = counted.size();
    a4 = ReportPdf.of(report, counted, ReportPdf.Paper.A4);
  }

  private static String text(PDDocument d, int page) throws IOException {
    PDFTextStripper t = new PDFTextStripper();
    t.setStartPage(page);
    t.setEndPage(page);
    return t.getText(d).replaceAll("\\s+", " ");
  }

  /** The form XObjects (the charts, drawn as vectors) on a page. */
  private static int forms(PDPage page) throws IOException {
    PDResources r = page.getResources();
    int n = 0;
    for (COSName name : r.getXObjectNames()) {
      n += r.getXObject(name) instanceof PDFormXObject ? 1 : 0;
    }
    return n;
  }

  @Test
  void sampleFitsOnEightA4Pages() throws IOException {
    try (PDDocument d = Loader.loadPDF(a4)) {
      assertTrue(d.getNumberOfPages() <= 8, d.getNumberOfPages() + " pages");
      assertEquals(595.3, d.getPage(0).getMediaBox().getWidth(), 0.5); // 210 mm
      assertEquals(841.9, d.getPage(0).getMediaBox().getHeight(), 0.5); // 297 mm
    }
  }

  @Test
  void pageOneAnswersWithTheVerdictThePeriodTheTrendAndTheApproaches() throws IOException {
    try (PDDocument d = Loader.loadPDF(a4)) {
      String one = text(d, 1);
      String mckenzie =
          report.overview().approaches().stream()
              .filter(a -> a.approach().equals("McKenzie exercises"))
              .findFirst()
              .orElseThrow()
              .sentence();
      assertTrue(mckenzie.startsWith("McKenzie exercises probably helped: pain was"), mckenzie);
      assertTrue(one.contains(mckenzie), one);
      assertTrue(one.contains("2025-01-01 to 2025-12-31"), one);
      assertTrue(one.contains("What to try next"), one);
      String trend = report.trend().summary();
      assertTrue(one.contains("Daily pain, its 7-day and 28-day rolling means"), one);
      assertTrue(one.contains("At a glance"), one);
      assertEquals(1, forms(d.getPage(0)), "page 1 holds one chart, the trend: " + trend);
      for (var a : report.approaches()) {
        assertTrue(one.contains(a.approach()), a.approach());
      }
      // the details start on page 2
      assertFalse(one.contains("Findings, with their numbers"), one);
      assertTrue(text(d, 2).contains("Findings, with their numbers"));
    }
  }

  @Test
  void everyPageHasTheFooterWithTheDiaryItsPeriodAndThePageNumber() throws IOException {
    try (PDDocument d = Loader.loadPDF(a4)) {
      int n = d.getNumberOfPages();
      for (int p = 1; p <= n; p++) {
        String t = text(d, p);
        assertTrue(
            t.contains(
                "sample-data/diary.csv, 2025-01-01 to 2025-12-31 · painstats " + Made.version()),
            "page " + p + ": " + t);
        assertTrue(t.contains("Page " + p + " of " + n), "page " + p + ": " + t);
      }
    }
  }

  @Test
  void everyFontIsEmbeddedDejaVu() throws IOException {
    try (PDDocument d = Loader.loadPDF(a4)) {
      int fonts = 0;
      for (PDPage page : d.getPages()) {
        PDResources r = page.getResources();
        for (COSName name : r.getFontNames()) {
          PDFont f = r.getFont(name);
          assertTrue(f.isEmbedded(), f.getName());
          assertTrue(f.getName().contains("DejaVuSans"), f.getName());
          fonts++;
        }
      }
      assertTrue(fonts > 0);
    }
  }

  @Test
  void noChartIsSplitAcrossPagesAndEachIsDrawnAsVectors() throws IOException {
    PAINTED.forEach((name, n) -> assertEquals(1, n.get(), name + " painted on " + n + " pages"));
    try (PDDocument d = Loader.loadPDF(a4)) {
      int forms = 0;
      for (PDPage page : d.getPages()) {
        forms += forms(page);
        // no raster image: the charts are paths
        PDResources r = page.getResources();
        for (COSName name : r.getXObjectNames()) {
          assertTrue(r.getXObject(name) instanceof PDFormXObject, name.getName());
        }
      }
      assertEquals(charts, forms);
    }
  }

  @Test
  void isATaggedPdfWhoseChartsCarryTheirTitlesAsAlternativeText() throws IOException {
    try (PDDocument d = Loader.loadPDF(a4)) {
      var catalog = d.getDocumentCatalog();
      assertTrue(catalog.getMarkInfo().isMarked());
      assertEquals("en", catalog.getLanguage());
      assertEquals(
          "Pain diary report: sample-data/diary.csv", d.getDocumentInformation().getTitle());
      List<String> alts = new ArrayList<>();
      figures(catalog.getStructureTreeRoot().getKids(), alts);
      assertEquals(charts, alts.size(), alts::toString);
      assertEquals("No clear trend in pain over the diary", alts.get(0));
      alts.forEach(a -> assertFalse(a == null || a.isBlank(), alts::toString));
    }
  }

  private static void figures(List<Object> kids, List<String> alts) {
    for (Object k : kids) {
      if (k
          instanceof
          org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
        if (e.getStructureType().equals("Figure")) {
          alts.add(e.getAlternateDescription());
        }
        figures(e.getKids(), alts);
      }
    }
  }

  @Test
  void letterPaperAndTheSameBytesEveryTime() throws IOException {
    byte[] letter = PainStats.pdf(report, ReportPdf.Paper.LETTER);
    try (PDDocument d = Loader.loadPDF(letter)) {
      assertEquals(612, d.getPage(0).getMediaBox().getWidth(), 0.5); // 8.5 in
      assertEquals(792, d.getPage(0).getMediaBox().getHeight(), 0.5); // 11 in
    }
    assertArrayEquals(letter, PainStats.pdf(report, ReportPdf.Paper.LETTER));
  }
}
