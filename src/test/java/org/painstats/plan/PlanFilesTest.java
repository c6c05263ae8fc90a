package org.painstats.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.diary.DiaryFormatException;

class PlanFilesTest {
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  @TempDir Path dir;

  @Test
  void aPlanInPairsWithWashoutReadsBackAsTheSamePlan() throws Exception {
    Plan plan = Plan.draw("McKenzie exercises", "", PlanDesign.pairs(7, 16, 2), START, 4711);
    Path f = dir.resolve("plan.csv");
    PlanFiles.write(plan, f);
    String text = Files.readString(f);
    assertTrue(text.startsWith("date,approach,washout,block\n2027-01-04,"), text);
    assertEquals(113, text.lines().count());
    Plan back = PlanFiles.read(f, Optional.empty());
    assertArrayEquals(plan.schedule(), back.schedule());
    assertEquals(plan.design(), back.design());
    assertEquals(plan.days(), back.days());
  }

  @Test
  void aDayByDayPlanAgainstAnotherApproachKeepsItsMaxRun() throws Exception {
    Plan plan = Plan.draw("walk", "yoga", PlanDesign.days(30, 3), START, 8);
    Path f = dir.resolve("plan.csv");
    PlanFiles.write(plan, f);
    Plan back = PlanFiles.read(f, Optional.empty());
    assertEquals(3, back.design().maxRun());
    assertEquals(
        plan.days().stream().map(Plan.PlanDay::condition).toList(),
        back.days().stream().map(Plan.PlanDay::condition).toList());
  }

  @Test
  void nof1kitScheduleNeedsItsStartAndTakesItsLongestRunAsTheCap() throws Exception {
    Path f = dir.resolve("schedule.json");
    Files.writeString(
        f, "{\"1\":0, \"2\":1, \"3\":1, \"4\":0, \"5\":0, \"6\":1, \"7\":0, \"8\":1}");
    DiaryFormatException e =
        assertThrows(DiaryFormatException.class, () -> PlanFiles.read(f, Optional.empty()));
    assertTrue(e.getMessage().startsWith(f + ": is a schedule by study day"), e.getMessage());
    assertEquals(DiaryFormatException.Remedy.PLAN_START, e.remedy());
    Plan plan = PlanFiles.read(f, Optional.of(START));
    assertEquals(PlanDesign.Kind.DAYS, plan.design().kind());
    assertEquals(2, plan.design().maxRun());
    assertEquals(4, plan.design().approachUnits());
    assertEquals(START.plusDays(7), plan.end());
    assertEquals("", plan.approach());
  }

  @Test
  void badPlansAreRefusedNamingTheFileAndLine() throws Exception {
    Path f = dir.resolve("plan.csv");
    Files.writeString(f, "date,approach\n2027-01-04,walk\n2027-01-06,\n");
    assertTrue(refusal(f).contains("line 3: 2027-01-06 does not follow 2027-01-04"));
    Files.writeString(
        f,
        "date,approach,washout,block\n2027-01-04,walk,,1\n2027-01-05,walk,,1\n"
            + "2027-01-06,,,2\n2027-01-07,,,2\n2027-01-08,walk,,3\n2027-01-09,walk,,3\n2027-01-10,walk,,4\n"
            + "2027-01-11,walk,,4\n");
    assertTrue(refusal(f).contains("one block of each condition"), refusal(f));
    Files.writeString(f, "when,what\n2027-01-04,walk\n");
    assertTrue(refusal(f).contains("a plan has date and approach"));
    Files.writeString(f, "{\"1\":0,\"3\":1}");
    DiaryFormatException e =
        assertThrows(DiaryFormatException.class, () -> PlanFiles.read(f, Optional.of(START)));
    assertTrue(e.getMessage().contains("study day \"3\" where day 2 was expected"), e.getMessage());
  }

  private static String refusal(Path f) {
    DiaryFormatException e =
        assertThrows(DiaryFormatException.class, () -> PlanFiles.read(f, Optional.empty()));
    assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
    return e.getMessage();
  }
}
