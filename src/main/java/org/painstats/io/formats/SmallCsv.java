package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.io.DecodedText;
import org.painstats.io.DelimitedRecords;
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
    String name = path.toString();
    DecodedText text = DecodedText.read(path);
    SmallCsv csv = new SmallCsv(DelimitedRecords.read(name, text.text()));
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

  List<RawRecord> rows() {
    return records.subList(1, records.size());
  }
}
