package org.painstats.cli;

import org.painstats.analysis.AnalysisOptions;
import picocli.CommandLine.Option;

/**
 * What to analyse: the lags (the outcome is chosen while reading, see ReadingOptions), shared by
 * the commands that analyse (a mixin).
 */
final class AnalysisChoices {
  @Option(
      names = "--lags",
      paramLabel = "LAGS",
      split = ",",
      defaultValue = "0,1,2",
      description = "Lags in days, 0 to " + AnalysisOptions.MAX_LAG + " (default 0,1,2).")
  int[] lags;

  /** The analysis options these flags ask for. */
  AnalysisOptions options() {
    try {
      return AnalysisOptions.withDefaults().withLags(lags);
    } catch (IllegalArgumentException e) {
      // The library names its argument ("lags: ..."); the command line names the flag.
      throw new UsageException("--" + e.getMessage());
    }
  }
}
