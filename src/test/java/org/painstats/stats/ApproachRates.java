package org.painstats.stats;

import java.util.Locale;
import java.util.function.IntPredicate;
import org.painstats.sim.ApproachWorld;

/**
 * What the approach model says over many seeded diaries of one world, for the approaches selected:
 * how often significant (p &lt; 0.05), clinically meaningful (probability &gt;= 0.8), "found" (an
 * improvement significant), the mean estimate minus the truth, and 95% interval coverage.
 */
record ApproachRates(
    int diaries,
    int estimates,
    int significant,
    int meaningful,
    int improved,
    int covered,
    double meanError,
    int tooLittle,
    int flare) {

  static ApproachRates of(
      ApproachWorld world,
      int diaries,
      long seed,
      ApproachModel.Options options,
      IntPredicate approaches) {
    int estimates = 0;
    int sig = 0;
    int mean = 0;
    int improved = 0;
    int covered = 0;
    int tooLittle = 0;
    int flare = 0;
    double error = 0;
    for (int s = 0; s < diaries; s++) {
      ApproachWorld.Diary d = world.draw(seed + s);
      ApproachModel.Fit fit =
          ApproachModel.fit(d.y(), d.label(), d.approaches(), new double[0][], options)
              .orElseThrow();
      for (ApproachEffect e : fit.effects()) {
        if (!approaches.test(e.approach())) {
          continue;
        }
        double truth = d.truth()[e.approach()];
        Estimate l = e.levelChange();
        estimates++;
        sig += l.pValue() < 0.05 ? 1 : 0;
        improved += l.ciHigh() < 0 ? 1 : 0;
        mean += e.probabilityMeaningful() >= 0.8 ? 1 : 0;
        covered += l.ciLow() <= truth && truth <= l.ciHigh() ? 1 : 0;
        tooLittle += e.verdict() == Verdict.TOO_LITTLE_DATA ? 1 : 0;
        flare += e.limits().contains(ApproachLimit.FLARE_BEFORE) ? 1 : 0;
        error += l.value() - truth;
      }
    }
    return new ApproachRates(
        diaries, estimates, sig, mean, improved, covered, error / estimates, tooLittle, flare);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d estimates in %d diaries: significant %d, meaningful %d, improved %d, covered %d (%.1f%%),"
            + " mean error %+.3f, too little data %d, flare %d",
        estimates,
        diaries,
        significant,
        meaningful,
        improved,
        covered,
        100.0 * covered / estimates,
        meanError,
        tooLittle,
        flare);
  }
}
