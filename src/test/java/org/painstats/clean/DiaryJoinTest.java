package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;

/** Issue 12 item 2: sources joined by date, columns prefixed by source, conflicts named. */
class DiaryJoinTest {
  private static final Path DIR = Path.of("src/test/resources/formats");

  @Test
  void aBearableDiaryWithASpreadsheetOfStepsAndSleep() {
    Diary d =
        PainStats.read(
            DIR.resolve("bearable-2021.csv"),
            ImportOptions.withDefaults().withJoined(DIR.resolve("steps-2022.csv")));
    assertEquals(LocalDate.of(2022, 1, 2), d.firstDate().orElseThrow(), "the union of the days");
    assertEquals(4, d.days());
    assertEquals("pain", d.outcome());
    assertArrayEquals(new double[] {Double.NaN, 2.5, 1, Double.NaN}, d.outcomeValues());
    // the other source's outcome (its first numeric column) is a factor, prefixed by the source
    assertEquals(ColumnRole.FACTOR, d.role("steps_2022_steps").orElseThrow());
    assertArrayEquals(new double[] {4000, 5200, Double.NaN, 3100}, d.values("steps_2022_steps"));
    assertArrayEquals(new double[] {8, 7, Double.NaN, 6}, d.values("steps_2022_sleep"));
    // an activity is 0 on a day only the other source has
    assertArrayEquals(new double[] {0, 1, 1, 0}, d.values("walk"));
    assertTrue(
        d.summary().issues().stream()
            .anyMatch(
                i ->
                    i.problem().startsWith("sleep is in ")
                        && i.action().endsWith("they differ on 1 shared days")),
        () -> d.summary().issues().toString());
    assertEquals(11, d.summary().records(), "the diary's own records stay its accounting");
  }
}
