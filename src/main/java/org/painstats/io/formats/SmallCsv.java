package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DecodedText;
import org.painstats.io.DelimitedRecords;
import org.painstats.io.DiaryRecords;
import org.painstats.io.RawRecord;

/** The records of an app's CSV export small enough to hold (a diary app's years of entries). */
final class SmallCsv {
  final List<RawRecord> records;
  final List<Issue> fileIssues = new ArrayList<>();

  private SmallCsv(List<RawRecord> records) {
    this.records = records;
  }

  /**
   * Reads a file; {@code records.get(0)} is the header.
   *
   * @throws DiaryFormatException if it has no rows
   */
  static SmallCsv read(Path path) {
    return read(path, 0);
  }

  /**
   * Reads a file whose header is record {@code headerIndex} (after a title line); the lines before
   * it are said in an issue, not counted as records.
   */
  static SmallCsv read(Path path, int headerIndex) {
    String name = path.toString();
    DecodedText text = DecodedText.read(path);
    List<RawRecord> all = DelimitedRecords.read(name, text.text());
    SmallCsv csv = new SmallCsv(all.subList(Math.min(headerIndex, all.size()), all.size()));
    for (int i = 0; i < headerIndex && i < all.size(); i++) {
      csv.fileIssues.add(
          new Issue(
              all.get(i).line(),
              "",
              String.join(",", all.get(i).values()).replaceAll(",+$", ""),
              "a title above the header",
              "not a record",
              Issue.Kind.NOTE));
    }
    for (long line : text.badLines()) {
      csv.fileIssues.add(
          new Issue(
              line,
              "",
              "",
              "a byte that is not UTF-8",
              "replaced by \ufffd; the rest of the file read as UTF-8",
              Issue.Kind.CHANGED));
    }
    if (text.fellBack()) {
      csv.fileIssues.add(
          new Issue(
              0,
              "",
              "",
              "not UTF-8 text",
              "read as Windows-1252 (save as UTF-8 to be sure)",
              Issue.Kind.NOTE));
    }
    if (csv.records.size() < 2) {
      throw new DiaryFormatException(name + ": has a header but no rows");
    }
    return csv;
  }

  /** The index of a column by header key, or -1. */
  int column(String key) {
    List<String> h = records.get(0).values();
    for (int i = 0; i < h.size(); i++) {
      if (org.painstats.io.Headers.key(h.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The header. */
  RawRecord header() {
    return records.get(0);
  }

  /** The records as they are, with what the reader knows of some columns. */
  DiaryRecords wide(
      String source, String format, Map<String, ColumnSpec> declared, Optional<String> outcome) {
    return new DiaryRecords(source, format, header(), rows(), declared, false, fileIssues, outcome);
  }

  List<RawRecord> rows() {
    return records.subList(1, records.size());
  }
}
