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

  /** The import options these flags ask for. */
  ImportOptions importOptions() {
    ImportOptions options = ImportOptions.withDefaults();
    return dateFormat.isPresent() ? options.withDateFormat(dateFormat.get()) : options;
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
