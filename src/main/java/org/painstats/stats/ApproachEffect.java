package org.painstats.stats;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What {@link ApproachModel} says about one approach.
 *
 * @param approach the approach's index
 * @param runs its runs of days, in order (an approach may recur)
 * @param days days with the outcome that entered the fit (after the washout)
 * @param levelChange the change in the outcome attributable to the approach: its step against the
 *     natural course, the other approaches and the covariates, with a 95% interval and p-value
 *     (Student t, {@code df} degrees of freedom)
 * @param df degrees of freedom of the interval
 * @param probabilityMeaningful posterior probability that it improved the outcome by at least the
 *     meaningful change
 * @param verdict the verdict
 * @param limits what keeps the diary from separating it from other things
 * @param afterDays days used after its runs ended, when no approach followed (0: never stopped so)
 * @param afterChange the outcome on those days minus the outcome during its runs, each against the
 *     fitted natural course; NaN when {@code afterDays} is 0
 * @param daysNeeded about how many more days of a fair comparison (as many without it as with it)
 *     would bring the interval to within half the meaningful change; empty when it is already
 * @param flareRise the largest one-day jump of the outcome in the 4 days before its first run,
 *     above what the days before led to expect (the one-step innovation of the fitted model); when
 *     its standardized size exceeds 2.24 (a jump of the slow part of the noise: a flare) the noise
 *     restarts there in the fit and {@link ApproachLimit#FLARE_BEFORE} is set; NaN when those days
 *     hold fewer than 3 without an approach or fewer than 14 come before them
 */
public record ApproachEffect(
    int approach,
    List<ApproachRun> runs,
    int days,
    Estimate levelChange,
    double df,
    double probabilityMeaningful,
    Verdict verdict,
    Set<ApproachLimit> limits,
    int afterDays,
    double afterChange,
    OptionalInt daysNeeded,
    double flareRise) {
  public ApproachEffect {
    runs = List.copyOf(runs);
    limits = Set.copyOf(limits);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ApproachEffect[%d: %s, P(meaningful)=%.2f, %s, runs=%d, days=%d, limits=%s]",
        approach,
        levelChange,
        probabilityMeaningful,
        verdict,
        runs.size(),
        days,
        limits);
  }
}
