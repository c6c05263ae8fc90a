package org.painstats;

import java.nio.file.Path;
import java.util.List;
import org.painstats.analysis.Analysis;
import org.painstats.analysis.AnalysisOptions;
import org.painstats.analysis.Report;
import org.painstats.chart.ChartOptions;
import org.painstats.chart.Charts;
import org.painstats.chart.ImageFormat;
import org.painstats.chart.RenderedChart;
import org.painstats.clean.Cleaner;
import org.painstats.clean.DiaryJoin;
import org.painstats.clean.ImportOptions;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.io.CleanedDiaryWriter;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.Readers;
import org.painstats.report.ChartImage;
import org.painstats.report.ReportFormat;

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
    Diary diary = Cleaner.clean(reader.read(path, options.reader()), options);
    if (options.joined().isEmpty()) {
      return diary;
    }
    List<Diary> others = new java.util.ArrayList<>();
    for (Path other : options.joined()) {
      DiaryRecords r = Readers.detect(other).read(other, options.reader());
      if (r.defaultOutcome().isEmpty()) {
        // a source joined for its factors needs no pain: its first numeric column stands in
        r = r.withDefaultOutcome(firstNumeric(r));
      }
      others.add(Cleaner.clean(r, ImportOptions.withDefaults()));
    }
    return DiaryJoin.of(diary, others);
  }

  private static java.util.Optional<String> firstNumeric(DiaryRecords r) {
    int width = r.header().values().size();
    int[] numbers = new int[width];
    int[] rows = {0};
    r.rows()
        .forEach(
            row -> {
              rows[0]++;
              for (int i = 0; i < width; i++) {
                numbers[i] += row.get(i).strip().matches("[+-]?\\d+([.,]\\d+)?") ? 1 : 0;
              }
            });
    for (int i = 0; i < width; i++) {
      if (numbers[i] * 2 > rows[0]) {
        return java.util.Optional.of(r.header().get(i));
      }
    }
    return java.util.Optional.empty();
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

  /**
   * Every chart of a report (PNG at the default size), drawn concurrently, in their fixed order; a
   * chart the diary cannot support is listed as skipped with its reason.
   */
  public static List<RenderedChart> charts(Report report) {
    return Charts.renderAll(report, ChartOptions.withDefaults());
  }

  /** The report in a format; for HTML its charts are drawn and shown with their captions. */
  public static String render(Report report, ReportFormat format) {
    return render(report, format, format.showsCharts() ? charts(report) : List.of());
  }

  /**
   * The report in a format with charts already drawn (drawn once, written as files too); only HTML
   * shows them, each under its caption.
   */
  public static String render(Report report, ReportFormat format, List<RenderedChart> charts) {
    List<ChartImage> images =
        charts.stream()
            .filter(c -> !c.isSkipped() && c.format() == ImageFormat.PNG)
            .map(
                c ->
                    ChartImage.png(
                        c.name(), c.title(), Charts.caption(c.name(), report.outcome()), c.image()))
            .toList();
    return format.render(report, images);
  }

  /** Writes the cleaned diary as CSV, whole or not at all. */
  public static void writeCleaned(Diary diary, Path target) {
    CleanedDiaryWriter.write(diary, target);
  }
}
