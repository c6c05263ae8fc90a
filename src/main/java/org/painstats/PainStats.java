package org.painstats;

import java.nio.file.Path;
import java.util.List;
import org.painstats.analysis.Analysis;
import org.painstats.analysis.AnalysisOptions;
import org.painstats.analysis.Report;
import org.painstats.clean.Cleaner;
import org.painstats.clean.ImportOptions;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.io.CleanedDiaryWriter;
import org.painstats.io.DiaryReader;
import org.painstats.io.Readers;

/**
 * The entry point for library users: read a diary, analyse it, render the report.
 *
 * <pre>{@code
 * Diary diary = PainStats.read(Path.of("diary.csv"));
 * diary.summary().issues().forEach(System.out::println);
 * }</pre>
 */
public final class PainStats {
  private PainStats() {}

  /**
   * Reads and cleans a diary file: a spreadsheet diary (CSV, TSV or semicolon-separated) as the
   * diary format says, or an app's export, recognised from the file's first lines.
   *
   * @throws DiaryFormatException if the file cannot be read as a diary; the message names the file,
   *     the problem and what to do
   */
  public static Diary read(Path path) {
    return read(path, ImportOptions.withDefaults());
  }

  /**
   * Reads and cleans a diary file with options (a date pattern, a layout to force, the pain or
   * outcome column, scales, a user).
   */
  public static Diary read(Path path, ImportOptions options) {
    DiaryReader reader =
        options.format().map(Readers::require).orElseGet(() -> Readers.detect(path));
    return Cleaner.clean(reader.read(path, options.reader()), options);
  }

  /** The layouts {@link #read} knows, in the order it tries them. */
  public static List<DiaryReader> formats() {
    return Readers.all();
  }

  /** Analyses a diary: factors at lags 0, 1 and 2, activities, approaches, trend, findings. */
  public static Report analyse(Diary diary) {
    return Analysis.of(diary, AnalysisOptions.withDefaults());
  }

  /** Analyses a diary with options (other lags). */
  public static Report analyse(Diary diary, AnalysisOptions options) {
    return Analysis.of(diary, options);
  }

  /** Writes the cleaned diary as CSV, whole or not at all. */
  public static void writeCleaned(Diary diary, Path target) {
    CleanedDiaryWriter.write(diary, target);
  }
}
