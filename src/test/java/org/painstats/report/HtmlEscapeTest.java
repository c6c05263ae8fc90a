package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.painstats.analysis.Report;
import org.w3c.dom.Document;

/**
 * Diary text (approach and column names, raw values in issues) reaches the page as text, never as
 * markup: src/test/resources/html/markup-in-diary.csv names an approach {@code
 * <script>alert("pwned")</script>} and holds {@code <img src=x onerror=alert(1)>} as a pain value.
 */
class HtmlEscapeTest {

  @Test
  void escapesTheFiveCharactersThatCanBreakMarkup() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
        Html.escape("<script>alert(\"x\") & 'y'</script>"));
  }

  @Test
  void keepsUnicodeAndReplacesWhatXmlForbids() {
    assertEquals("Ünïcödé – 😀", Html.escape("Ünïcödé – 😀"));
    assertEquals("a\uFFFDb\tc\n", Html.escape("a\u0000b\tc\n"));
    assertEquals("\uFFFD\uFFFD", Html.escape("\uD800\uFFFF"), "lone surrogate, non-character");
  }

  @Test
  void diaryTextIsShownAsTextNotRunAsMarkup() throws Exception {
    Report r = SampleCharts.markupDiary();
    String html = ReportHtml.of(r);
    assertFalse(html.contains("<script"), "the approach name must not become a script element");
    assertFalse(html.contains("<img"), "the raw pain value must not become an image");
    assertFalse(html.contains("<b>"), "a column header must not become bold markup");
    assertTrue(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));

    Document doc = HtmlReportTest.parse(html);
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("<script>alert(\"pwned\")</script>"), "shown as written");
    assertTrue(text.contains("Tai chi & \"qigong\" <b>"), "shown as written");
    assertEquals(0, doc.getElementsByTagName("script").getLength());
    assertEquals(0, doc.getElementsByTagName("img").getLength());
    for (String finding : r.findings()) {
      assertTrue(text.contains(finding), finding);
    }
  }

  @Test
  void attributeValuesAreQuotedAndEscaped() {
    String markup = new Html().empty("img", "alt", "a \"quoted\" <title> & more").toString();
    assertEquals("<img alt=\"a &quot;quoted&quot; &lt;title&gt; &amp; more\"/>", markup);
  }
}
