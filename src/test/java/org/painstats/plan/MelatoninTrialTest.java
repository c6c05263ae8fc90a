package org.painstats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;

/**
 * nof1kit's melatonin trial (../shared/realdata, not part of the project: see its SOURCES.md), 70
 * days randomized day by day with runs of at most 2, analysed with its preregistered schedule.
 * Skipped where the folder is absent.
 */
class MelatoninTrialTest {
  private static final Path DIR = Path.of("../shared/realdata/nof1_melatonin");

  @Test
  void theMelatoninTrialGetsARandomizationPValueFromItsSchedule() {
    assumeTrue(
        Files.isDirectory(DIR),
        "../shared/realdata/nof1_melatonin is absent: the real trial is not part of the project");
    Diary diary = PainStats.read(DIR.resolve("melatonin_ema.csv"));
    Plan plan =
        PlanFiles.read(
            DIR.resolve("melatonin_schedule.json"), Optional.of(LocalDate.of(2026, 2, 18)));
    // reference/melatonin_randomization.py (python 3.11, independent counting recursion):
    // 136,050,710,238,288 balanced schedules of 70 days with runs of at most 2
    assertEquals(136_050_710_238_288d, plan.design().schedules());
    PlanCheck c = PlanCheck.of(diary, plan);
    assertEquals("melatonin", c.plan().approach());
    assertEquals("control", c.plan().versus());
    assertEquals(70, c.diaryDays());
    assertEquals(1, c.outsideDays(), "2026-04-29, after study day 70");
    // study day 44 spans two dates (the package's README says so): from 2026-04-03 the diary
    // follows the schedule a day late, and every such day is named
    assertFalse(c.offPlan().isEmpty());
    assertEquals(LocalDate.of(2026, 4, 3), c.offPlan().get(0).date());
    assertEquals(15, c.offPlan().size());
    PlanCheck.Shift shift = c.shift().orElseThrow();
    assertEquals(1, shift.days());
    assertEquals(LocalDate.of(2026, 4, 3), shift.from());
    assertEquals(shift.compared(), shift.matched(), "every day from then on, a day late");
    RandomizationResult t = c.test();
    // reference/melatonin_randomization.py: statistic 0.7257 (mood, 0-100), p = 0.5096 from
    // 400,000 uniform draws; ours from 9,999 draws (seed 1), standard error 0.005
    assertEquals(0.7257142857142895, t.statistic(), 1e-9);
    assertEquals(0.5096, t.pValue(), 0.02);
    assertEquals(9999, t.permutations());
    System.out.printf(
        "melatonin trial: statistic %.4f, randomization p = %.4f (%d schedules drawn, seed %d)%n",
        t.statistic(), t.pValue(), t.permutations(), t.seed().orElseThrow());
  }
}
