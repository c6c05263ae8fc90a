package org.painstats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;

class PlanCheckTest {
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private static final boolean[] SCHEDULE = {
    false, true, true, false, false, true, true, false, false, true, false, true
  };

  /** A plan of 12 blocks of 3 days, washout 1 day; one day without entry, one off plan. */
  private static Plan plan(String approach) {
    return new Plan(
        approach, "", PlanDesign.pairs(3, 12, 1), START, SCHEDULE, OptionalLong.empty());
  }

  private static Diary diary(double[] y) {
    DiaryBuilder b = Diary.builder("trial");
    for (int i = 1; i <= 3; i++) {
      b.day(START.minusDays(i)).pain(6);
    }
    List<Plan.PlanDay> days = plan("walk").days();
    for (int i = 0; i < days.size(); i++) {
      if (i == 5) {
        continue; // no entry
      }
      b.day(days.get(i).date()).pain(y[i]);
      String recorded = i == 7 ? "" : days.get(i).condition();
      if (!recorded.isEmpty()) {
        b.approach(i == 20 ? "WALK" : recorded); // case aside, the same approach
      }
    }
    return b.build();
  }

  private static double[] outcome() {
    double[] y = new double[36];
    for (int i = 0; i < y.length; i++) {
      y[i] = 5 + (i % 4) * 0.5 - (SCHEDULE[i / 3] ? 1.5 : 0);
    }
    return y;
  }

  @Test
  void namesTheDaysOffPlanAndTestsEveryDayAsPlanned() {
    double[] y = outcome();
    PlanCheck c = PlanCheck.of(diary(y), plan("walk"));
    assertEquals(35, c.diaryDays());
    assertEquals(35, c.outcomeDays());
    assertEquals(3, c.outsideDays());
    assertEquals(List.of(new PlanCheck.OffPlanDay(START.plusDays(7), "walk", "")), c.offPlan());
    double[] planned = y.clone();
    planned[5] = Double.NaN;
    RandomizationResult direct = RandomizationTest.of(plan("walk"), planned, 999, 1);
    assertEquals(direct, c.test());
    assertTrue(c.test().exact());
    assertEquals(64, c.test().permutations());
  }

  @Test
  void givesEachBlockItsMeanWithoutItsWashoutDays() {
    double[] y = outcome();
    PlanCheck c = PlanCheck.of(diary(y), plan("walk"));
    assertEquals(12, c.periods().size());
    PlanCheck.Period first = c.periods().get(0);
    // block 1 (none, first block: washout day 1 left out): days 2 and 3
    assertEquals(2, first.days());
    assertEquals(1, first.washoutDays());
    assertEquals((y[1] + y[2]) / 2, first.mean(), 1e-12);
    // block 3 continues block 2 (walk, walk): no washout, all 3 days
    PlanCheck.Period third = c.periods().get(2);
    assertEquals(0, third.washoutDays());
    assertEquals((y[6] + y[7] + y[8]) / 3, third.mean(), 1e-12);
    assertEquals("walk", third.condition());
  }

  @Test
  void aScheduleWithoutNamesTakesThemFromTheDiary() {
    PlanCheck c = PlanCheck.of(diary(outcome()), plan(""));
    assertTrue(c.namesFromDiary());
    assertEquals("walk", c.plan().approach());
    assertEquals("", c.plan().versus());
    assertEquals(1, c.offPlan().size());
  }

  @Test
  void aDiaryThatFollowsThePlanADayLateFromSomeDayOnIsSaidToBeShifted() {
    List<Plan.PlanDay> days = plan("walk").days();
    DiaryBuilder b = Diary.builder("late");
    for (int i = 0; i < days.size(); i++) {
      b.day(days.get(i).date()).pain(5);
      String recorded = i < 12 ? days.get(i).condition() : days.get(i - 1).condition();
      if (!recorded.isEmpty()) {
        b.approach(recorded);
      }
    }
    PlanCheck c = PlanCheck.of(b.build(), plan("walk"));
    PlanCheck.Shift shift = c.shift().orElseThrow();
    assertEquals(1, shift.days());
    assertEquals(c.offPlan().get(0).date(), shift.from());
    assertEquals(shift.compared(), shift.matched());
    assertTrue(PlanCheck.of(diary(outcome()), plan("walk")).shift().isEmpty(), "one day off");
  }
}
