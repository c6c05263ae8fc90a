package org.painstats.cli;

import org.painstats.analysis.AnalysisOptions;
import picocli.CommandLine.Option;

/**
 * What to analyse: the lags and the washout (the outcome is chosen while reading, see
 * ReadingOptions), shared by the commands that analyse (a mixin).
 */
final class AnalysisChoices {
  @Option(
      names = "--lags",
      paramLabel = "LAGS",
      split = ",",
      defaultValue = "0,1,2",
      description = "Lags in days, 0 to " + AnalysisOptions.MAX_LAG + " (default 0,1,2).")
  int[] lags;

  @Option(
      names = "--washout",
      paramLabel = "DAYS",
      defaultValue = "0",
      description =
          "Leave out the first DAYS days of each run with or without an approach (effects take"
              + " time to start and to wear off), 0 to "
              + AnalysisOptions.MAX_WASHOUT
              + " (default 0).")
  int washout;

  /** The analysis options these flags ask for. */
  AnalysisOptions options() {
    try {
      return AnalysisOptions.withDefaults().withLags(lags).withWashout(washout);
    } catch (IllegalArgumentException e) {
      // The library names its argument ("lags: ...", "washout: ..."); the command line names the
      // flag.
      throw new UsageException("--" + e.getMessage());
    }
  }
}
