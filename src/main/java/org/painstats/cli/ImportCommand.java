package org.painstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.painstats.PainStats;
import org.painstats.clean.ImportOptions;
import org.painstats.diary.Diary;
import org.painstats.report.DiaryJson;
import org.painstats.report.ImportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code painstats import}: read, check and clean a diary. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read a diary (CSV, TSV or semicolon-separated), clean it, and list the problems by line",
      "(the first 10,000; the rest are counted).",
      "The input file is never changed."
    },
    footer = {
      "",
      "Examples:",
      "  painstats import sample-data/messy-diary.csv",
      "  painstats import diary.csv -o diary-clean.csv",
      "  painstats import diary.csv --date-format dd/MM/yyyy --format json"
    })
final class ImportCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Parameters(index = "0", paramLabel = "DIARY", description = "The diary file.")
  Path diary;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "CLEANED.csv",
      description = "Write the cleaned diary here (never the input file).")
  Optional<Path> output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json: the diary object of the JSON report.")
  Format format;

  @Mixin ReadingOptions reading;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ImportOptions options = reading.importOptions();
    ReadingOptions.requireNotInput(List.of(diary), output);
    Diary d = PainStats.read(diary, options);
    if (output.isPresent()) {
      PainStats.writeCleaned(d, output.get());
    }
    var out = spec.commandLine().getOut();
    out.print(format == Format.json ? DiaryJson.of(d) : ImportText.of(d, output));
    out.flush();
    return ExitCode.OK;
  }
}
