package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.painstats.sim.ApproachWorld;
import org.painstats.sim.ApproachWorld.Phase;

/**
 * The approach model in seeded worlds where the truth is known (issue 10's targets): in null worlds
 * at most 6% of useless approaches significant, at most 2% "clinically meaningful", mean
 * levelChange within 0.3 of the truth, 95% interval coverage at least 92%; power for a true 2-point
 * drop. Each world: 400 diaries, AR(1) noise of standard deviation 1.5 unless said. The measured
 * counts are written beside each assertion, and beside them the rates over 2000 diaries (the same
 * first seed), which say how far from its target each world is.
 */
class ApproachModelCalibrationTest {
  private static final int DIARIES = 400;
  private static final ApproachModel.Options OPTIONS = ApproachModel.Options.withDefaults();

  private static ApproachRates rates(ApproachWorld w, long seed, IntPredicate which) {
    ApproachRates r = ApproachRates.of(w, DIARIES, seed, OPTIONS, which);
    String test = StackWalker.getInstance().walk(f -> f.skip(1).findFirst()).get().getMethodName();
    System.out.println("ApproachModelCalibrationTest " + test + ": " + r);
    return r;
  }

  private static void assertNull(ApproachRates r, double significantRate) {
    double n = r.estimates();
    assertTrue(r.significant() <= significantRate * n, r.toString());
    assertTrue(r.meaningful() <= 0.02 * n, r.toString());
    assertTrue(Math.abs(r.meanError()) <= 0.3, r.toString());
    assertTrue(r.covered() >= 0.92 * n, r.toString());
  }

  private static ApproachWorld recovery(int baseline) {
    return ApproachWorld.of(
        ApproachWorld.recovery(), 0.5, 1.5, Phase.none(baseline), Phase.of(0, 120, 0));
  }

  @Test
  void naturalRecoveryAfterATwoWeekBaselineIsNotCreditedToTheApproach() {
    // measured (seeds 1000-1399): significant 11 of 400 (2.75%), meaningful 0, covered 389 (97.3%),
    // mean error -0.018; 285 of 400 "too little data". 2000 diaries: significant 59 (2.95%),
    // meaningful 2, covered 97.1%
    assertNull(rates(recovery(14), 1000, a -> true), 0.06);
  }

  @Test
  void naturalRecoveryAfterAFourWeekBaselineIsNotCreditedToTheApproach() {
    // measured: significant 16 of 400 (4.0%), meaningful 0, covered 384 (96.0%), mean error
    // +0.126. 2000 diaries: significant 60 (3.0%), meaningful 0, covered 97.0%, mean error +0.039
    // (29 of 400 with the first-order Kenward-Roger correction alone and a window left out at a
    // flare)
    assertNull(rates(recovery(28), 1000, a -> true), 0.06);
  }

  @Test
  void naturalRecoveryAfterAnEightWeekBaselineIsNotCreditedToTheApproach() {
    // measured: significant 12 of 400 (3.0%), meaningful 0, covered 388 (97.0%), mean error +0.058.
    // 2000 diaries: significant 68 (3.4%), meaningful 2, covered 96.6%
    assertNull(rates(recovery(60), 1000, a -> true), 0.06);
  }

  @Test
  void aLastingEffectIsNotCreditedToTheUselessApproachThatFollows() {
    ApproachWorld w =
        ApproachWorld.of(
            ApproachWorld.flat(),
            0.5,
            1.5,
            Phase.none(28),
            new Phase(0, 42, -1.5, true),
            Phase.of(1, 42, 0));
    // measured for B: significant 0 of 400, meaningful 0, covered 400, mean error +0.074; 380 of
    // 400 "too little data" (B followed A directly: A's effect may have lasted). 2000 diaries:
    // significant 2, covered 99.9%
    ApproachRates b = rates(w, 2000, a -> a == 1);
    assertNull(b, 0.06);
    assertTrue(b.tooLittle() >= 0.8 * b.estimates(), b.toString());
  }

  private static ApproachWorld abaWorld(double phi) {
    return ApproachWorld.of(
        ApproachWorld.flat(), phi, 1.5, Phase.none(28), Phase.of(0, 56, 0), Phase.none(28));
  }

  @Test
  void persistentNoiseWithPhiHalfGivesFewFalseFindings() {
    // measured: significant 7 of 400 (1.75%), meaningful 0, covered 393 (98.25%), mean error
    // -0.011. 2000 diaries: significant 47 (2.35%), meaningful 1, covered 97.7%
    assertNull(rates(abaWorld(0.5), 3000, a -> true), 0.06);
  }

  @Test
  void persistentNoiseWithPhiPointEightGivesFewFalseFindings() {
    // measured: significant 10 of 400 (2.5%), meaningful 0, covered 390 (97.5%), mean error
    // -0.001. 2000 diaries: significant 66 (3.3%), meaningful 1, covered 96.7%
    assertNull(rates(abaWorld(0.8), 3000, a -> true), 0.06);
  }

  @Test
  void persistentNoiseWithReportingNoiseGivesFewFalseFindings() {
    // AR(1) phi 0.7 sd 1.2 plus white noise sd 1.0 (an ARMA(1,1))
    ApproachWorld w =
        ApproachWorld.of(
                ApproachWorld.flat(), 0.7, 1.2, Phase.none(28), Phase.of(0, 56, 0), Phase.none(28))
            .withWhiteNoise(1.0);
    // measured: significant 19 of 400 (4.75%), meaningful 1, covered 381 (95.25%), mean error
    // +0.050. 2000 diaries: significant 101 (5.05%), meaningful 2, covered 95.0% (the hardest
    // world:
    // REML underestimates phi and w in 112 days, 0.66 and 0.32 for 0.7 and 0.41; 133 of 2000
    // before the second-order Kenward-Roger term)
    assertNull(rates(w, 4000, a -> true), 0.06);
  }

  @Test
  void sevenShortUselessApproachesInARowAreRarelyCalledSignificant() {
    Phase[] phases = new Phase[8];
    phases[0] = Phase.none(28);
    for (int i = 0; i < 7; i++) {
      phases[i + 1] = Phase.of(i, 14, 0);
    }
    // measured: significant 14 of 2800 approaches (0.5%), meaningful 1, covered 2786, mean error
    // +0.028; 2670 "too little data" (two weeks each, one after another)
    assertNull(
        rates(ApproachWorld.of(ApproachWorld.flat(), 0.5, 1.5, phases), 5000, a -> true), 0.06);
  }

  @Test
  void aFlareJustBeforeTheStartIsNotCreditedToTheApproach() {
    // the AR(1) state (phi 0.7) jumps by 3 points three days before the start
    ApproachWorld w =
        ApproachWorld.of(ApproachWorld.flat(), 0.7, 1.5, Phase.none(28), Phase.of(0, 56, 0))
            .withFlareBefore(1, 3, 3);
    // measured: significant 14 of 400 (3.5%), meaningful 0, covered 386 (96.5%), mean error
    // -0.224; the flare found (and the noise restarted there) in 263 of 400. 2000 diaries:
    // significant 76 (3.8%), meaningful 11, covered 96.2%, mean error -0.192: +0.0 where the flare
    // was found (1293), -0.50 where it was not (a flare the size of the noise's own swings).
    // Leaving
    // out the 4 days before the start instead (the previous rule) gave 157 of 2000 significant,
    // +1.29 where a flare was found and -0.53 where not: it selected days on correlated noise.
    ApproachRates r = rates(w, 6000, a -> true);
    assertNull(r, 0.06);
    assertTrue(r.flare() >= 0.5 * r.estimates(), r.toString());
  }

  @Test
  void theFlareCaveatRarelyFiresWithoutAFlare() {
    // measured (phi 0.5, A-B-A): the caveat fired in 16 of 400 (4%); 80 of 2000 (one-sided test of
    // the largest of the 4 days' standardized innovations at 2.24, 5% for independent ones)
    ApproachRates r = rates(abaWorld(0.5), 3000, a -> true);
    assertTrue(r.flare() <= 0.06 * r.estimates(), r.toString());
  }

  @Test
  void aTwoPointDropIsFoundInMostWithdrawalDiaries() {
    // A-B-A-B, four 4-week phases, AR(1) phi 0.5, sd 1.5, the approach lowers pain by 2 while on
    ApproachWorld w =
        ApproachWorld.of(
            ApproachWorld.flat(),
            0.5,
            1.5,
            Phase.none(28),
            Phase.of(0, 28, -2),
            Phase.none(28),
            Phase.of(0, 28, -2));
    // measured: found (interval below 0) in 341 of 400 (85.25%), covered 389, mean error -0.014.
    // 2000 diaries: found in 1707 (85.35%)
    ApproachRates r = rates(w, 7000, a -> true);
    assertTrue(r.improved() >= 0.8 * r.estimates(), r.toString());
    assertTrue(Math.abs(r.meanError()) <= 0.3, r.toString());
    // nor is a genuine success taken for the settling of a flare: the caveat fired in 10 of 400
    // (2.5%; 68 of 2000), as often as without an effect (the old rule, against the whole diary's
    // mean, fired on 45-85% of such successes)
    assertTrue(r.flare() <= 0.06 * r.estimates(), r.toString());
  }

  private static ApproachWorld abab(int rampDays) {
    return ApproachWorld.of(
            ApproachWorld.flat(),
            0.5,
            1.5,
            Phase.none(28),
            Phase.of(0, 28, -2),
            Phase.none(28),
            Phase.of(0, 28, -2))
        .withRamp(rampDays);
  }

  @Test
  void aGradualOnsetCountsAsLessThanItsFullSizeUnlessTheWashoutLeavesItOut() {
    // A-B-A-B of 4-week phases; the 2-point drop sets in linearly over the first 14 days of each
    // run (its average over a run is -1.54). The model's step takes it as a smaller change; with
    // --washout 14 the onset (and the wearing off) is left out and the full drop is measured.
    ApproachRates step = rates(abab(14), 7000, a -> true);
    ApproachRates washed =
        ApproachRates.of(abab(14), DIARIES, 7000, OPTIONS.withWashout(14), a -> true);
    System.out.println("ApproachModelCalibrationTest washout 14: " + washed);
    // measured: the step alone -1.10 on average (mean error +0.897), covered 335 of 400 (83.75%),
    // found in 119; with the washout mean error -0.013, covered 390 (97.5%), found in 80 (14 of 28
    // days per run left). The washout costs power even for a sudden effect: 80 of 400 found
    // against 341 without it
    assertTrue(step.meanError() > 0.3, step.toString());
    assertTrue(Math.abs(washed.meanError()) <= 0.3, washed.toString());
    assertTrue(washed.covered() >= 0.92 * washed.estimates(), washed.toString());
  }

  @Test
  void aTwoPointDropAfterAFourWeekBaselineIsEstimatedWithoutBias() {
    ApproachWorld w =
        ApproachWorld.of(ApproachWorld.flat(), 0.5, 1.5, Phase.none(28), Phase.of(0, 84, -2));
    // measured: mean error +0.058, covered 387 of 400 (96.75%), found in 121 of 400. 2000 diaries:
    // mean error -0.003, covered 97.2%, found in 631
    ApproachRates r = rates(w, 8000, a -> true);
    assertTrue(Math.abs(r.meanError()) <= 0.3, r.toString());
    assertTrue(r.covered() >= 0.92 * r.estimates(), r.toString());
  }
}
