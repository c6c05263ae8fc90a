package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheCalendarTheScheduleCountAndTheSmallestPAndWritesThePlan() throws Exception {
    Path plan = dir.resolve("plan.csv");
    Cli r =
        Cli.run(
            "plan",
            "--approach",
            "walk",
            "--blocks",
            "16",
            "--block-days",
            "7",
            "--start",
            "2027-01-04",
            "--seed",
            "4711",
            "-o",
            plan.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Plan: walk against no approach\n"), r.out());
    assertTrue(r.out().contains("            Mon Tue Wed Thu Fri Sat Sun\n2027-01-04 "), r.out());
    assertTrue(
        r.out()
            .contains(
                "256 possible schedules; the smallest p-value this design can reach is"
                    + " 0.0078 (two-sided)"),
        r.out());
    assertEquals(113, Files.readAllLines(plan).size());
    Cli again =
        Cli.run(
            "plan",
            "--approach",
            "walk",
            "--blocks",
            "16",
            "--block-days",
            "7",
            "--start",
            "2027-01-04",
            "--seed",
            "4711");
    assertEquals(r.out(), again.out(), "same seed, same plan");
  }

  @Test
  void aDesignThatCannotReachFivePercentIsRefused() {
    Cli r =
        Cli.run(
            "plan", "--approach", "walk", "--blocks", "8", "--start", "2027-01-04", "--seed", "1");
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("only 16 schedules"), r.err());
    assertTrue(r.err().contains("--blocks"), r.err());
    Cli five =
        Cli.run(
            "plan", "--approach", "walk", "--blocks", "10", "--start", "2027-01-04", "--seed", "1");
    assertEquals(2, five.exit(), five.err());
    assertTrue(five.err().contains("0.063"), five.err());
  }

  @Test
  void badDesignsNameTheFlag() {
    Cli odd =
        Cli.run(
            "plan", "--approach", "walk", "--blocks", "15", "--start", "2027-01-04", "--seed", "1");
    assertEquals(2, odd.exit());
    assertTrue(odd.err().contains("--blocks: 15; blocks come in pairs"), odd.err());
    Cli washout =
        Cli.run(
            "plan",
            "--approach",
            "walk",
            "--block-days",
            "3",
            "--washout-days",
            "3",
            "--start",
            "2027-01-04",
            "--seed",
            "1");
    assertEquals(2, washout.exit());
    assertTrue(washout.err().contains("--washout-days: 3"), washout.err());
    assertFalse(washout.err().contains("Exception"), washout.err());
  }

  @Test
  void theDiaryGivesThePowerAndTheBlocksForEightyPercent() {
    Cli r =
        Cli.run(
            "plan",
            "--approach",
            "walk",
            "--blocks",
            "12",
            "--start",
            "2027-01-04",
            "--seed",
            "3",
            "--diary",
            "sample-data/diary.csv");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("With the day-to-day noise of sample-data/diary.csv"), r.out());
    assertTrue(r.out().contains("of 200 simulated trials (seed 3)"), r.out());
    assertTrue(r.out().contains("80% needs about"), r.out());
  }

  @Test
  void withADiaryThePlanStartsTheDayAfterItAndTheSeedIsMadeFromTheCommand() {
    // the command the report suggests under "what to try next"
    Cli r =
        Cli.run(
            "plan",
            "--approach",
            "walk",
            "--diary",
            "sample-data/diary.csv",
            "--block-days",
            "7",
            "--blocks",
            "16");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "(seed "
                    + PlanCommand.defaultSeed("walk", java.time.LocalDate.parse("2026-01-01"))
                    + "), 2026-01-01 to"),
        r.out());
    Cli none = Cli.run("plan", "--approach", "walk");
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("give --start DATE"), none.err());
  }
}
