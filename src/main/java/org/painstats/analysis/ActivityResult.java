package org.painstats.analysis;

/**
 * Mean outcome on days with and without an activity (lag 1: on the day after).
 *
 * @param activity the activity's name
 * @param lag 0 for the same day, 1 for the next day
 * @param daysWith days (with an outcome) after or on which the activity was done
 * @param daysWithout days without it
 * @param meanWith mean outcome with
 * @param meanWithout mean outcome without
 * @param difference the difference in the outcome with and without the activity, measured within
 *     each approach period (the outcome less its period's mean), so a change between periods does
 *     not pass for the activity's effect; equal to {@code meanWith - meanWithout} when the diary
 *     has no approach
 * @param ciLow lower end of its 95% interval, accounting for autocorrelation
 * @param ciHigh upper end
 * @param pValue p-value for "no difference", accounting for autocorrelation
 * @param qValue Benjamini-Hochberg adjusted p-value over all tests of the report
 * @param significant whether {@code qValue < 0.05}
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
    double ciLow,
    double ciHigh,
    double pValue,
    double qValue,
    boolean significant,
    String summary) {}
