package org.painstats.report;

import java.util.List;
import org.painstats.analysis.Report;

/** The formats a report is written in, each by its renderer. */
public enum ReportFormat {
  /** Plain text for a terminal: the findings first, then the tables. */
  TEXT,
  /** Markdown, the same content as the text. */
  MARKDOWN,
  /** The JSON report of {@code report-json.md}, schema 2. */
  JSON,
  /** One self-contained HTML page with its charts. */
  HTML;

  /** The report in this format; {@code charts} are shown by the HTML page only (in their order). */
  public String render(Report report, List<ChartImage> charts) {
    return switch (this) {
      case TEXT -> ReportText.text(report);
      case MARKDOWN -> ReportText.markdown(report);
      case JSON -> ReportJson.of(report);
      case HTML -> ReportHtml.of(report, charts);
    };
  }

  /** Whether this format shows charts. */
  public boolean showsCharts() {
    return this == HTML;
  }
}
