package org.painstats.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.ImportSummary;

/**
 * Every real app export in {@code ../shared/realdata} (not part of the project: personal data their
 * owners published, see its SOURCES.md) is read: a diary with every record accounted for, or, for a
 * file of many users, one line asking which user to read. Skipped where the folder is absent.
 */
class RealDataTest {
  private static final Path DIR = Path.of("../shared/realdata");

  @Test
  void everyRealFileIsRead() throws IOException {
    assumeTrue(
        Files.isDirectory(DIR),
        "../shared/realdata is absent: the real app exports are not part of the project");
    List<Path> files;
    try (Stream<Path> s = Files.walk(DIR)) {
      files =
          s.filter(Files::isRegularFile).filter(p -> !p.endsWith("SOURCES.md")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    List<String> failures = new ArrayList<>();
    int read = 0;
    int askUser = 0;
    int explained = 0;
    for (Path f : files) {
      try {
        Diary d = PainStats.read(f);
        ImportSummary s = d.summary();
        assertEquals(s.records(), s.kept() + s.merged() + s.rejected(), f::toString);
        assertTrue(d.days() > 0, f::toString);
        read++;
      } catch (DiaryFormatException e) {
        if (e.getMessage().endsWith("; choose the user to read")
            && !e.getMessage().contains("\n")) {
          askUser++;
        } else if (f.endsWith("melatonin_schedule.json")
            && e.getMessage().contains("a randomisation schedule by study day, with no dates")) {
          explained++;
        } else {
          failures.add(DIR.relativize(f) + ": " + e.getMessage());
        }
      }
    }
    System.out.printf(
        "realdata: %d files, %d read, %d ask for a user, %d explained (no dates), %d refused%n",
        files.size(), read, askUser, explained, failures.size());
    assertEquals(
        List.of(),
        failures.subList(0, Math.min(10, failures.size())),
        failures.size() + " of " + files.size() + " files refused; the first ten");
  }
}
