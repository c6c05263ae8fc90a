package org.painstats.io;

import java.util.List;
import java.util.Map;
import org.painstats.diary.Issue;

/**
 * What a {@link DiaryReader} hands to the cleaner: a header and records, each with the line (or
 * element) of the input it came from.
 *
 * @param source the file name as given
 * @param format the layout read ({@code diary} for our CSV, {@code bearable}, {@code flaredown}...)
 * @param header the column names
 * @param rows the records, in input order
 * @param declared what the reader knows about some columns, by header; the others are judged from
 *     their header and values
 * @param longLayout whether the layout writes one reading per row (many rows per day by design):
 *     gathering the rows of a day is then the layout, not a merge of duplicate entries
 * @param fileIssues issues about the whole file (its encoding, rows of other users left out)
 * @param defaultOutcome the column to analyse when the file has no pain column and none is named
 *     (an app without pain ratings: Daylio's mood); said in an issue when used
 */
public record DiaryRecords(
    String source,
    String format,
    RawRecord header,
    List<RawRecord> rows,
    Map<String, ColumnSpec> declared,
    boolean longLayout,
    List<Issue> fileIssues,
    java.util.Optional<String> defaultOutcome) {
  public DiaryRecords {
    rows = List.copyOf(rows);
    declared = Map.copyOf(declared);
    fileIssues = List.copyOf(fileIssues);
  }
}
