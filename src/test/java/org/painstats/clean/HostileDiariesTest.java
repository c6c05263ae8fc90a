package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.ImportSummary;
import org.painstats.diary.Issue;

/**
 * Every file in {@code src/test/resources/hostile/} is read: files named {@code *.error.*} must be
 * refused with one line naming the file; every other file must be read with each record accounted
 * for. Every bug fixed in import adds a file here.
 */
class HostileDiariesTest {
  private static final Path DIR = Path.of("src/test/resources/hostile");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyRecordIsAccountedForOrTheFileIsRefusedInOneLine(Path file) throws IOException {
    byte[] before = Files.readAllBytes(file);
    if (file.getFileName().toString().contains(".error.")) {
      DiaryFormatException e = assertThrows(DiaryFormatException.class, () -> PainStats.read(file));
      assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    } else {
      Diary d = PainStats.read(file);
      ImportSummary s = d.summary();
      assertEquals(s.records(), s.kept() + s.merged() + s.rejected());
      assertEquals(s.kept(), d.days());
      assertEquals(s.rejected(), count(s, "row rejected"), () -> s.issues().toString());
      assertEquals(s.merged(), countProblem(s, "another entry for"), () -> s.issues().toString());
      for (Issue i : s.issues()) {
        assertTrue(i.line() >= 0 && !i.problem().isBlank() && !i.action().isBlank(), i::toString);
      }
    }
    assertEquals(
        java.util.Arrays.hashCode(before), java.util.Arrays.hashCode(Files.readAllBytes(file)));
  }

  private static long count(ImportSummary s, String action) {
    return s.issues().stream().filter(i -> i.action().equals(action)).count();
  }

  private static long countProblem(ImportSummary s, String problem) {
    return s.issues().stream().filter(i -> i.problem().startsWith(problem)).count();
  }
}
