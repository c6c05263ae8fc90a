package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.ApproachCandidates;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;

/** Issue 12 item 3: a tag tried for weeks can be analysed as an approach, and is suggested. */
class ApproachTagTest {
  private static final Path FILE = Path.of("src/test/resources/hostile/approach-tag.csv");

  @Test
  void aTagPresentOnMostDaysOfTwoWeeksIsSuggested() {
    Diary d = PainStats.read(FILE);
    List<ApproachCandidates> c = ApproachCandidates.of(d);
    assertEquals(1, c.size(), c::toString);
    assertEquals("physio", c.get(0).activity());
    assertEquals(LocalDate.of(2024, 1, 6), c.get(0).from());
    assertEquals(LocalDate.of(2024, 1, 26), c.get(0).to());
    assertEquals(20 / 21.0, c.get(0).share(), 1e-12);
  }

  @Test
  void theTagsDaysBecomeTheApproachAndAnotherApproachOnADayIsKept() {
    Diary d = PainStats.read(FILE, ImportOptions.withDefaults().withApproachTag("physio"));
    assertEquals(List.of("physio", "Foundation Training"), d.approaches());
    assertEquals(List.of("walk"), d.activities(), "physio is no longer an activity");
    List<String> byDay = d.approachByDay();
    assertEquals("", byDay.get(4));
    assertEquals("physio", byDay.get(5));
    assertEquals("", byDay.get(12));
    assertEquals("Foundation Training", byDay.get(20));
    assertTrue(
        d.summary().issues().stream()
            .anyMatch(i -> i.line() == 22 && i.problem().startsWith("tag \"physio\" on a day")),
        () -> d.summary().issues().toString());
    assertTrue(
        d.summary().issues().stream()
            .anyMatch(
                i ->
                    i.problem().equals("approach from a tag") && i.action().startsWith("20 days")));
  }

  @Test
  void anUnknownTagIsRefusedNamingTheActivities() {
    DiaryFormatException e =
        assertThrows(
            DiaryFormatException.class,
            () -> PainStats.read(FILE, ImportOptions.withDefaults().withApproachTag("yoga")));
    assertTrue(e.getMessage().contains("no tag, treatment or factor \"yoga\""), e.getMessage());
  }
}
