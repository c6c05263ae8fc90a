package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML report of the sample diary, read without a browser: self-contained, well-formed, holding
 * every finding and approach, and its table cells agreeing with the {@link Report}.
 */
class HtmlReportTest {
  private static Report report;
  private static String html;
  private static Document doc;

  @BeforeAll
  static void render() throws Exception {
    report = SampleCharts.sample();
    html = ReportHtml.of(report, SampleCharts.all());
    doc = parse(html);
  }

  /** Parses the page as XML: it is written XHTML-compatible, so any stray markup fails here. */
  static Document parse(String page) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    var b = f.newDocumentBuilder();
    b.setErrorHandler(
        new org.xml.sax.helpers.DefaultHandler() {
          @Override
          public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
          }
        });
    return b.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /**
   * The cells of the body row of the table with {@code caption} whose first cells are {@code key}.
   */
  private static List<String> row(String captionStart, String... key) {
    for (Element table : elements("table")) {
      String caption = table.getElementsByTagName("caption").item(0).getTextContent();
      if (!caption.startsWith(captionStart)) {
        continue;
      }
      NodeList rows =
          ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
      for (int i = 0; i < rows.getLength(); i++) {
        List<String> cells = new ArrayList<>();
        NodeList children = rows.item(i).getChildNodes();
        for (int c = 0; c < children.getLength(); c++) {
          cells.add(children.item(c).getTextContent());
        }
        if (cells.subList(0, key.length).equals(List.of(key))) {
          return cells;
        }
      }
    }
    throw new AssertionError("no row " + List.of(key) + " in table " + captionStart);
  }

  @Test
  void isOneSelfContainedFileWithNoNetworkReference() {
    Matcher m = Pattern.compile("\\b(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    int references = 0;
    while (m.find()) {
      references++;
      String url = m.group(2).toLowerCase(Locale.ROOT);
      assertFalse(url.startsWith("http:") || url.startsWith("https:"), m.group());
      assertFalse(url.startsWith("//") || url.startsWith("file:"), m.group());
      assertTrue(url.startsWith("#") || url.startsWith("data:image/"), m.group());
    }
    assertTrue(references > 5, "the page links its sections and embeds images");
    assertFalse(html.contains("<link"), "no external style sheet");
    assertFalse(html.contains("<script"), "no script at all");
    assertFalse(html.contains("@import") || html.contains("@font-face"), "no fetched CSS or fonts");
    assertFalse(Pattern.compile("url\\(\\s*['\"]?(?!#|data:)").matcher(html).find(), "no url()");
  }

  @Test
  void isUtf8EnglishHtml5WithInlineStyleAndPrintRules() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
    assertEquals(1, elements("style").size());
    assertEquals("utf-8", elements("meta").get(0).getAttribute("charset"));
    String css = elements("style").get(0).getTextContent();
    assertTrue(css.contains("@page { size: auto; margin: 15mm; }"), css);
    assertTrue(css.contains("@media print"), css);
    assertTrue(css.contains("break-inside: avoid"), css);
    assertTrue(css.contains("max-width: 100%"), css);
  }

  @Test
  void parsesAsXmlWithSectionsInReadingOrder() {
    List<String> ids = elements("section").stream().map(e -> e.getAttribute("id")).toList();
    assertEquals(
        List.of(
            "summary",
            "glance",
            "findings",
            "charts",
            "approaches",
            "factors",
            "adjusted",
            "activities",
            "weekdays",
            "trend",
            "cleaning",
            "methods"),
        ids);
    assertEquals(1, elements("h1").size());
  }

  @Test
  void holdsEveryFindingStrongestFirstAndSaysItIsNotMedicalAdvice() {
    String text = doc.getDocumentElement().getTextContent();
    int at = -1;
    for (String f : report.findings()) {
      int next = text.indexOf(f);
      assertTrue(next > at, () -> "finding missing or out of order: " + f);
      at = next;
    }
    assertTrue(text.contains("Not medical advice."));
    assertTrue(text.contains(Report.NOT_PROOF));
    Element list = elements("ol").get(0);
    assertEquals("findings", list.getAttribute("class"));
    NodeList items = list.getElementsByTagName("li");
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      shown.add(items.item(i).getTextContent());
    }
    assertEquals(report.findings(), shown);
    assertTrue(text.lastIndexOf(Report.NOT_PROOF) > text.indexOf(shown.get(shown.size() - 1)));
  }

  @Test
  void holdsEveryApproachWithItsCaveats() {
    String text = doc.getDocumentElement().getTextContent();
    for (ApproachResult a : report.approaches()) {
      assertTrue(text.contains(a.approach()), a.approach());
      assertTrue(text.contains(a.summary()), a.summary());
      a.caveats().forEach(c -> assertTrue(text.contains("Caveat: " + c.text()), c.text()));
    }
  }

  @Test
  void tableNumbersAgreeWithTheReport() {
    ApproachResult mckenzie =
        report.approaches().stream()
            .filter(a -> a.approach().equals("McKenzie exercises"))
            .findFirst()
            .orElseThrow();
    List<String> cells = row("Approaches", "McKenzie exercises");
    assertEquals(mckenzie.firstDate() + " to " + mckenzie.lastDate(), cells.get(1));
    assertEquals(String.valueOf(mckenzie.days()), cells.get(2));
    assertEquals(fmt(mckenzie.mean(), 1), cells.get(3));
    assertEquals(fmt(mckenzie.baselineMean(), 1), cells.get(4));
    assertEquals(fmt(mckenzie.levelChange(), 2), cells.get(5));
    assertEquals(fmt(mckenzie.ciLow(), 2) + " to " + fmt(mckenzie.ciHigh(), 2), cells.get(6));
    assertEquals(pv(mckenzie.pValue()), cells.get(7));
    assertEquals(pv(mckenzie.qValue()), cells.get(8));
    assertEquals(fmt(mckenzie.probabilityMeaningful(), 2), cells.get(9));
    assertEquals(mckenzie.verdict().word(), cells.get(10));

    FactorResult stress =
        report.factors().stream()
            .filter(f -> f.factor().equals("stress") && f.lag() == 1)
            .findFirst()
            .orElseThrow();
    cells = row("Factors", "stress", "day before");
    assertEquals(String.valueOf(stress.n()), cells.get(2));
    assertEquals(fmt(stress.spearman(), 2), cells.get(3));
    assertEquals(pv(stress.pValueNaive()), cells.get(4));
    assertEquals(fmt(stress.spearmanTested(), 2), cells.get(5));
    assertEquals(fmt(stress.effectiveN(), 0), cells.get(7));
    assertEquals(pv(stress.pValue()), cells.get(8));
    assertEquals(pv(stress.qValue()), cells.get(9));

    ActivityResult lifting =
        report.activities().stream()
            .filter(a -> a.activity().equals("heavy_lifting") && a.lag() == 1)
            .findFirst()
            .orElseThrow();
    cells = row("Activities", "heavy lifting", "next day");
    assertEquals(String.valueOf(lifting.daysWith()), cells.get(2));
    assertEquals(fmt(lifting.meanWith(), 1), cells.get(3));
    assertEquals(fmt(lifting.meanWithout(), 1), cells.get(4));
    assertEquals(fmt(lifting.difference(), 2), cells.get(5));
    assertEquals(fmt(lifting.meanWith() - lifting.meanWithout(), 2), cells.get(5));
    assertEquals(fmt(lifting.differenceTested(), 2), cells.get(6));
    assertEquals(lifting.significant() ? "yes" : "no", cells.get(10));

    var s = report.diary().summary();
    String cleaning = sectionText("cleaning");
    assertTrue(
        cleaning.contains(
            s.records()
                + " records read: "
                + s.kept()
                + " kept, "
                + s.merged()
                + " merged into a day already kept, "
                + s.rejected()
                + " rejected"),
        cleaning);
  }

  private static String sectionText(String id) {
    return elements("section").stream()
        .filter(e -> e.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow()
        .getTextContent();
  }

  private static String pv(double p) {
    return p < 0.001 ? "<0.001" : fmt(p, 3);
  }

  private static String fmt(double x, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", x);
  }

  @Test
  void methodsAreNamedInPlainWords() {
    String methods = sectionText("methods");
    for (String must :
        List.of(
            "calendar day before",
            "Spearman",
            "weekday means",
            "Bartlett",
            "false discovery rate",
            "Benjamini & Hochberg",
            "AR(1)",
            "whole diary",
            "adjusted for the predictors",
            "generalised least squares",
            "always agree",
            "IMMPACT",
            "at least 2 points, or of 30%",
            "not proof of cause")) {
      assertTrue(methods.contains(must), must);
    }
  }

  @Test
  void isAccessible() {
    for (Element img : elements("img")) {
      assertFalse(img.getAttribute("alt").isBlank(), "every image has alternative text");
      assertEquals("figure", ((Element) img.getParentNode()).getTagName());
    }
    for (Element svg : elements("svg")) {
      assertEquals("img", svg.getAttribute("role"));
      assertFalse(svg.getAttribute("aria-label").isBlank());
    }
    assertEquals(3, elements("figure").size());
    assertEquals(3, elements("figcaption").size());
    for (Element th : elements("th")) {
      assertTrue(List.of("col", "row").contains(th.getAttribute("scope")), th.getTextContent());
    }
    for (Element table : elements("table")) {
      assertEquals(1, table.getElementsByTagName("caption").getLength());
    }
  }

  @Test
  void sameReportGivesTheSameBytes() {
    assertEquals(html, ReportHtml.of(report, SampleCharts.all()));
    assertEquals(ReportHtml.of(report), ReportHtml.of(SampleCharts.sample()));
  }

  @Test
  void aDiaryTooShortForStatisticsSaysSoWithoutNaN() throws Exception {
    DiaryBuilder b = Diary.builder("three days");
    for (int i = 0; i < 3; i++) {
      b.day(LocalDate.of(2024, 1, 1).plusDays(i))
          .pain(i)
          .factor("sleep", 7)
          .activity("walk")
          .approach(i > 0 ? "A" : "");
    }
    Report tiny = PainStats.analyse(b.build());
    String page = ReportHtml.of(tiny);
    String text = parse(page).getDocumentElement().getTextContent();
    assertTrue(text.contains("Not enough data to say"), text);
    assertTrue(text.contains("n/a"), text);
    assertFalse(page.contains("NaN"), page);
  }

  @Test
  void withoutChartsHasNoChartSection() throws Exception {
    Document plain = parse(ReportHtml.of(report));
    assertEquals(0, plain.getElementsByTagName("figure").getLength());
    assertFalse(ReportHtml.of(report).contains("id=\"charts\""));
  }
}
