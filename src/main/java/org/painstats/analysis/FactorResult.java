package org.painstats.analysis;

import java.util.List;

/**
 * How one factor, at one lag, tracks with the outcome. Numbers that could not be computed are NaN.
 *
 * <p>{@code spearman}, {@code pearson} and {@code pValueNaive} are the plain numbers over the
 * {@code n} day pairs, the ones a spreadsheet gives. The test is about {@code spearmanTested}, the
 * coefficient after removing what {@code removed} lists (structure that would pass for a link);
 * {@code pValue}, {@code qValue}, the interval, {@code significant} and {@code summary} are about
 * it.
 *
 * @param factor the factor's cleaned name
 * @param lag days between the factor and the outcome (1: the factor the day before)
 * @param n days where both were recorded
 * @param spearman Spearman's rank correlation of the day pairs as recorded
 * @param pearson Pearson's correlation of the day pairs as recorded
 * @param pValueNaive the textbook p-value of {@code spearman} assuming independent days (t, n - 2)
 * @param spearmanTested Spearman's correlation after removing {@code removed}
 * @param pValue p-value of {@code spearmanTested} accounting for autocorrelation
 * @param qValue Benjamini-Hochberg adjusted {@code pValue} over all tests of the report
 * @param effectiveN the effective number of independent days behind {@code pValue}
 * @param ciLow lower end of the 95% interval of {@code spearmanTested}
 * @param ciHigh upper end
 * @param significant whether {@code qValue < 0.05}
 * @param removed what was removed from the series before the test
 * @param summary one plain sentence
 */
public record FactorResult(
    String factor,
    int lag,
    int n,
    double spearman,
    double pearson,
    double pValueNaive,
    double spearmanTested,
    double pValue,
    double qValue,
    double effectiveN,
    double ciLow,
    double ciHigh,
    boolean significant,
    List<Removed> removed,
    String summary) {
  public FactorResult {
    removed = List.copyOf(removed);
  }
}
