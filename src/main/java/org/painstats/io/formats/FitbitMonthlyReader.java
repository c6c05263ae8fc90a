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
import org.painstats.io.ReaderOptions;

/**
 * Reads Fitbit's monthly "Export data" CSV, in English or French: a section title line ({@code
 * Activities}, {@code Activités}), then {@code Date,Calories Burned,Steps,...}. Every column is a
 * factor; steps are the outcome until another is named (a tracker has no pain). The dates ({@code
 * 01-09-2016}) and the locale's separators ({@code "1,773"}, {@code "8,66"}) are read by the
 * cleaner's rules, column by column.
 */
public final class FitbitMonthlyReader implements DiaryReader {

  @Override
  public String name() {
    return "fitbit-monthly";
  }

  @Override
  public String description() {
    return "Fitbit monthly export (a title line, then Date,Calories Burned,Steps,... or the"
        + " French Date,Calories brûlées,Pas,...)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.keys(0).size() == 1
        && head.hasKeys(1, "date", "distance")
        && (head.hasKeys(1, "steps") || head.hasKeys(1, "pas"));
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path, 1);
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    String steps = "Steps";
    for (String h : csv.header().values()) {
      String k = org.painstats.io.Headers.key(h);
      if (k.equals("date")) {
        declared.put(h, ColumnSpec.of(HeaderKind.DATE));
      } else {
        declared.put(h, ColumnSpec.of(HeaderKind.FACTOR));
        if (k.equals("steps") || k.equals("pas")) {
          steps = h;
        }
      }
    }
    return csv.wide(path.toString(), "fitbit", declared, Optional.of(steps));
  }
}
