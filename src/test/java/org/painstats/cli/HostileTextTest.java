package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 5: a diary's text is shown literally wherever painstats writes it: no markup in
 * Markdown, no escape sequence on a terminal, no 10 MB echo in a message, no invalid XML in SVG.
 */
class HostileTextTest {
  private static final String ESC = "\u001b";

  /** A diary of 120 days: 60 before any approach at pain 7, then 60 of {@code approach} at 3. */
  private static Path diary(Path dir, String name, String approach, String note) throws Exception {
    StringWriter w = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      p.printRecord("date", "pain", "approach", "notes");
      LocalDate d = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < 120; i++) {
        double pain = (i < 60 ? 7 : 3) + (i % 3) * 0.5;
        // a long note keeps control characters rare, as in a text file (not taken as binary)
        p.printRecord(
            d.plusDays(i), pain, i < 60 ? "" : approach, i == 0 ? note : "ok ".repeat(20));
      }
    }
    Path file = dir.resolve(name);
    Files.writeString(file, w.toString());
    return file;
  }

  @Test
  void markdownShowsAScriptAsText(@TempDir Path dir) throws Exception {
    Path file = diary(dir, "diary.csv", "<script>alert(1)</script> *walks*", "");
    Cli r = Cli.run("report", file.toString(), "--format", "markdown");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("&lt;script&gt;alert(1)&lt;/script&gt; \\*walks\\*"), r.out());
    assertFalse(r.out().contains("<script"), r.out());
  }

  @Test
  void theTerminalIsNeverSentAnEscapeSequence(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("d.csv");
    Files.writeString(
        file,
        "date,pain,Mood"
            + ESC
            + "]0;pwned"
            + "\u0007\n"
            + "2024-01-01,5,3\n2024-01-02,"
            + ESC
            + "[2J"
            + ESC
            + "[31m12\b,4\n"
            + "2024-01-03,5,3\n".repeat(40));
    Cli r = Cli.run("import", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("line 3, pain: \"[2J[31m12\" not a number"), r.out());
    for (String s : List.of(r.out(), r.err())) {
      assertFalse(s.contains(ESC) || s.contains("\u0007") || s.contains("\b"), s);
    }
    Files.writeString(file, "Datum" + ESC + "[31m,Mood\n" + "1,2\n".repeat(40));
    Cli bad = Cli.run("import", file.toString());
    assertEquals(2, bad.exit());
    assertFalse(bad.err().contains(ESC), bad.err());
  }

  @Test
  void aHugeCellIsShortenedInMessagesWithItsLineAndColumn(@TempDir Path dir) throws Exception {
    String huge = "9".repeat(10_000_000);
    Path file = dir.resolve("d.csv");
    Files.writeString(file, "date,pain\n2024-01-01,5\n2024-01-02," + huge + "\n2024-01-03,4\n");
    Cli r = Cli.run("import", file.toString());
    assertEquals(0, r.exit(), r.err());
    String line = r.out().lines().filter(l -> l.contains("line 3, pain")).findFirst().orElseThrow();
    assertTrue(line.length() < 200, line.length() + " characters");
    assertTrue(line.contains("(10,000,000 characters)"), line);

    Files.writeString(file, "date,pain\n" + huge + ",5\n");
    Cli bad = Cli.run("import", file.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().length() < 400, bad.err().length() + " characters");
    assertTrue(bad.err().contains("line 2, date: \"999"), bad.err());
  }

  @Test
  void svgChartsStayWellFormedXmlWithControlCharactersInANames(@TempDir Path dir) throws Exception {
    String name = "Mc\u0001Kenzie\u0008 \u000bexercises";
    Path file = diary(dir, "diary.csv", name, "");
    Path out = dir.resolve("charts");
    Cli r = Cli.run("charts", file.toString(), "--out", out.toString(), "--image-format", "svg");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("McKenzie exercises"), r.out());
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> svgs = Files.list(out)) {
      for (Path svg : svgs.toList()) {
        factory.newDocumentBuilder().parse(svg.toFile()); // throws on a forbidden character
      }
    }
    String approaches = Files.readString(out.resolve("05-approaches.svg"));
    assertTrue(approaches.contains("McKenzie exercises"), "the title names the approach");
  }
}
