package org.painstats.diary;

import java.util.List;

/**
 * How the records of a diary file were accounted for: {@code records = kept + merged + rejected}.
 *
 * @param source the file name as given (or a label for diaries built in code)
 * @param records data records read (blank lines are not records)
 * @param kept records that became a day of the diary (one per day)
 * @param merged records folded into a day already kept
 * @param rejected records dropped, each with an issue saying why
 * @param issues the problems found, in line order: every one up to {@link #MAX_ISSUES}, past that
 *     the first {@code MAX_ISSUES} by line
 * @param format the layout read: {@code diary} for a spreadsheet diary, or the app ({@code
 *     bearable}, {@code daylio}, {@code flaredown}...)
 * @param issuesOmitted the problems found past those listed: counted, not kept, so that a diary of
 *     millions of rows does not keep millions of issues
 */
public record ImportSummary(
    String source,
    int records,
    int kept,
    int merged,
    int rejected,
    List<Issue> issues,
    String format,
    long issuesOmitted) {

  /**
   * How many issues cleaning keeps, the first by line; the rest are counted in {@link
   * #issuesOmitted}.
   */
  public static final int MAX_ISSUES = 10_000;

  /** The summary of a file whose issues are all listed. */
  public ImportSummary(
      String source,
      int records,
      int kept,
      int merged,
      int rejected,
      List<Issue> issues,
      String format) {
    this(source, records, kept, merged, rejected, issues, format, 0);
  }

  /** The summary of a spreadsheet diary. */
  public ImportSummary(
      String source, int records, int kept, int merged, int rejected, List<Issue> issues) {
    this(source, records, kept, merged, rejected, issues, "diary");
  }

  public ImportSummary {
    issues = List.copyOf(issues);
    java.util.Objects.requireNonNull(format, "format");
    if (issuesOmitted < 0) {
      throw new IllegalArgumentException("issuesOmitted " + issuesOmitted + " < 0");
    }
    if (records != kept + merged + rejected) {
      throw new IllegalArgumentException(
          "records ("
              + records
              + ") != kept + merged + rejected ("
              + kept
              + "+"
              + merged
              + "+"
              + rejected
              + ")");
    }
  }

  /** One line: {@code diary.csv: 15 records = 12 kept + 1 merged + 2 rejected, 13 issues}. */
  @Override
  public String toString() {
    return source
        + ": "
        + records
        + " records = "
        + kept
        + " kept + "
        + merged
        + " merged + "
        + rejected
        + " rejected, "
        + issueCount()
        + " issues";
  }

  /** How many issues were found: those listed and those counted only. */
  public long issueCount() {
    return issues.size() + issuesOmitted;
  }

  /** The summary of a diary built in code: every record kept, nothing to report. */
  public static ImportSummary ofDays(String source, int days) {
    return new ImportSummary(source, days, days, 0, 0, List.of());
  }
}
