package org.painstats.analysis;

/**
 * The overall trend of the outcome.
 *
 * @param slopePerWeek the GLS AR(1) slope, outcome points per week
 * @param start the trend line's value on the diary's first day
 * @param ciLow lower end of its 95% interval
 * @param ciHigh upper end
 * @param pValue p-value of the slope with AR(1) errors (the interval excludes 0 exactly when it is
 *     below 0.05)
 * @param pValueNaive the least-squares p-value of the slope assuming independent days
 * @param n days used
 * @param method how it was computed
 * @param summary one plain sentence
 */
public record TrendResult(
    double slopePerWeek,
    double start,
    double ciLow,
    double ciHigh,
    double pValue,
    double pValueNaive,
    int n,
    String method,
    String summary) {}
