package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumns;
import org.painstats.diary.ImportSummary;

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

  @Test
  void namesAsTheSourcesWroteThemSurviveTheJoin() {
    List<LocalDate> days = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2));
    Diary bearable =
        new DiaryColumns(days, "date")
            .number("pain", "pain", ColumnRole.OUTCOME, new double[] {4, 5})
            .number("didn_t_sleep", "didn't sleep", ColumnRole.ACTIVITY, new double[] {1, 0})
            .label("didn_t_sleep", "didn't sleep")
            .build(new ImportSummary("bearable.csv", 2, 2, 0, 0, List.of(), "bearable"));
    Diary daylio =
        new DiaryColumns(days, "date")
            .number("mood", "mood", ColumnRole.OUTCOME, new double[] {3, 2})
            .number("sport_s_day", "sport's day", ColumnRole.ACTIVITY, new double[] {0, 1})
            .label("sport_s_day", "sport's day")
            .build(new ImportSummary("daylio.csv", 2, 2, 0, 0, List.of(), "daylio"));

    Diary joined = DiaryJoin.of(bearable, List.of(daylio));

    assertEquals("didn't sleep", joined.label("didn_t_sleep"));
    assertEquals("daylio sport's day", joined.label("daylio_sport_s_day"));
    assertEquals("daylio mood", joined.label("daylio_mood"), "no label given: the name, spaced");
  }
}
