package org.painstats.plan;

import java.util.OptionalLong;

/**
 * The randomization test of a planned trial ({@link RandomizationTest}).
 *
 * @param statistic mean outcome on approach days minus mean on the other days (NaN when one side
 *     has no day with an outcome)
 * @param pValue two-sided p-value over the schedules the design could have drawn (NaN when the
 *     statistic is)
 * @param permutations schedules compared: all of them when exact, the Monte Carlo count otherwise
 * @param schedules schedules the design allows
 * @param exact whether every schedule was compared
 * @param seed the seed of the Monte Carlo draws (empty when exact)
 * @param approachDays approach days analysed (with an outcome, washout left out)
 * @param otherDays other days analysed
 * @param approachMean mean outcome on approach days analysed
 * @param otherMean mean outcome on the other days analysed
 * @param washoutDays days left out as washout
 * @param missingDays days of the plan without an outcome
 */
public record RandomizationResult(
    double statistic,
    double pValue,
    int permutations,
    double schedules,
    boolean exact,
    OptionalLong seed,
    int approachDays,
    int otherDays,
    double approachMean,
    double otherMean,
    int washoutDays,
    int missingDays) {

  /** How the p-value was obtained, in words. */
  public String method() {
    return exact
        ? String.format(
            java.util.Locale.ROOT,
            "exact randomization test over all %d schedules the design allows; two-sided; statistic"
                + " = mean on approach days minus mean on the other days",
            permutations)
        : String.format(
            java.util.Locale.ROOT,
            "Monte Carlo randomization test: %d of the %.3g schedules the design allows, drawn with"
                + " seed %d, p = (1 + at least as large) / (%d + 1); two-sided; statistic = mean on"
                + " approach days minus mean on the other days",
            permutations,
            schedules,
            seed.orElse(0),
            permutations);
  }
}
