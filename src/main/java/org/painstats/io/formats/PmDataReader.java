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
 * Reads PMData's PMSys and Fitbit files: {@code wellness.csv} (fatigue, mood, sleep quality,
 * soreness and stress on 1-5 where 5 is the best state, so soreness 5 is "not sore"; readiness
 * 0-10), {@code sleep_score.csv}, {@code srpe.csv} (training sessions), {@code injury.csv} and
 * {@code reporting.csv}. Wellness analyses soreness, the pain-like item, with its direction
 * declared: a higher soreness value is better.
 */
public final class PmDataReader implements DiaryReader {
  private static final Scale BEST_IS_5 = Scale.of(1, 5, false);

  @Override
  public String name() {
    return "pmdata";
  }

  @Override
  public String description() {
    return "PMData / PMSys files (wellness.csv, sleep_score.csv, srpe.csv, injury.csv,"
        + " reporting.csv)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "effectivetimeframe", "soreness")
        || head.hasKeys(0, "sleeplogentryid", "overallscore")
        || head.hasKeys(0, "enddatetime", "perceivedexertion")
        || head.hasKeys(0, "effectivetimeframe", "injuries")
        || head.hasKeys(0, "date", "glassesoffluid");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    String outcome = null;
    for (String h : csv.header().values()) {
      String k = Headers.key(h);
      switch (k) {
        case "effectivetimeframe", "timestamp", "enddatetime" -> {
          if (csv.column("date") < 0 || !k.equals("timestamp")) {
            declared.put(h, ColumnSpec.of(HeaderKind.DATE));
          } else {
            declared.put(h, ColumnSpec.of(HeaderKind.TEXT));
          }
        }
        case "date" -> declared.put(h, ColumnSpec.of(HeaderKind.DATE));
        case "fatigue", "mood", "sleepquality", "soreness", "stress" ->
            declared.put(h, ColumnSpec.factor(BEST_IS_5));
        case "readiness" -> declared.put(h, ColumnSpec.factor(Scale.of(0, 10, false)));
        case "sleepdurationh" -> declared.put(h, ColumnSpec.of(HeaderKind.SLEEP_HOURS));
        case "sorenessarea", "injuries", "meals", "sleeplogentryid" ->
            declared.put(h, ColumnSpec.of(HeaderKind.TEXT));
        case "activitynames" -> declared.put(h, ColumnSpec.of(HeaderKind.ACTIVITIES));
        case "alcoholconsumed" -> declared.put(h, ColumnSpec.of(HeaderKind.FLAG));
        default -> declared.put(h, ColumnSpec.of(HeaderKind.FACTOR));
      }
      if (outcome == null
          && (k.equals("soreness")
              || k.equals("overallscore")
              || k.equals("perceivedexertion")
              || k.equals("weight"))) {
        outcome = h;
      }
    }
    if (outcome == null && csv.column("injuries") >= 0) {
      // injuries are text by body part; the diary has no rating, so the count of reports is kept
      return injuries(csv, path);
    }
    return csv.wide(path.toString(), name(), declared, Optional.ofNullable(outcome));
  }

  /** {@code injury.csv}: one row per report, the injuries as text and a 0/1 "injured" factor. */
  private DiaryRecords injuries(SmallCsv csv, Path path) {
    LongTable t = new LongTable(csv.header().get(0));
    int inj = csv.column("injuries");
    for (var r : csv.rows()) {
      t.row(r.line(), r.get(0));
      String v = r.get(inj).strip();
      boolean none = v.isEmpty() || v.equals("{}");
      t.set("injured", ColumnSpec.factor(Scale.of(0, 1, true)), none ? "0" : "1", r.line());
      if (!none) {
        t.set("injuries", ColumnSpec.of(HeaderKind.TEXT), v, r.line());
      }
    }
    return t.records(path.toString(), name(), csv.fileIssues, Optional.of("injured"));
  }
}
