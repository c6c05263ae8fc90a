package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.ReaderOptions;

/**
 * Reads Oura's classic CSV export: one row per day, {@code date} then scores, durations in seconds
 * (kept as written) and bedtimes (text). Scores are 0-100, higher is better; the sleep score is the
 * outcome until another is named.
 */
public final class OuraReader implements DiaryReader {

  @Override
  public String name() {
    return "oura";
  }

  @Override
  public String description() {
    return "Oura classic export (date, Sleep Score, ..., Bedtime Start, Bedtime End, ...)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "date", "sleepscore", "bedtimestart");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    for (String h : csv.header().values()) {
      String k = Headers.key(h);
      if (k.equals("date")) {
        declared.put(h, ColumnSpec.of(HeaderKind.DATE));
      } else if (k.startsWith("bedtime")) {
        declared.put(h, ColumnSpec.of(HeaderKind.TEXT));
      } else if (k.endsWith("score")) {
        declared.put(h, ColumnSpec.factor(org.painstats.diary.Scale.of(0, 100, false)));
      } else {
        declared.put(h, ColumnSpec.of(HeaderKind.FACTOR));
      }
    }
    return csv.wide(path.toString(), name(), declared, Optional.of("Sleep Score"));
  }
}
