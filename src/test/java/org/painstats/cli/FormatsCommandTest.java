package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code painstats formats} lists the layouts; reading options choose layout, pain and outcome. */
class FormatsCommandTest {

  @Test
  void formatsListsEveryLayoutWithTheDiaryLast() {
    Cli r = Cli.run("formats");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertTrue(lines[lines.length - 1].startsWith("diary "), r.out());
  }

  @Test
  void aDiaryWithMoodAndNoPainColumnRunsWithOutcomeMood(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mood.csv");
    StringBuilder b = new StringBuilder("date,mood,sleep_hours\n");
    for (int i = 1; i <= 28; i++) {
      b.append(String.format("2024-02-%02d,%d,%d%n", i, 1 + i % 5, 6 + i % 3));
    }
    Files.writeString(f, b);
    Cli imp = Cli.run("import", f.toString(), "--outcome", "mood");
    assertEquals(0, imp.exit(), imp.err());
    Cli rep = Cli.run("report", f.toString(), "--outcome", "mood", "--format", "json");
    assertEquals(0, rep.exit(), rep.err());
    assertTrue(rep.out().contains("\"outcome\": \"mood\""), rep.out());
    Cli none = Cli.run("import", f.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("no pain column"), none.err());
  }

  @Test
  void fromForcesALayoutAndAnUnknownOneIsOneLine() {
    assertEquals(0, Cli.run("import", "sample-data/diary.csv", "--from", "diary").exit());
    Cli r = Cli.run("import", "sample-data/diary.csv", "--from", "excel");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no diary format \"excel\""), r.err());
  }
}
