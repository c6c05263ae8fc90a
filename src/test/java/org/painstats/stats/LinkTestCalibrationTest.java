package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painstats.sim.World;

/**
 * The link test holds its level where diaries live: in seeded worlds where pain and a factor share
 * a weekly rhythm, drifts, a season, or wander, with no day-to-day link, p &lt; 0.05 in at most 6%
 * of 400 diaries per world (the lag rotating over 0, 1, 2; an activity tested by its slope, a
 * factor by its Spearman coefficient). Measured rates are written beside each world.
 */
class LinkTestCalibrationTest {
  private static final int DIARIES = 400;

  static double[] lagged(double[] x, int lag) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    System.arraycopy(x, 0, out, lag, x.length - lag);
    return out;
  }

  /** The test as the analysis runs it: structure removed from both, the error model of pain. */
  static LinkTest test(World.Pair p, int lag) {
    int n = p.pain().length;
    CalendarStructure s = CalendarStructure.of(n, 0, null);
    double[] y = s.residuals(p.pain());
    double[] x = s.residuals(p.factor());
    return LinkTest.of(y, lagged(x, lag), s.rank(p.pain()), s.errorRho(p.pain()));
  }

  /**
   * Power: sleep with r = 0.2 on the next day's pain over 180 days ({@link World#sleepEffect}) is
   * found at p &lt; 0.05 in at least 80% of diaries. Measured (seeds 14000-14399): 346 of 400
   * (86.5%); at p &lt; 0.004, what Benjamini-Hochberg asks of one true link among 13 tests, 219
   * (54.8%). Over 1200 other diaries (seeds 8000+): 1039 (86.6%) and 642 (53.5%).
   */
  @Test
  void findsSleepAtR02In180Days() {
    int found = 0;
    for (int s = 0; s < DIARIES; s++) {
      LinkTest t = test(World.sleepEffect(14000 + s, 180), 1);
      found += t.pValue() < 0.05 && t.spearman() < 0 ? 1 : 0;
    }
    assertTrue(found >= 0.8 * DIARIES, "found in " + found + " of " + DIARIES);
  }

  @ParameterizedTest(name = "{0}, {1} days")
  @CsvSource({
    // world, days; measured p < 0.05 (seeds 11000-11399)
    "WEEKDAY_RHYTHM, 180", // 24 of 400
    "WEEKDAY_RHYTHM, 365", // 17 of 400
    "WEEKEND_ACTIVITY, 180", // 19 of 400
    "INDEPENDENT_DRIFTS, 180", // 14 of 400
    "SHARED_SEASON, 365", // 19 of 400
    "REPORTING_NOISE, 180", // 13 of 400
    "ACTIVITY_REPORTING_NOISE, 180", // 17 of 400
    "RANDOM_WALKS, 180", // 15 of 400
    "ACTIVITY_RANDOM_WALK, 180", // 18 of 400
    "AR1_03_MISSING, 180", // 20 of 400
    "AR1_06_MISSING, 180", // 17 of 400
    "AR1_09_MISSING, 180", // 18 of 400
    "FLOOR, 180" // 23 of 400
  })
  void holdsItsLevel(World world, int days) {
    int rejected = 0;
    for (int s = 0; s < DIARIES; s++) {
      LinkTest t = test(world.draw(11000 + s, days), s % 3);
      double p = world.activity() ? t.slopeP() : t.pValue();
      rejected += p < 0.05 ? 1 : 0;
    }
    assertTrue(
        rejected <= 0.06 * DIARIES,
        world + " " + days + " days: p < 0.05 in " + rejected + " of " + DIARIES);
  }
}
