package org.painstats.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.painstats.PainStats;
import org.painstats.clean.ImportOptions;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumn;
import org.painstats.diary.ImportSummary;

/** The small files written for the format tests, read with every record accounted for. */
final class FormatFixtures {
  static final Path DIR = Path.of("src/test/resources/formats");

  private FormatFixtures() {}

  static Diary read(String file) {
    return read(file, ImportOptions.withDefaults());
  }

  static Diary read(String file, ImportOptions options) {
    Diary d = PainStats.read(DIR.resolve(file), options);
    ImportSummary s = d.summary();
    assertEquals(s.records(), s.kept() + s.merged() + s.rejected(), s::toString);
    return d;
  }

  static DiaryColumn column(Diary d, String name) {
    return d.columns().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + d.columns()));
  }

  static boolean hasIssue(Diary d, long line, String problemStart) {
    return d.summary().issues().stream()
        .anyMatch(i -> i.line() == line && i.problem().startsWith(problemStart));
  }
}
