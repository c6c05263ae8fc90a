package org.painstats.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;

/**
 * Reads a diary kept as a spreadsheet: CSV, TSV or semicolon-separated, header first, one row per
 * entry, columns matched by their headers (the diary format). It reads any text file, so the
 * registry tries it last. The records are streamed from the file, never held all at once, so that
 * memory grows with the diary's days and columns, not with its bytes.
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
    StreamedText text = StreamedText.open(path);
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
    StreamedRecords records = new StreamedRecords(name, text);
    List<RawRecord> head = records.first(2);
    if (head.isEmpty()) {
      throw new DiaryFormatException(name + ": is empty; a diary needs a header line and rows");
    }
    if (head.size() == 1) {
      throw new DiaryFormatException(
          name + ": has a header " + head.get(0).values() + " but no rows");
    }
    return new DiaryRecords(
        name,
        name(),
        head.get(0),
        records.rows(),
        Map.of(),
        false,
        fileIssues,
        Optional.empty(),
        text.badLineCount() - text.badLines().length);
  }
}
