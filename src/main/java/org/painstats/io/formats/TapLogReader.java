package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.Optional;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.RawRecord;
import org.painstats.io.ReaderOptions;

/**
 * Reads a Tap Log (Android) export: one event per row, {@code timestamp} (ISO, its day as written),
 * the user's categories {@code cat1..cat9} ({@code Sport}, {@code Sport Str}), a {@code number} and
 * a {@code note}. Each category path is an activity; the number is a factor. An event log has no
 * rating: the hour of the day the events were logged is the outcome until another is named, so that
 * the file can be read and joined to a diary.
 */
public final class TapLogReader implements DiaryReader {

  @Override
  public String name() {
    return "taplog";
  }

  @Override
  public String description() {
    return "Tap Log export (Milliseconds, timezoneOffset, timestamp, ..., cat1..cat9, number,"
        + " note, ...)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "milliseconds", "timezoneoffset", "timestamp", "cat1");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    int ts = csv.column("timestamp");
    int hour = csv.column("timeofday");
    int number = csv.column("number");
    int note = csv.column("note");
    LongTable t = new LongTable("timestamp");
    for (RawRecord r : csv.rows()) {
      t.row(r.line(), r.get(ts));
      StringBuilder path2 = new StringBuilder();
      for (int c = 1; c <= 9; c++) {
        int i = csv.column("cat" + c);
        String v = i < 0 ? "" : r.get(i).strip();
        if (!v.isEmpty()) {
          path2.append(path2.length() == 0 ? "" : " ").append(v);
        }
      }
      t.set(path2.toString(), ColumnSpec.of(HeaderKind.FLAG), "yes", r.line());
      t.set("hour logged", ColumnSpec.of(HeaderKind.FACTOR), r.get(hour), r.line());
      if (number >= 0) {
        t.set("number", ColumnSpec.of(HeaderKind.FACTOR), r.get(number), r.line());
      }
      if (note >= 0) {
        t.set("note", ColumnSpec.of(HeaderKind.NOTES), r.get(note), r.line());
      }
    }
    return t.records(path.toString(), name(), csv.fileIssues, Optional.of("hour logged"));
  }
}
