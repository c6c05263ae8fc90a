package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.RawRecord;
import org.painstats.io.ReaderOptions;

/**
 * Reads Flaredown's per-user "export my data" file: one row per check-in day, {@code Date}, one
 * column per condition, symptom and treatment, then {@code Tags, Foods} and six weather columns. A
 * column of numbers is a condition or symptom on the 0-4 scale; any other trackable column is a
 * treatment: {@code Not Taken} is not taken, a dose or {@code Taken} is taken, and the dose is kept
 * as text beside it.
 */
public final class FlaredownWideReader implements DiaryReader {

  @Override
  public String name() {
    return "flaredown-user";
  }

  @Override
  public String description() {
    return "Flaredown per-user export (Date, <conditions, symptoms, treatments>, Tags, Foods,"
        + " Weather summary, ...)";
  }

  @Override
  public boolean recognises(FileHead head) {
    List<String> keys = head.keys(0);
    return !keys.isEmpty()
        && keys.get(0).equals("date")
        && keys.contains("tags")
        && keys.contains("foods")
        && keys.contains("weathersummary");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    List<String> header = csv.records.get(0).values();
    int tags = csv.column("tags");
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    List<String> outHeader = new ArrayList<>(header);
    List<Integer> treatments = new ArrayList<>();
    String pain = null;
    String rated = null;
    int ratedCount = -1;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      String k = Headers.key(h);
      if (i == 0) {
        declared.put(h, ColumnSpec.of(HeaderKind.DATE));
      } else if (i < tags) {
        if (numeric(csv.rows(), i)) {
          declared.put(h, ColumnSpec.factor(FlaredownReader.SEVERITY));
          int n = count(csv.rows(), i);
          if (FlaredownReader.isPain(h)
              && (pain == null || n > count(csv.rows(), header.indexOf(pain)))) {
            pain = h;
          }
          if (n > ratedCount) {
            rated = h;
            ratedCount = n;
          }
        } else {
          declared.put(h, ColumnSpec.of(HeaderKind.FLAG));
          treatments.add(i);
          outHeader.add(h + " dose");
          declared.put(h + " dose", ColumnSpec.of(HeaderKind.TEXT));
        }
      } else if (k.equals("tags") || k.equals("foods")) {
        declared.put(h, ColumnSpec.of(HeaderKind.ACTIVITIES));
      } else if (k.equals("weathersummary")) {
        declared.put(h, ColumnSpec.of(HeaderKind.TEXT));
      } else {
        declared.put(h, ColumnSpec.of(HeaderKind.FACTOR));
      }
    }
    if (pain != null) {
      declared.put(pain, new ColumnSpec(HeaderKind.PAIN, Optional.of(FlaredownReader.SEVERITY)));
    }
    List<RawRecord> rows = new ArrayList<>();
    for (RawRecord r : csv.rows()) {
      List<String> v = new ArrayList<>(r.values());
      while (v.size() < header.size()) {
        v.add("");
      }
      for (int i : treatments) {
        String cell = v.get(i).strip();
        boolean notTaken = cell.isEmpty() || cell.toLowerCase(Locale.ROOT).equals("not taken");
        v.set(i, notTaken ? "no" : "yes");
        v.add(cell);
      }
      rows.add(new RawRecord(r.line(), v));
    }
    return new DiaryRecords(
        path.toString(),
        "flaredown",
        new RawRecord(csv.records.get(0).line(), outHeader),
        rows,
        declared,
        false,
        csv.fileIssues,
        Optional.ofNullable(rated));
  }

  private static boolean numeric(List<RawRecord> rows, int i) {
    for (RawRecord r : rows) {
      String c = r.get(i).strip();
      if (!c.isEmpty() && !c.matches("[+-]?\\d+(\\.\\d+)?")) {
        return false;
      }
    }
    return true;
  }

  private static int count(List<RawRecord> rows, int i) {
    int n = 0;
    for (RawRecord r : rows) {
      n += r.get(i).isBlank() ? 0 : 1;
    }
    return n;
  }
}
