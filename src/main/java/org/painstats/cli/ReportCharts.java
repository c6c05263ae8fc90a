package org.painstats.cli;

import java.nio.file.Path;
import java.util.List;
import org.painstats.PainStats;
import org.painstats.analysis.Report;
import org.painstats.chart.Charts;
import org.painstats.chart.RenderedChart;

/**
 * The charts of a report, drawn once (concurrently) and used twice: embedded in the HTML page and,
 * with {@code --charts DIR}, written as files.
 */
final class ReportCharts {
  private final List<RenderedChart> rendered;

  private ReportCharts(List<RenderedChart> rendered) {
    this.rendered = rendered;
  }

  /** Draws every chart of the report (PNG, default size). */
  static ReportCharts draw(Report report) {
    return new ReportCharts(PainStats.charts(report));
  }

  /** None, for formats that show no chart. */
  static ReportCharts none() {
    return new ReportCharts(List.of());
  }

  /** The drawn charts, in order (skipped ones with their reasons). */
  List<RenderedChart> rendered() {
    return rendered;
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
}
