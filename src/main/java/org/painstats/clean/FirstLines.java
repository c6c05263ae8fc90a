package org.painstats.clean;

import java.util.Arrays;
import org.painstats.diary.ImportSummary;

/**
 * The lines on which one spelling of a name was written: the first {@link ImportSummary#MAX_ISSUES}
 * kept, all counted. A spelling's later lines cannot be among the issues kept (as many issues of
 * earlier lines come before them), so they need only be counted.
 */
final class FirstLines {
  private long[] lines = new long[1];
  private int kept;
  private long total;

  void add(long line) {
    total++;
    if (kept == ImportSummary.MAX_ISSUES) {
      return;
    }
    if (kept == lines.length) {
      lines = Arrays.copyOf(lines, Math.min(kept * 2, ImportSummary.MAX_ISSUES));
    }
    lines[kept++] = line;
  }

  /** The first line. */
  long first() {
    return lines[0];
  }

  /** How many lines are kept. */
  int kept() {
    return kept;
  }

  /** The kept line {@code i}, in the order written. */
  long line(int i) {
    return lines[i];
  }

  /** How many lines were written, kept or not. */
  long total() {
    return total;
  }

  /**
   * Logs {@code issue} made for each kept line, and counts the lines past them as issues omitted.
   */
  void log(IssueLog issues, java.util.function.LongFunction<org.painstats.diary.Issue> issue) {
    for (int i = 0; i < kept; i++) {
      issues.add(issue.apply(lines[i]));
    }
    issues.omit(total - kept);
  }
}
