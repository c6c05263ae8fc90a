package org.painstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.painstats.analysis.Report;
import org.painstats.chart.ChartOptions;
import org.painstats.chart.Charts;
import org.painstats.chart.RenderedChart;
import org.painstats.report.ChartImage;

/**
 * The charts of a report, drawn once (concurrently) and used twice: embedded in the HTML page and,
 * with {@code --charts DIR}, written as files.
 */
final class ReportCharts {
  /** What each chart shows, by the name after its number. */
  private static final Map<String, String> CAPTIONS =
      Map.of(
          "trend", "Daily pain, its 7-day rolling mean, approach periods shaded, the trend line.",
          "factors",
              "Each factor's correlation with pain at its strongest lag, with its 95% interval.",
          "lags", "Correlation with pain by lag (days before), with 95% intervals.",
          "scatter",
              "Pain against the factor, day by day, with a fitted line (whole points jittered).",
          "approaches", "Pain by period: the baseline, then each approach in the order tried.",
          "activities", "Difference in pain with and without each activity, with 95% intervals.",
          "weekday", "Mean pain by weekday, with 95% intervals.",
          "calendar", "Daily pain as a calendar: weeks across, weekdays down; darker is worse.");

  private final List<RenderedChart> rendered;

  private ReportCharts(List<RenderedChart> rendered) {
    this.rendered = rendered;
  }

  /** Draws every chart of the report (PNG, default size). */
  static ReportCharts draw(Report report) {
    return new ReportCharts(Charts.renderAll(report, ChartOptions.withDefaults()));
  }

  /** None, for formats that show no chart. */
  static ReportCharts none() {
    return new ReportCharts(List.of());
  }

  /** The drawn charts as images for the HTML report, in order. */
  List<ChartImage> images() {
    return rendered.stream()
        .filter(r -> !r.isSkipped())
        .map(r -> ChartImage.png(r.name(), r.title(), caption(r.name()), r.image()))
        .toList();
  }

  /** Writes the drawn charts as a folder, whole or not at all; returns how many were written. */
  int write(Path dir) {
    Charts.write(rendered, dir);
    return (int) rendered.stream().filter(r -> !r.isSkipped()).count();
  }

  /** The charts that could not be drawn, each with its reason. */
  List<String> skipped() {
    return rendered.stream()
        .filter(RenderedChart::isSkipped)
        .map(r -> r.name() + ": " + r.skipped().orElseThrow())
        .toList();
  }

  private static String caption(String name) {
    String kind = name.replaceFirst("^\\d+-", "").replaceFirst("-.*", "");
    return CAPTIONS.getOrDefault(kind, "");
  }
}
