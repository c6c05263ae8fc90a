package org.painstats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.painstats.analysis.Analysis;
import org.painstats.analysis.AnalysisOptions;
import org.painstats.analysis.Report;
import org.painstats.clean.Cleaner;
import org.painstats.clean.ImportOptions;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.io.CleanedDiaryWriter;
import org.painstats.io.DecodedText;
import org.painstats.io.DelimitedRecords;
import org.painstats.io.RawRecord;

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
   * Reads and cleans a diary file (CSV, TSV or semicolon-separated) as the diary format says.
   *
   * @throws DiaryFormatException if the file cannot be read as a diary; the message names the file,
   *     the problem and what to do
   */
  public static Diary read(Path path) {
    return read(path, ImportOptions.withDefaults());
  }

  /** Reads and cleans a diary file with options (a date pattern). */
  public static Diary read(Path path, ImportOptions options) {
    String name = path.toString();
    DecodedText text = DecodedText.read(path);
    List<Issue> fileIssues = new ArrayList<>();
    if (text.fellBack()) {
      fileIssues.add(
          new Issue(
              0,
              "",
              "",
              "not UTF-8 text",
              "read as Windows-1252 (save as UTF-8 to be sure)",
              Issue.Kind.NOTE));
    }
    List<RawRecord> records = DelimitedRecords.read(name, text.text());
    return Cleaner.clean(name, records, fileIssues, options);
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
