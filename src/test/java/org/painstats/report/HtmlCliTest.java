package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.cli.Main;

/** {@code painstats report --format html}: one page per diary, to stdout, a file or a directory. */
class HtmlCliTest {
  private static final String SAMPLE = "sample-data/diary.csv";
  private static final String MESSY = "sample-data/messy-diary.csv";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The sample's page: the report's text as ReportHtml writes it, with every chart drawn. */
  private static void assertSamplePage(String page) {
    String withoutCharts = ReportHtml.of(SampleCharts.sample());
    String title = withoutCharts.substring(0, withoutCharts.indexOf("</h1>"));
    assertTrue(page.startsWith(title), page.substring(0, Math.min(300, page.length())));
    // 10 charts of the sample (3 scatter plots among them), each a PNG data URI in a figure
    assertEquals(10, page.split("<img src=\"data:image/png;base64,", -1).length - 1);
    for (String finding : SampleCharts.sample().findings()) {
      assertTrue(page.contains(Html.escape(finding)), finding);
    }
  }

  @Test
  void printsThePageWithItsCharts() {
    Run r = run("report", SAMPLE, "--format", "html");
    assertEquals(0, r.exit(), r.err());
    assertSamplePage(r.out());
  }

  @Test
  void writesThePageToTheFileNamed() throws IOException {
    Path target = dir.resolve("report.html");
    Run r = run("report", SAMPLE, "--format", "html", "-o", target.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("report written to " + target), r.err());
    assertSamplePage(Files.readString(target));
  }

  @Test
  void writesOnePagePerDiaryIntoTheDirectoryNamed() throws IOException {
    Path reports = dir.resolve("reports");
    Run r = run("report", SAMPLE, MESSY, "--format", "html", "-o", reports.toString());
    assertEquals(0, r.exit(), r.err());
    assertSamplePage(Files.readString(reports.resolve("diary.html")));
    assertTrue(Files.readString(reports.resolve("messy-diary.html")).contains(MESSY));
  }

  @Test
  void pdfIsWrittenToTheFileNamedAndNeedsOne() throws IOException {
    Run r = run("report", SAMPLE, "--format", "pdf");
    assertEquals(2, r.exit());
    assertEquals("painstats: --format pdf writes a file; give -o FILE.pdf\n", r.err());
    Path pdf = dir.resolve("out/report.pdf");
    r = run("report", SAMPLE, "--format", "pdf", "--paper", "letter", "-o", pdf.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("painstats: report written to " + pdf + "\n", r.err());
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    try (var d = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertEquals(612, d.getPage(0).getMediaBox().getWidth(), 0.5);
    }
    r = run("report", SAMPLE, MESSY, "--format", "pdf", "-o", dir.resolve("both").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.size(dir.resolve("both/diary.pdf")) > 0);
    assertTrue(Files.size(dir.resolve("both/messy-diary.pdf")) > 0);
  }

  @Test
  void severalDiariesNeedADirectory() throws IOException {
    Run r = run("report", SAMPLE, MESSY, "--format", "html");
    assertEquals(2, r.exit());
    assertEquals(
        "painstats: --format html writes one report per diary; with several diaries give -o"
            + " DIRECTORY\n",
        r.err());
    Path file = Files.writeString(dir.resolve("a.html"), "");
    r = run("report", SAMPLE, MESSY, "--format", "html", "-o", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is a file"), r.err());
    r = run("report", SAMPLE, SAMPLE, "--format", "html", "-o", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("two diaries would both be written to"), r.err());
    assertFalse(Files.exists(dir.resolve("diary.html")), "nothing written after a refusal");
  }

  @Test
  void helpNamesTheFormat() {
    Run r = run("report", "--help");
    String help = r.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("html: one self-contained page per diary"), r.out());
    assertTrue(r.out().contains("--format html -o report.html"), r.out());
  }
}
