package org.painstats.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.Issue;

/**
 * What a {@link DiaryReader} hands to the cleaner: a header and records, each with the line (or
 * element) of the input it came from.
 *
 * @param source the file name as given
 * @param format the layout read ({@code diary} for our CSV, {@code bearable}, {@code flaredown}...)
 * @param header the column names
 * @param rows the records, in input order; a large file's are read from it again on each pass
 * @param declared what the reader knows about some columns, by header; the others are judged from
 *     their header and values
 * @param longLayout whether the layout writes one reading per row (many rows per day by design):
 *     gathering the rows of a day is then the layout, not a merge of duplicate entries
 * @param fileIssues issues about the whole file (its encoding, rows of other users left out)
 * @param defaultOutcome the column to analyse when the file has no pain column and none is named
 *     (an app without pain ratings: Daylio's mood); said in an issue when used
 * @param fileIssuesOmitted issues about the whole file found past the first {@link
 *     org.painstats.diary.ImportSummary#MAX_ISSUES} listed in {@code fileIssues}: counted, not kept
 */
public record DiaryRecords(
    String source,
    String format,
    RawRecord header,
    Rows rows,
    Map<String, ColumnSpec> declared,
    boolean longLayout,
    List<Issue> fileIssues,
    Optional<String> defaultOutcome,
    long fileIssuesOmitted) {
  public DiaryRecords {
    java.util.Objects.requireNonNull(rows, "rows");
    declared = Map.copyOf(declared);
    fileIssues = List.copyOf(fileIssues);
  }

  /** The records of an export gathered in memory, every file issue listed. */
  public DiaryRecords(
      String source,
      String format,
      RawRecord header,
      List<RawRecord> rows,
      Map<String, ColumnSpec> declared,
      boolean longLayout,
      List<Issue> fileIssues,
      Optional<String> defaultOutcome) {
    this(
        source, format, header, Rows.of(rows), declared, longLayout, fileIssues, defaultOutcome, 0);
  }

  /** The same records with another default outcome. */
  public DiaryRecords withDefaultOutcome(Optional<String> outcome) {
    return new DiaryRecords(
        source, format, header, rows, declared, longLayout, fileIssues, outcome, fileIssuesOmitted);
  }
}
