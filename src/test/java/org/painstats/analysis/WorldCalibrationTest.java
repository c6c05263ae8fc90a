package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painstats.PainStats;
import org.painstats.sim.Diaries;
import org.painstats.sim.World;

/**
 * Whole reports on seeded diaries: where nothing is linked to pain day to day but pain and four
 * factors (or activities) share a weekly rhythm, drifts, a season, or wander, at most 8% of diaries
 * show any significant factor or activity; where sleep matters (r = 0.2 the next day, 180 days,
 * among 16 tests) it is found.
 */
class WorldCalibrationTest {
  private static final int DIARIES = 200;

  private static boolean anySignificant(Report r) {
    return r.factors().stream().anyMatch(FactorResult::significant)
        || r.activities().stream().anyMatch(ActivityResult::significant);
  }

  @ParameterizedTest(name = "{0}, {1} days")
  @CsvSource({
    // world, days; measured diaries with a finding (seeds 16000-16199)
    "WEEKDAY_RHYTHM, 180",
    "WEEKDAY_RHYTHM, 365",
    "WEEKEND_ACTIVITY, 180",
    "INDEPENDENT_DRIFTS, 180",
    "SHARED_SEASON, 365",
    "REPORTING_NOISE, 180",
    "ACTIVITY_REPORTING_NOISE, 180",
    "RANDOM_WALKS, 180",
    "ACTIVITY_RANDOM_WALK, 180",
    "AR1_03_MISSING, 180",
    "AR1_06_MISSING, 180",
    "AR1_09_MISSING, 180",
    "FLOOR, 180"
  })
  void nullWorldsRarelyGiveAFinding(World world, int days) {
    int claims = 0;
    for (int s = 0; s < DIARIES; s++) {
      claims += anySignificant(PainStats.analyse(Diaries.of(world, 16000 + s, days, 4))) ? 1 : 0;
    }
    System.out.println("WORLD " + world + " " + days + " " + claims);
    assertTrue(
        claims <= 0.08 * DIARIES,
        world + ": a finding in " + claims + " of " + DIARIES + " diaries");
  }

  @Test
  void sleepAtR02IsFoundIn180Days() {
    int one = 0;
    int significant = 0;
    for (int s = 0; s < DIARIES; s++) {
      Report r = PainStats.analyse(Diaries.sleep(17000 + s, 180));
      FactorResult f = r.factor("sleep_hours", 1).orElseThrow();
      one += f.pValue() < 0.05 && f.spearmanTested() < 0 ? 1 : 0;
      significant += f.significant() && f.spearmanTested() < 0 ? 1 : 0;
    }
    System.out.println("SLEEP " + one + " " + significant);
    assertTrue(one >= 0.8 * DIARIES, "p < 0.05 in " + one + " of " + DIARIES);
    assertTrue(significant >= 0.5 * DIARIES, "significant in " + significant + " of " + DIARIES);
  }
}
