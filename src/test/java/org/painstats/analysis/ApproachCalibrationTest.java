package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.sample.SampleDiaryGenerator;
import org.painstats.sample.SampleDiaryGenerator.Effects;
import org.painstats.sample.SampleDiaryGenerator.Spec;

/**
 * Diaries like the sample in which no approach does anything (every other planted effect kept, the
 * flare before the acupressure mat too): an approach is rarely called helpful or harmful.
 */
class ApproachCalibrationTest {
  private static final int DIARIES = 200;

  @Test
  void approachesWithoutEffectAreRarelyCalledSignificant() {
    Effects e = Effects.standard();
    Effects none =
        new Effects(
            e.sleepHours(),
            e.stressLag1(),
            e.longSitting(),
            e.heavyLiftingLag1(),
            e.swimLag1(),
            0,
            e.flare(),
            e.moodPerPain());
    int claims = 0;
    int approaches = 0;
    int significant = 0;
    int meaningful = 0;
    for (int s = 0; s < DIARIES; s++) {
      Report r =
          PainStats.analyse(
              SampleDiaryGenerator.diary(Spec.standard().withSeed(9000 + s).withEffects(none)));
      claims += r.approaches().stream().anyMatch(ApproachResult::significant) ? 1 : 0;
      for (ApproachResult a : r.approaches()) {
        approaches++;
        significant += a.significant() ? 1 : 0;
        meaningful += a.clinicallyMeaningful() ? 1 : 0;
      }
    }
    String rates =
        significant
            + " of "
            + approaches
            + " useless approaches significant, "
            + meaningful
            + " clinically meaningful; "
            + claims
            + " of "
            + DIARIES
            + " diaries with a finding";
    System.out.println("ApproachCalibrationTest: " + rates);
    // Issue 10's targets, per approach: at most 6% significant, at most 2% clinically meaningful.
    // measured (seeds 9000-9199): 43 of 1200 significant (3.6%), 0 clinically meaningful; 32 of
    // 200 diaries with a finding (six approaches each; the old baseline-before method had 13).
    assertTrue(significant <= 0.06 * approaches, rates);
    assertTrue(meaningful <= 0.02 * approaches, rates);
  }
}
