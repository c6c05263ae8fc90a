package org.painstats.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * One approach period compared with the baseline (the days before any approach).
 *
 * @param approach the approach's name
 * @param firstDate its first day
 * @param lastDate its last day
 * @param days days with an outcome while it was tried
 * @param baselineDays days with an outcome in the baseline
 * @param baselineMean mean outcome in the baseline
 * @param mean mean outcome while it was tried
 * @param levelChange the estimated shift in the outcome once it started
 * @param slopeChange the change in the outcome's slope, per week
 * @param ciLow lower end of the 95% interval of {@code levelChange}
 * @param ciHigh upper end
 * @param pValue p-value for "no shift", accounting for autocorrelation
 * @param qValue Benjamini-Hochberg adjusted p-value over the approaches
 * @param significant whether {@code qValue < 0.05}
 * @param clinicallyMeaningful whether the shift is at least 2 points or 30% of the baseline mean
 *     (IMMPACT)
 * @param method how {@code levelChange} was estimated
 * @param adjustedFor the covariates the comparison was adjusted for ("stress (lag 1)")
 * @param caveats what limits the conclusion, each with its kind and sentence
 * @param summary one plain sentence
 */
public record ApproachResult(
    String approach,
    LocalDate firstDate,
    LocalDate lastDate,
    int days,
    int baselineDays,
    double baselineMean,
    double mean,
    double levelChange,
    double slopeChange,
    double ciLow,
    double ciHigh,
    double pValue,
    double qValue,
    boolean significant,
    boolean clinicallyMeaningful,
    String method,
    List<String> adjustedFor,
    List<Caveat> caveats,
    String summary) {
  public ApproachResult {
    adjustedFor = List.copyOf(adjustedFor);
    caveats = List.copyOf(caveats);
  }
}
