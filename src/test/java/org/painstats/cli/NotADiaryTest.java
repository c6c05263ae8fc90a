package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.ChildJvm;

/**
 * Issue 15 item 2: an input that cannot be a diary is refused in one line (exit 2) before it fills
 * memory; running out of memory anyway is one line with the remedy (exit 1); a report of a diary
 * with very many issues stays readable.
 */
class NotADiaryTest {

  private static void assertRefused(Cli r, String contains) {
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(contains), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void anEndlessDeviceIsRefusedAtOnce() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    assertRefused(Cli.run("import", "/dev/zero"), "/dev/zero: is a character device, not a diary");
    assertRefused(Cli.run("report", "/dev/urandom"), "is a character device, not a diary");
  }

  @Test
  void noLineEndInTheFirstMegabytesIsNotADiary(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("one-line.csv");
    Files.writeString(file, "date,pain," + "x".repeat(5 << 20));
    assertRefused(Cli.run("import", file.toString()), "has no line end in its first 4 MB");
  }

  @Test
  void tooManyColumnsIsNotADiary(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("wide.csv");
    StringBuilder header = new StringBuilder("date,pain");
    for (int i = 0; i < 1000; i++) {
      header.append(",c").append(i);
    }
    Files.writeString(file, header + "\n2024-01-01,5\n");
    assertRefused(
        Cli.run("import", file.toString()), "line 1 has 1,002 fields; a diary has at most 1,000");
  }

  @Test
  void tooManyDaysIsNotADiary(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("long.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("date,pain\n");
      LocalDate d = LocalDate.of(1900, 1, 1); // dates before 1900 are implausible
      for (int i = 0; i <= 100_000; i++) {
        w.write(d.plusDays(i) + ",5\n");
      }
    }
    assertRefused(Cli.run("import", file.toString()), "more than 100,000 days (line 100002");
  }

  @Test
  void runningOutOfMemoryIsOneLineWithTheRemedy(@TempDir Path dir) throws Exception {
    // rows are streamed, so only a value larger than the heap still fills it: a 64 MB note
    Path file = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("date,pain,notes\n2000-01-01,5,");
      String block = "a note ".repeat(1 << 10);
      for (int i = 0; i < (64 << 20) / block.length(); i++) {
        w.write(block);
      }
      w.write("\n");
    }
    ChildJvm.Result r =
        ChildJvm.run(
            ChildJvm.of(
                List.of("-Xmx48m"), Main.class, "import", file.toString(), "--format", "json"));
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("painstats: out of memory"), r.err());
    assertTrue(r.err().contains("-Xmx"), r.err());
  }

  /**
   * Memory grows with days and columns, not with the file: 400,000 entries of 20,000 days, each
   * merged entry an issue, import in a 48 MB heap (reading the file whole needed several times that
   * and ran out), every record and issue still counted.
   */
  @Test
  void aDiaryOfManyEntriesIsStreamedInASmallHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("date,pain,sleep,stress,notes\n");
      LocalDate d = LocalDate.of(2000, 1, 1);
      for (int i = 0; i < 400_000; i++) {
        w.write(d.plusDays(i / 20) + "," + (i % 11) + ",7.5," + (i % 7) + ",a note\n");
      }
    }
    ChildJvm.Result r =
        ChildJvm.run(
            ChildJvm.of(
                List.of("-Xmx48m"), Main.class, "import", file.toString(), "--format", "json"));
    assertEquals(0, r.exit(), r.err());
    JsonNode diary = new ObjectMapper().readTree(r.out());
    assertEquals(400_000, diary.get("records").asInt());
    assertEquals(20_000, diary.get("kept").asInt());
    assertEquals(380_000, diary.get("merged").asInt());
    // one issue per merged entry: the first 10,000 by line kept, the rest counted
    assertEquals(10_000, diary.get("issues").size());
    assertEquals(370_000, diary.get("issuesOmitted").asLong());
    assertEquals(3, diary.get("issues").get(0).get("line").asLong());
  }

  @Test
  void aReportListsTheFirstThousandIssuesAndCountsTheRest(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("many-issues.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("date,pain\n");
      LocalDate d = LocalDate.of(2020, 1, 1);
      for (int i = 0; i < 800; i++) {
        // a second entry of the day, above 10: two issues (set missing, merged) per day
        w.write(d.plusDays(i) + "," + (i % 10) + "\n" + d.plusDays(i) + ",12\n");
      }
    }
    ObjectMapper json = new ObjectMapper();
    Cli report = Cli.run("report", file.toString(), "--format", "json");
    assertEquals(0, report.exit(), report.err());
    JsonNode diary = json.readTree(report.out()).get("diary");
    int total =
        Cli.run("import", file.toString(), "--format", "json").out().split("\"line\"").length - 1;
    assertTrue(total > 1500, "import lists every issue: " + total);
    assertEquals(1000, diary.get("issues").size());
    assertEquals(total - 1000, diary.get("issuesOmitted").asInt());

    Path html = dir.resolve("r.html");
    Cli page0 = Cli.run("report", file.toString(), "--format", "html", "-o", html.toString());
    assertEquals(0, page0.exit(), page0.err());
    String page = Files.readString(html);
    assertTrue(
        page.contains(String.format(java.util.Locale.ROOT, "%,d more are not", total - 1000)),
        "the page says how many are not listed");
  }
}
