package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.cli.Main;

/** {@code painstats charts}, run in-process. */
class ChartsCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void writesOneLinePerChartWithItsPathAndTitle(@TempDir Path dir) {
    Path out = dir.resolve("charts");
    Run r = run("charts", "sample-data/diary.csv", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(10, lines.size(), r.out());
    assertEquals(
        out.resolve("01-trend.png") + ": No clear trend in pain over the diary", lines.get(0));
    assertTrue(Files.exists(out.resolve("08-calendar.png")));
  }

  @Test
  void saysWhichChartsWereSkippedAndWhy(@TempDir Path dir) throws Exception {
    Path diary = dir.resolve("d.csv");
    StringBuilder csv = new StringBuilder("date,pain\n");
    for (int i = 1; i <= 20; i++) {
      csv.append(String.format("2024-01-%02d,%d%n", i, i % 7));
    }
    Files.writeString(diary, csv);
    Run r =
        run(
            "charts",
            diary.toString(),
            "--out",
            dir.resolve("c").toString(),
            "--image-format",
            "svg");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "skipped 02-factors: the diary has no numeric factors (such as sleep hours or"
                    + " stress) to compare with pain"),
        r.out());
    assertTrue(Files.exists(dir.resolve("c/01-trend.svg")));
  }

  @Test
  void aSizeOutOfRangeIsOneLineAndExit2(@TempDir Path dir) {
    Run r = run("charts", "sample-data/diary.csv", "--out", dir.toString(), "--width", "100");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(
        "painstats: --width 100 is out of range; charts are 200 to 4000 pixels wide",
        r.err().strip());
    Run h = run("charts", "sample-data/diary.csv", "--out", dir.toString(), "--height", "5000");
    assertEquals(2, h.exit());
    assertEquals(1, h.err().lines().count(), h.err());
  }

  @Test
  void anUnknownFormatIsOneLineAndExit2(@TempDir Path dir) {
    Run r =
        run("charts", "sample-data/diary.csv", "--out", dir.toString(), "--image-format", "gif");
    assertEquals(2, r.exit());
    assertEquals("painstats: --image-format gif is not known; choose png or svg", r.err().strip());
  }
}
