package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painstats.sim.Series;

/**
 * Weekday effects, tested with the AR(1) error model, hold their level in diaries without a weekly
 * rhythm (drifting or not): p &lt; 0.05 in at most 6% of the weekday tests.
 */
class WeekdayEffectsCalibrationTest {
  private static final int DIARIES = 200;

  @ParameterizedTest(name = "AR(1) phi {0}, {1} days, drift {2}")
  // measured p < 0.05 (seeds 13000-13199): 69, 63 and 60 of 1400 weekday tests
  @CsvSource({"0.6, 180, 0", "0.9, 180, 0", "0.6, 365, 2"})
  void noRhythmRarelyGivesAWeekday(double phi, int days, double drift) {
    int tests = 0;
    int rejected = 0;
    for (int s = 0; s < DIARIES; s++) {
      double[] y = Series.plusDrift(Series.seeded(13000 + s).ar1(days, phi), drift);
      for (Estimate e : WeekdayEffects.of(y, 0).effects()) {
        tests++;
        rejected += e.pValue() < 0.05 ? 1 : 0;
      }
    }
    assertTrue(tests == 7 * DIARIES, "tests " + tests);
    assertTrue(rejected <= 0.06 * tests, "p < 0.05 in " + rejected + " of " + tests);
  }
}
