package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.ReaderOptions;

/**
 * Reads an N-of-1 trial's momentary assessments in the nof1kit layout ({@code datetime, date,
 * study_day, <ratings 0-100>, <treatment 0/1>, condition, <rating>_daily_mean}): each prompt a
 * record, the condition of the day its approach, the ratings factors on 0-100, the first rating the
 * outcome. The daily means are the package's own summary of a rating, kept as text so that a rating
 * is not analysed against itself.
 */
public final class MelatoninEmaReader implements DiaryReader {

  @Override
  public String name() {
    return "nof1kit";
  }

  @Override
  public String description() {
    return "N-of-1 trial prompts, nof1kit layout (datetime, date, study_day, ratings, condition)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "date", "studyday", "condition");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    String outcome = null;
    for (String h : csv.header().values()) {
      String k = Headers.key(h);
      if (k.equals("date")) {
        declared.put(h, ColumnSpec.of(HeaderKind.DATE));
      } else if (k.equals("datetime") || k.endsWith("dailymean")) {
        declared.put(h, ColumnSpec.of(HeaderKind.TEXT));
      } else if (k.equals("condition")) {
        declared.put(h, ColumnSpec.of(HeaderKind.APPROACH));
      } else if (k.equals("studyday")) {
        declared.put(h, ColumnSpec.of(HeaderKind.FACTOR));
      } else if (isFlag(csv, h)) {
        declared.put(h, ColumnSpec.of(HeaderKind.FLAG));
      } else {
        declared.put(h, ColumnSpec.factor(Scale.of(0, 100, Scale.higherIsWorseByName(h))));
        outcome = outcome == null ? h : outcome;
      }
    }
    return csv.wide(path.toString(), name(), declared, Optional.ofNullable(outcome));
  }

  private static boolean isFlag(SmallCsv csv, String header) {
    int i = csv.header().values().indexOf(header);
    return csv.rows().stream()
        .map(r -> r.get(i).strip())
        .allMatch(v -> v.isEmpty() || v.equals("0") || v.equals("1"));
  }
}
