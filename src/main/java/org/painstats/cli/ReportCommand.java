package org.painstats.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.painstats.PainStats;
import org.painstats.analysis.AnalysisOptions;
import org.painstats.analysis.Report;
import org.painstats.diary.Diary;
import org.painstats.io.AtomicFiles;
import org.painstats.report.ReportJson;
import org.painstats.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code painstats report}: what tracks with pain, and did the approaches help. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse one or more diaries: which factors and activities track with pain (with lags,",
      "autocorrelation and many tests accounted for), whether each approach helped against the",
      "days before any approach, and the trend. Not medical advice."
    },
    footer = {
      "",
      "Examples:",
      "  painstats report sample-data/diary.csv",
      "  painstats report diary.csv --format json -o report.json",
      "  painstats report diary.csv --outcome mood --lags 0,1"
    })
final class ReportCommand implements Callable<Integer> {
  enum Format {
    text,
    markdown,
    json
  }

  @Parameters(arity = "1..*", paramLabel = "DIARY", description = "One or more diary files.")
  List<Path> diaries;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), markdown or json.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report here instead of standard output.")
  Optional<Path> output;

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
  Optional<String> outcome;

  @Mixin ReadingOptions reading;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    AnalysisOptions options = AnalysisOptions.withDefaults().withLags(lags);
    var importOptions = reading.importOptions();
    ReadingOptions.requireNotInput(diaries, output);
    List<Report> reports = new ArrayList<>();
    for (Path p : diaries) {
      if (diaries.size() > 1) {
        spec.commandLine().getErr().println("painstats: analysing " + p);
      }
      Diary d = PainStats.read(p, importOptions);
      if (outcome.isPresent()) {
        d = d.withOutcome(outcome.get());
      }
      reports.add(PainStats.analyse(d, options));
    }
    String text =
        switch (format) {
          case json -> reports.size() == 1 ? ReportJson.of(reports.get(0)) : ReportJson.of(reports);
          case markdown -> String.join("\n", reports.stream().map(ReportText::markdown).toList());
          case text -> String.join("\n", reports.stream().map(ReportText::text).toList());
        };
    if (output.isPresent()) {
      AtomicFiles.write(output.get(), text);
      spec.commandLine().getErr().println("painstats: report written to " + output.get());
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }
}
