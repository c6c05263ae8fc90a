package org.painstats.analysis;

/**
 * How one factor, at one lag, tracks with the outcome. All p-values are for the Spearman
 * coefficient; numbers that could not be computed are NaN.
 *
 * @param factor the factor's cleaned name
 * @param lag days between the factor and the outcome (1: the factor the day before)
 * @param n days where both were recorded
 * @param spearman Spearman's rank correlation
 * @param pearson Pearson's correlation
 * @param pValue p-value accounting for autocorrelation (with {@code effectiveN} days)
 * @param pValueNaive the textbook p-value assuming independent days
 * @param qValue Benjamini-Hochberg adjusted p-value over all tests of the report
 * @param effectiveN the effective number of independent days
 * @param ciLow lower end of the 95% interval of the Spearman coefficient
 * @param ciHigh upper end
 * @param significant whether {@code qValue < 0.05}
 * @param summary one plain sentence
 */
public record FactorResult(
    String factor,
    int lag,
    int n,
    double spearman,
    double pearson,
    double pValue,
    double pValueNaive,
    double qValue,
    double effectiveN,
    double ciLow,
    double ciHigh,
    boolean significant,
    String summary) {}
