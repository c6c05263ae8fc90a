package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painstats.sim.ApproachWorld;
import org.painstats.sim.ApproachWorld.Phase;

/** What the approach model reports for one diary: runs, washout, after stopping, verdicts. */
class ApproachModelTest {
  private static final ApproachModel.Options OPTIONS = ApproachModel.Options.withDefaults();

  private static ApproachModel.Fit fit(ApproachWorld.Diary d, ApproachModel.Options o) {
    return ApproachModel.fit(d.y(), d.label(), d.approaches(), new double[0][], o).orElseThrow();
  }

  private static ApproachWorld withdrawal(double effect) {
    return ApproachWorld.of(
        ApproachWorld.flat(),
        0.5,
        1.0,
        Phase.none(28),
        Phase.of(0, 28, effect),
        Phase.none(28),
        Phase.of(0, 28, effect),
        Phase.none(28));
  }

  @Test
  void reportsEachApproachOnceWithAllItsRuns() {
    ApproachModel.Fit f = fit(withdrawal(-2).draw(1), OPTIONS);
    assertEquals(1, f.effects().size());
    assertEquals(
        List.of(new ApproachRun(0, 28, 55), new ApproachRun(0, 84, 111)),
        f.effects().get(0).runs());
    assertEquals(56, f.effects().get(0).days());
  }

  @Test
  void theWashoutLeavesOutTheFirstDaysOfEveryRunButTheFirst() {
    ApproachModel.Fit f = fit(withdrawal(-2).draw(1), OPTIONS.withWashout(5));
    int used = 0;
    for (boolean u : f.used()) {
      used += u ? 1 : 0;
    }
    assertEquals(140 - 4 * 5, used);
    assertFalse(f.used()[28]);
    assertTrue(f.used()[33]);
    assertEquals(56 - 10, f.effects().get(0).days());
  }

  @Test
  void aClearTwoPointDropHelpsAndPainGoesBackUpAfterStopping() {
    ApproachEffect e = fit(withdrawal(-3).draw(3), OPTIONS).effects().get(0);
    assertTrue(e.levelChange().ciHigh() < 0, e.toString());
    assertTrue(e.probabilityMeaningful() >= 0.8, e.toString());
    assertEquals(Verdict.HELPED, e.verdict());
    assertEquals(56, e.afterDays());
    assertTrue(e.afterChange() > 1.5, "after stopping " + e.afterChange());
    assertTrue(e.daysNeeded().isEmpty(), e.toString());
  }

  @Test
  void aShortBaselineWithNoReturnIsTooLittleDataAndSaysWhy() {
    ApproachWorld w =
        ApproachWorld.of(ApproachWorld.recovery(), 0.5, 1.5, Phase.none(10), Phase.of(0, 60, 0));
    ApproachEffect e = fit(w.draw(5), OPTIONS).effects().get(0);
    assertEquals(Verdict.TOO_LITTLE_DATA, e.verdict(), e.toString());
    assertTrue(e.limits().contains(ApproachLimit.NATURAL_COURSE), e.toString());
    assertTrue(e.daysNeeded().isPresent(), e.toString());
  }

  @Test
  void anApproachRightAfterAnotherIsMarkedCarriedOver() {
    ApproachWorld w =
        ApproachWorld.of(
            ApproachWorld.flat(),
            0.5,
            1.5,
            Phase.none(28),
            Phase.of(0, 42, -2),
            Phase.of(1, 42, 0));
    ApproachModel.Fit f = fit(w.draw(7), OPTIONS);
    assertTrue(f.effects().get(1).limits().contains(ApproachLimit.CARRIED_OVER));
    assertFalse(f.effects().get(0).limits().contains(ApproachLimit.CARRIED_OVER));
    assertEquals(1, f.comparisons().size());
    ApproachComparison c = f.comparisons().get(0);
    assertEquals(0, c.first());
    assertEquals(1, c.second());
    assertTrue(c.difference().isKnown());
  }

  @Test
  void missingDaysAreGapsAndTheNaturalCourseIsGivenForEveryDay() {
    ApproachWorld.Diary d = withdrawal(-2).draw(11);
    double[] y = d.y().clone();
    Arrays.fill(y, 40, 50, Double.NaN);
    ApproachModel.Fit f =
        ApproachModel.fit(y, d.label(), 1, new double[0][], OPTIONS).orElseThrow();
    assertEquals(46, f.effects().get(0).days());
    assertEquals(y.length, f.naturalCourse().length);
    assertTrue(Arrays.stream(f.naturalCourse()).allMatch(Double::isFinite));
  }

  @Test
  void tooFewDaysGiveNoFit() {
    double[] y = {5, 4, 6, 5};
    int[] label = {-1, -1, 0, 0};
    assertTrue(ApproachModel.fit(y, label, 1, new double[0][], OPTIONS).isEmpty());
  }

  @Test
  void aClearFlareJustBeforeTheStartIsFoundAndNotCreditedToTheApproach() {
    // The slow part jumps by 5 points (AR(1) sd 1, phi 0.7) three days before a useless approach.
    ApproachWorld w =
        ApproachWorld.of(ApproachWorld.flat(), 0.7, 1.0, Phase.none(42), Phase.of(0, 56, 0))
            .withFlareBefore(1, 3, 5);
    ApproachEffect e = fit(w.draw(11), OPTIONS).effects().get(0);
    assertTrue(e.limits().contains(ApproachLimit.FLARE_BEFORE), e.toString());
    assertTrue(e.flareRise() > 3, "jump " + e.flareRise());
    assertTrue(e.levelChange().ciLow() < 0 && 0 < e.levelChange().ciHigh(), e.toString());
  }
}
