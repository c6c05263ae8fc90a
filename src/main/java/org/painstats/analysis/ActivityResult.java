package org.painstats.analysis;

import java.util.List;

/**
 * Mean outcome on days with and without an activity (lag 1: on the day after).
 *
 * @param activity the activity's name
 * @param lag 0 for the same day, 1 for the next day
 * @param daysWith days (with an outcome) after or on which the activity was done
 * @param daysWithout days without it
 * @param meanWith mean outcome with
 * @param meanWithout mean outcome without
 * @param difference {@code meanWith - meanWithout}, plain
 * @param differenceTested the difference the test is about, after removing {@code removed} (the
 *     outcome less its approach period's mean, so a change between periods does not pass for the
 *     activity's effect); equal to {@code difference} when nothing is removed
 * @param ciLow lower end of the 95% interval of {@code differenceTested}, accounting for
 *     autocorrelation
 * @param ciHigh upper end
 * @param pValue p-value for "no difference", accounting for autocorrelation
 * @param qValue Benjamini-Hochberg adjusted p-value over all tests of the report
 * @param significant whether {@code qValue < 0.05}
 * @param removed what was removed from the outcome before the test
 * @param summary one plain sentence
 */
public record ActivityResult(
    String activity,
    int lag,
    int daysWith,
    int daysWithout,
    double meanWith,
    double meanWithout,
    double difference,
    double differenceTested,
    double ciLow,
    double ciHigh,
    double pValue,
    double qValue,
    boolean significant,
    List<Removed> removed,
    String summary) {
  public ActivityResult {
    removed = List.copyOf(removed);
  }
}
