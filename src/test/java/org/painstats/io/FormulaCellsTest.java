package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.PainStats;
import org.painstats.diary.Diary;

/**
 * Issue 15 item 5: the cleaned CSV never holds a live spreadsheet formula, and reading it back
 * gives the same diary.
 */
class FormulaCellsTest {

  @Test
  void aTextCellThatLooksLikeAFormulaIsNeutralisedAndReadBackExactly(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("d.csv");
    Files.writeString(
        input,
        String.join(
            "\n",
            "date,pain,approach,notes",
            "2024-01-01,5,,\"=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"",
            "2024-01-02,4,+1 plan,@SUM(A1)",
            "2024-01-03,6,-5 walks,'=literally",
            "2024-01-04,6,plain,'tis a note",
            ""));
    Diary first = PainStats.read(input);
    assertEquals("=HYPERLINK(\"http://evil\",\"click\")", first.text("notes").get(0));
    Path cleaned = dir.resolve("clean.csv");
    PainStats.writeCleaned(first, cleaned);
    List<String> lines = Files.readAllLines(cleaned);
    assertEquals("date,pain,approach,notes", lines.get(0));
    assertEquals("2024-01-01,5,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"", lines.get(1));
    assertEquals("2024-01-02,4,'+1 plan,'@SUM(A1)", lines.get(2));
    assertEquals("2024-01-03,6,'-5 walks,'=literally", lines.get(3).replace("''", "'"));
    assertEquals("2024-01-04,6,plain,'tis a note", lines.get(4));
    Diary second = PainStats.read(cleaned);
    RoundTripTest.assertSameDiary(first, second);
  }
}
