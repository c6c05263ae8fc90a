package org.painstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.painstats.clean.ImportOptions;
import org.painstats.io.AtomicFiles;
import picocli.CommandLine.Option;

/** The options every command that reads a diary shares (a picocli mixin). */
final class ReadingOptions {
  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description = "How to read dates such as 03/05/2024: dd/MM/yyyy or MM/dd/yyyy.")
  Optional<String> dateFormat = Optional.empty();

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description =
          "Read the file in this layout instead of recognising it (see 'painstats formats').")
  Optional<String> from = Optional.empty();

  @Option(
      names = "--pain",
      paramLabel = "COLUMN",
      description = "The pain column, when its header is not recognised or there are several.")
  Optional<String> pain = Optional.empty();

  @Option(
      names = "--outcome",
      paramLabel = "COLUMN",
      description = "Analyse another numeric column (mood, fatigue) in place of pain.")
  Optional<String> outcome = Optional.empty();

  @Option(
      names = "--scale",
      paramLabel = "COLUMN=MIN-MAX",
      description = "A column's scale, e.g. \"Pain=0-100\"; a value off it is listed as an issue.")
  List<String> scales = List.of();

  @Option(
      names = "--reverse",
      paramLabel = "COLUMN",
      description =
          "A column where a higher value is better than its name suggests (soreness 5 = not sore).")
  List<String> reversed = List.of();

  @Option(
      names = "--user",
      paramLabel = "ID",
      description = "The user to read from a file of many users (a Flaredown research export).")
  Optional<String> user = Optional.empty();

  @Option(
      names = "--mood-levels",
      paramLabel = "LABEL=LEVEL,...",
      description = "Levels of custom mood labels (Daylio), e.g. \"great=5,fine=3,low=1\".")
  Optional<String> moodLevels = Optional.empty();

  @Option(
      names = "--approach-tag",
      paramLabel = "NAME",
      description =
          "Days carrying this tag, treatment or factor are days of an approach of that name"
              + " (repeatable; import suggests candidates).")
  List<String> approachTags = List.of();

  @Option(
      names = "--with",
      paramLabel = "OTHER",
      description =
          "Join another source by date (Fitbit steps, Oura sleep...); its columns are prefixed by"
              + " the source (repeatable).")
  List<Path> with = List.of();

  /** The import options these flags ask for. */
  ImportOptions importOptions() {
    ImportOptions o = ImportOptions.withDefaults();
    if (dateFormat.isPresent()) {
      o = o.withDateFormat(dateFormat.get());
    }
    if (from.isPresent()) {
      o = o.withFormat(from.get());
    }
    if (pain.isPresent()) {
      o = o.withPain(pain.get());
    }
    if (outcome.isPresent()) {
      o = o.withOutcome(outcome.get());
    }
    for (String s : scales) {
      o = o.withScale(s);
    }
    for (String r : reversed) {
      o = o.withReversed(r);
    }
    if (user.isPresent()) {
      o = o.withUser(user.get());
    }
    if (moodLevels.isPresent()) {
      o = o.withMoodLevels(moodLevels.get());
    }
    for (String t : approachTags) {
      o = o.withApproachTag(t);
    }
    for (Path w : with) {
      o = o.withJoined(w);
    }
    return o;
  }

  /**
   * Refuses an output path that names one of the inputs (the input is never overwritten) or that is
   * not a regular file or a new name (a device, FIFO, socket, directory or link), before any work.
   */
  static void requireNotInput(List<Path> inputs, Optional<Path> output) {
    for (Path in : inputs) {
      if (output.isPresent() && AtomicFiles.sameFile(in, output.get())) {
        throw new UsageException(
            output.get() + ": is an input file; the input is never overwritten, choose another -o");
      }
    }
    output.ifPresent(AtomicFiles::requireFileTarget);
  }

  /**
   * Refuses a chart folder that is not a folder or a new name, or that holds an input (whatever its
   * name: the folder is replaced whole), before any work.
   */
  static void requireChartFolder(List<Path> inputs, Path folder) {
    AtomicFiles.requireFolderTarget(folder);
    AtomicFiles.requireNoInputInside(folder, inputs);
  }
}
