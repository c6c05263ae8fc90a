package org.painstats.cli;

import java.util.Optional;
import org.painstats.analysis.AnalysisOptions;
import org.painstats.diary.Diary;
import picocli.CommandLine.Option;

/** What to analyse: the lags and the outcome, shared by the commands that analyse (a mixin). */
final class AnalysisChoices {
  @Option(
      names = "--lags",
      paramLabel = "LAGS",
      split = ",",
      defaultValue = "0,1,2",
      description = "Lags in days, 0 to " + AnalysisOptions.MAX_LAG + " (default 0,1,2).")
  int[] lags;

  @Option(
      names = "--outcome",
      paramLabel = "COLUMN",
      description = "Analyse another numeric column (mood, fatigue) in place of pain.")
  Optional<String> outcome = Optional.empty();

  /** The analysis options these flags ask for. */
  AnalysisOptions options() {
    return AnalysisOptions.withDefaults().withLags(lags);
  }

  /** The diary with the chosen outcome. */
  Diary apply(Diary diary) {
    return outcome.isPresent() ? diary.withOutcome(outcome.get()) : diary;
  }
}
