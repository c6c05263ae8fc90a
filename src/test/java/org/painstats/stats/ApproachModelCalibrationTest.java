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
 * drop. Each world: 1000 diaries (fewer do not tell a rate of 5.5% from one of 6.5%: the binomial
 * standard error at 400 is 1.1 points), AR(1) noise of standard deviation 1.5 unless said. The
 * measured counts are written beside each assertion.
 */
class ApproachModelCalibrationTest {
  private static final int DIARIES = 1000;
  private static final ApproachModel.Options OPTIONS = ApproachModel.Options.withDefaults();

  private static ApproachRates rates(ApproachWorld w, long seed, IntPredicate which) {
    return rates(w, DIARIES, seed, which);
  }

  private static ApproachRates rates(ApproachWorld w, int diaries, long seed, IntPredicate which) {
    ApproachRates r = ApproachRates.of(w, diaries, seed, OPTIONS, which);
    String test =
        StackWalker.getInstance()
            .walk(f -> f.dropWhile(x -> x.getMethodName().equals("rates")).findFirst())
            .get()
            .getMethodName();
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
    // measured (seeds 1000-1999): significant 43 of 1000 (4.3%), meaningful 1, covered 957
    // (95.7%), mean error -0.008; 652 "too little data"
    assertNull(rates(recovery(14), 1000, a -> true), 0.06);
  }

  @Test
  void naturalRecoveryAfterAFourWeekBaselineIsNotCreditedToTheApproach() {
    // measured: significant 56 of 1000 (5.6%), meaningful 0, covered 944 (94.4%), mean error
    // +0.100 (29 of 400, 7.25%, with the first-order Kenward-Roger correction alone and a window
    // left out at a flare)
    assertNull(rates(recovery(28), 1000, a -> true), 0.06);
  }

  @Test
  void naturalRecoveryAfterAnEightWeekBaselineIsNotCreditedToTheApproach() {
    // measured: significant 56 of 1000 (5.6%), meaningful 1, covered 944 (94.4%), mean error
    // +0.022
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
    // measured for B: significant 1 of 1000, meaningful 0, covered 999, mean error -0.006; 943
    // "too little data" (B followed A directly: A's effect may have lasted)
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
    // measured: significant 38 of 1000 (3.8%), meaningful 0, covered 962 (96.2%), mean error
    // +0.023
    assertNull(rates(abaWorld(0.5), 3000, a -> true), 0.06);
  }

  @Test
  void persistentNoiseWithPhiPointEightGivesFewFalseFindings() {
    // measured: significant 54 of 1000 (5.4%), meaningful 0, covered 946 (94.6%), mean error
    // +0.026
    assertNull(rates(abaWorld(0.8), 3000, a -> true), 0.06);
  }

  @Test
  void persistentNoiseWithReportingNoiseGivesFewFalseFindings() {
    // AR(1) phi 0.7 sd 1.2 plus white noise sd 1.0 (an ARMA(1,1))
    ApproachWorld w =
        ApproachWorld.of(
                ApproachWorld.flat(), 0.7, 1.2, Phase.none(28), Phase.of(0, 56, 0), Phase.none(28))
            .withWhiteNoise(1.0);
    // measured: significant 56 of 1000 (5.6%), meaningful 1, covered 944 (94.4%), mean error
    // +0.044 (REML underestimates phi and w in 112 days, 0.66 and 0.32 for 0.7 and 0.41; 133 of
    // 2000, 6.65%, with the first-order correction alone)
    assertNull(rates(w, 4000, a -> true), 0.06);
  }

  @Test
  void sevenShortUselessApproachesInARowAreRarelyCalledSignificant() {
    Phase[] phases = new Phase[8];
    phases[0] = Phase.none(28);
    for (int i = 0; i < 7; i++) {
      phases[i + 1] = Phase.of(i, 14, 0);
    }
    // measured (400 diaries, 2800 approaches): significant 16 (0.6%), meaningful 1, covered
    // 2784, mean error +0.028; 2644 "too little data" (two weeks each, one after another)
    assertNull(
        rates(ApproachWorld.of(ApproachWorld.flat(), 0.5, 1.5, phases), 400, 5000, a -> true),
        0.06);
  }

  @Test
  void aFlareJustBeforeTheStartIsNotCreditedToTheApproach() {
    // the AR(1) state (phi 0.7) jumps by 3 points three days before the start
    ApproachWorld w =
        ApproachWorld.of(ApproachWorld.flat(), 0.7, 1.5, Phase.none(28), Phase.of(0, 56, 0))
            .withFlareBefore(1, 3, 3);
    // measured: significant 58 of 1000 (5.8%), meaningful 7, covered 942 (94.2%), mean error
    // -0.191: +0.007 where the flare was found (and the noise restarted there, 625 of 1000),
    // -0.52 where it was not (a flare the size of the noise's own swings). Leaving out the 4 days
    // before the start instead (the previous rule) gave 157 of 2000 significant, +1.29 where a
    // flare was found and -0.53 where not: it selected days on correlated noise.
    ApproachRates r = rates(w, 6000, a -> true);
    assertNull(r, 0.06);
    assertTrue(r.flare() >= 0.5 * r.estimates(), r.toString());
  }

  @Test
  void theFlareCaveatRarelyFiresWithoutAFlare() {
    // measured (phi 0.5, A-B-A): the caveat fired in 42 of 1000 (4.2%) (one-sided test of the
    // largest of the 4 days' standardized innovations at 2.24, 5% for independent ones)
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
    // measured: found (interval below 0) in 921 of 1000 (92.1%), covered 955, mean error -0.021
    ApproachRates r = rates(w, 7000, a -> true);
    assertTrue(r.improved() >= 0.8 * r.estimates(), r.toString());
    assertTrue(Math.abs(r.meanError()) <= 0.3, r.toString());
    // nor is a genuine success taken for the settling of a flare: the caveat fired in 27 of 1000
    // (2.7%), no more often than without an effect (the old rule, against the whole diary's mean,
    // fired on 45-85% of such successes)
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
    // measured: the step alone -1.11 on average (mean error +0.890), covered 757 of 1000 (75.7%),
    // found in 409; with the washout mean error -0.051, covered 957 (95.7%), found in 401 (14 of
    // 28 days per run left)
    assertTrue(step.meanError() > 0.3, step.toString());
    assertTrue(Math.abs(washed.meanError()) <= 0.3, washed.toString());
    assertTrue(washed.covered() >= 0.92 * washed.estimates(), washed.toString());
  }

  @Test
  void aTwoPointDropAfterAFourWeekBaselineIsEstimatedWithoutBias() {
    ApproachWorld w =
        ApproachWorld.of(ApproachWorld.flat(), 0.5, 1.5, Phase.none(28), Phase.of(0, 84, -2));
    // measured: mean error +0.016, covered 947 of 1000 (94.7%), found in 430
    ApproachRates r = rates(w, 8000, a -> true);
    assertTrue(Math.abs(r.meanError()) <= 0.3, r.toString());
    assertTrue(r.covered() >= 0.92 * r.estimates(), r.toString());
  }
}
