package org.painstats.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;

/**
 * Reads a diary kept as a spreadsheet: CSV, TSV or semicolon-separated, header first, one row per
 * entry, columns matched by their headers (the diary format). It reads any text file, so the
 * registry tries it last.
 */
public final class CsvDiaryReader implements DiaryReader {

  @Override
  public String name() {
    return "diary";
  }

  @Override
  public String description() {
    return "a diary kept as a spreadsheet (CSV, TSV or ;-separated), header first; any other text"
        + " file";
  }

  @Override
  public boolean recognises(FileHead head) {
    return true;
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    String name = path.toString();
    DecodedText text = DecodedText.read(path);
    List<Issue> fileIssues = new ArrayList<>();
    for (long line : text.badLines()) {
      fileIssues.add(
          new Issue(
              line,
              "",
              "",
              "a byte that is not UTF-8",
              "replaced by \ufffd; the rest of the file read as UTF-8",
              Issue.Kind.CHANGED));
    }
    if (text.fellBack()) {
      fileIssues.add(
          new Issue(
              0,
              "",
              "",
              "not UTF-8 text",
              "read as Windows-1252 (save as UTF-8 to be sure)",
              Issue.Kind.NOTE));
    }
    List<RawRecord> records = DelimitedRecords.read(name, text.text());
    if (records.isEmpty()) {
      throw new DiaryFormatException(name + ": is empty; a diary needs a header line and rows");
    }
    if (records.size() == 1) {
      throw new DiaryFormatException(
          name + ": has a header " + records.get(0).values() + " but no rows");
    }
    return new DiaryRecords(
        name,
        name(),
        records.get(0),
        records.subList(1, records.size()),
        Map.of(),
        false,
        fileIssues,
        java.util.Optional.empty());
  }
}
