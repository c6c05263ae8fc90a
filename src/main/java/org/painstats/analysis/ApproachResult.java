package org.painstats.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the diary says about one approach, from the model that fits every approach at once against
 * the natural course of the outcome ({@link ApproachAnalysis}).
 *
 * @param approach the approach's name
 * @param periods its runs of days, in order (an approach may recur)
 * @param firstDate its first day
 * @param lastDate its last day
 * @param days days with an outcome that entered the model (after the washout)
 * @param baselineDays days without an approach with an outcome, wherever they fall
 * @param baselineMean the mean outcome on those days
 * @param mean the mean outcome on the approach's days
 * @param levelChange the change in the outcome attributable to the approach: against what it would
 *     have been without it, the natural course and the other approaches accounted for
 * @param slopeChange not estimated by this model (NaN): kept for schema 1 readers
 * @param ciLow lower end of the 95% interval of {@code levelChange}
 * @param ciHigh upper end
 * @param pValue p-value for "no change" (small-sample t)
 * @param qValue Benjamini-Hochberg adjusted p-value over the approaches
 * @param significant whether {@code qValue < 0.05}
 * @param probabilityMeaningful probability that it improved the outcome by at least the scale's
 *     meaningful change
 * @param clinicallyMeaningful whether {@code probabilityMeaningful >= 0.8}
 * @param verdict the verdict
 * @param afterStopping what happened once it stopped and no approach followed, if it did
 * @param daysNeeded about how many more days of a fair comparison would settle it
 * @param method how {@code levelChange} was estimated
 * @param adjustedFor the covariates the comparison was adjusted for ("stress (lag 1)")
 * @param caveats what limits the conclusion, each with its kind and sentence
 * @param summary one plain sentence
 */
public record ApproachResult(
    String approach,
    List<Period> periods,
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
    double probabilityMeaningful,
    boolean clinicallyMeaningful,
    ApproachVerdict verdict,
    Optional<AfterStopping> afterStopping,
    OptionalInt daysNeeded,
    String method,
    List<String> adjustedFor,
    List<Caveat> caveats,
    String summary) {
  public ApproachResult {
    periods = List.copyOf(periods);
    adjustedFor = List.copyOf(adjustedFor);
    caveats = List.copyOf(caveats);
  }

  /** This result with other caveats. */
  ApproachResult withCaveats(List<Caveat> newCaveats) {
    return with(qValue, significant, newCaveats, summary);
  }

  /** This result with its q-value, significance and sentence. */
  ApproachResult withQ(double q, boolean isSignificant, String sentence) {
    return with(q, isSignificant, caveats, sentence);
  }

  /** A copy with the fields the analysis fills in last: all the rest is the approach model's. */
  private ApproachResult with(
      double q, boolean isSignificant, List<Caveat> newCaveats, String sentence) {
    return new ApproachResult(
        approach,
        periods,
        firstDate,
        lastDate,
        days,
        baselineDays,
        baselineMean,
        mean,
        levelChange,
        slopeChange,
        ciLow,
        ciHigh,
        pValue,
        q,
        isSignificant,
        probabilityMeaningful,
        clinicallyMeaningful,
        verdict,
        afterStopping,
        daysNeeded,
        method,
        adjustedFor,
        newCaveats,
        sentence);
  }

  /**
   * One run of days of the approach.
   *
   * @param firstDate its first day
   * @param lastDate its last day
   * @param days calendar days it spans
   */
  public record Period(LocalDate firstDate, LocalDate lastDate, int days) {}

  /**
   * The outcome once the approach stopped, against while it was tried (each against the natural
   * course).
   *
   * @param days days used after its runs (up to four weeks after each), when no approach followed
   * @param change the outcome then minus the outcome during it: positive when pain went back up
   */
  public record AfterStopping(int days, double change) {}
}
