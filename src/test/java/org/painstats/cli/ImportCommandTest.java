package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportCommandTest {
  private static final String HOSTILE = "src/test/resources/hostile/";

  private static void assertOneLineError(Cli r, String expectedStart) {
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("painstats: " + expectedStart), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "empty.error.csv|is empty",
        "spreadsheet.xlsx.error.csv|is a binary file",
        "no-date-column.error.csv|no date column; found [Pain, Mood]",
        "no-pain-column.error.csv|no pain column; found [Date, Mood, Notes]",
        "header-only.error.csv|has a header [date, pain] but no rows",
        "ambiguous-dates.error.csv|dates such as \"03/05/2024\" could be",
        "unclosed-quote.error.csv|a quote opened on line 2 is never closed"
      })
  void badInputGetsOneLineNamingTheFileAndExit2(String file, String problem) {
    assertOneLineError(Cli.run("import", HOSTILE + file), HOSTILE + file + ": " + problem);
  }

  @Test
  void aMissingPathGetsOneLine() {
    assertOneLineError(Cli.run("import", "no/such/diary.csv"), "no/such/diary.csv: no such file");
  }

  @Test
  void aDirectoryGetsOneLine() {
    assertOneLineError(Cli.run("import", "sample-data"), "sample-data: is a directory");
  }

  @Test
  void refusesToWriteOverTheInput(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("d.csv");
    Files.writeString(input, "date,pain\n2024-01-01,5\n");
    Cli r = Cli.run("import", input.toString(), "-o", dir.resolve("./d.csv").toString());
    assertOneLineError(r, dir.resolve("./d.csv") + ": is an input file");
    assertEquals("date,pain\n2024-01-01,5\n", Files.readString(input));
  }

  @Test
  void debugShowsTheStackTrace() {
    Cli r = Cli.run("import", HOSTILE + "empty.error.csv", "--debug");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("DiaryFormatException"), r.err());
  }

  @Test
  void badOptionsGetOneLineAndExit2() {
    Cli r = Cli.run("import", "sample-data/diary.csv", "--format", "xml");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("--format"), r.err());
    Cli p = Cli.run("import", "sample-data/diary.csv", "--date-format", "qq/zz");
    assertOneLineError(p, "date format \"qq/zz\"");
  }

  @Test
  void namesEveryProblemOfTheMessyDiaryByLine() {
    Cli r = Cli.run("import", "sample-data/messy-diary.csv");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("15 records: 12 kept, 1 merged into a day, 2 rejected"), r.out());
    for (String expected :
        new String[] {
          "line 3, Approach: \"mckenzie  exercises\" written differently",
          "line 4, Pain (0-10): \"12\" above 10; set missing",
          "line 6, Date: \"2024-03-04\" another entry for 2024-03-04 (line 5)",
          "line 8, Sleep: \"-1\" negative hours; set missing",
          "line 9, Date: \"not a date\" not a date; row rejected",
          "line 10, Pain (0-10): \"four\" not a number; set missing",
          "line 10, Sleep: \"26\" above 24 hours; set missing",
          "line 15, Stress (1-10): \"high\" not a number; set missing",
          "line 17, Date: empty row; row rejected",
        }) {
      assertTrue(r.out().contains(expected), () -> expected + " not in\n" + r.out());
    }
  }

  @Test
  void writesTheCleanedDiaryAndPrintsJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("clean.csv");
    Cli r =
        Cli.run("import", "sample-data/messy-diary.csv", "-o", out.toString(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "{\n  \"records\": 15,\n  \"kept\": 12,\n  \"merged\": 1,\n  \"rejected\": 2,"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "\"line\": 4,\n      \"column\": \"Pain (0-10)\",\n      \"value\": \"12\",\n      \"problem\": \"above 10\",\n      \"action\": \"set missing\""),
        r.out());
    assertTrue(Files.readString(out).startsWith("date,pain,pain_max,"));
    try (var s = Files.list(dir)) {
      assertEquals(1, s.count(), "no temporary file is left behind");
    }
  }

  @Test
  void anUnwritableOutputIsRefusedAndNothingIsWritten(@TempDir Path dir) {
    Cli r =
        Cli.run(
            "import",
            "sample-data/messy-diary.csv",
            "-o",
            dir.resolve("no/such/dir/x.csv").toString());
    assertOneLineError(r, dir.resolve("no/such/dir/x.csv") + ": cannot write");
  }

  @Test
  void listsTheFirstTenThousandIssuesAndSaysHowManyMore(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder("date,pain\n");
    java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 10_050; i++) {
      text.append(d.plusDays(i)).append(",12\n"); // above 10, then no pain that day: 2 issues
    }
    Path file = dir.resolve("many.csv");
    Files.writeString(file, text);
    Cli r = Cli.run("import", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Issues (20100)\n"), r.out());
    assertEquals(10_000, r.out().lines().filter(l -> l.startsWith("  line ")).count());
    assertTrue(
        r.out().contains("  ... 10,100 more not listed: the first 10,000 by line are\n"), r.out());
  }

  @Test
  void versionAndHelpWork() {
    Cli v = Cli.run("--version");
    assertEquals(0, v.exit());
    assertTrue(v.out().startsWith("painstats "), v.out());
    Cli h = Cli.run("import", "--help");
    assertEquals(0, h.exit());
    assertTrue(h.out().contains("--date-format"), h.out());
    Cli none = Cli.run();
    assertEquals(2, none.exit());
  }
}
