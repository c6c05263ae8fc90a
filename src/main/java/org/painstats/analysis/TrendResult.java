package org.painstats.analysis;

/**
 * The overall trend of the outcome.
 *
 * @param slopePerWeek Theil-Sen slope, outcome points per week
 * @param start the trend line's value on the diary's first day
 * @param ciLow lower end of its 95% interval
 * @param ciHigh upper end
 * @param pValue Mann-Kendall p-value with the Hamed-Rao correction for autocorrelation
 * @param pValueNaive Mann-Kendall p-value assuming independent days
 * @param n weeks used (weekly means)
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
