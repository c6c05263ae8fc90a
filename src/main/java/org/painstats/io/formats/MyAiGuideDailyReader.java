package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.RawRecord;
import org.painstats.io.ReaderOptions;

/**
 * Reads MyAIGuide participant 1's files with split dates ({@code year,month,day,...}), after an
 * optional title line, where a blank year or month means the row above's (the title says so).
 * {@code pain.csv} has one row per body region ({@code region,side,intensity}): each region is a
 * factor, the one rated most often the pain column. Other files ({@code sport.csv}, {@code
 * eyeRelatedActivities.csv}) are wide: numbers are factors, the column with most values the outcome
 * until another is named.
 */
public final class MyAiGuideDailyReader implements DiaryReader {
  private static final Scale PAIN = Scale.of(0, 10, true);

  @Override
  public String name() {
    return "myaiguide-daily";
  }

  @Override
  public String description() {
    return "MyAIGuide daily files with split dates (year, month, day, ...), blank year or month"
        + " carried from the row above";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "year", "month", "day") || head.hasKeys(1, "year", "month", "day");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    int headerIndex = FileHead.of(path).hasKeys(0, "year", "month", "day") ? 0 : 1;
    SmallCsv csv = SmallCsv.read(path, headerIndex);
    int year = csv.column("year");
    int month = csv.column("month");
    int day = csv.column("day");
    List<String> dates = new ArrayList<>();
    String y = "";
    String m = "";
    String d = "";
    int carried = 0;
    long firstCarried = 0;
    for (RawRecord r : csv.rows()) {
      boolean carry = r.get(year).isBlank() || r.get(month).isBlank() || r.get(day).isBlank();
      if (carry && !r.isBlank()) {
        carried++;
        firstCarried = firstCarried == 0 ? r.line() : firstCarried;
      }
      y = r.get(year).isBlank() ? y : r.get(year).strip();
      m = r.get(month).isBlank() ? m : r.get(month).strip();
      d = r.get(day).isBlank() ? d : r.get(day).strip();
      dates.add(r.isBlank() || d.isEmpty() ? "" : y + "-" + m + "-" + d);
    }
    if (carried > 0) {
      csv.fileIssues.add(
          new Issue(
              firstCarried,
              "year",
              "",
              carried + " rows leave the year, month or day blank",
              "the row above's taken, as the file's layout says (blank = as before)",
              Issue.Kind.CHANGED));
    }
    if (csv.column("region") >= 0) {
      return regions(csv, dates, path);
    }
    List<String> header = new ArrayList<>(csv.header().values());
    header.add(0, "date");
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    declared.put("date", ColumnSpec.of(HeaderKind.DATE));
    String outcome = null;
    int most = 0;
    for (int i = 0; i < csv.header().values().size(); i++) {
      String h = csv.header().get(i);
      if (i == year || i == month || i == day) {
        declared.put(h, ColumnSpec.of(HeaderKind.TEXT));
        continue;
      }
      int numbers = 0;
      for (RawRecord r : csv.rows()) {
        numbers += r.get(i).strip().matches("[+-]?\\d+(\\.\\d+)?") ? 1 : 0;
      }
      if (numbers > most && !Headers.key(h).isEmpty()) {
        most = numbers;
        outcome = h;
      }
    }
    List<RawRecord> rows = new ArrayList<>();
    for (int i = 0; i < csv.rows().size(); i++) {
      RawRecord r = csv.rows().get(i);
      List<String> v = new ArrayList<>(r.values());
      v.add(0, dates.get(i));
      rows.add(new RawRecord(r.line(), v));
    }
    return new DiaryRecords(
        path.toString(),
        "myaiguide",
        new RawRecord(csv.header().line(), header),
        rows,
        declared,
        false,
        csv.fileIssues,
        Optional.ofNullable(outcome));
  }

  private DiaryRecords regions(SmallCsv csv, List<String> dates, Path path) {
    int region = csv.column("region");
    int side = csv.column("side");
    int intensity = csv.column("intensity");
    LongTable t = new LongTable("date");
    Map<String, Integer> rated = new LinkedHashMap<>();
    for (int i = 0; i < csv.rows().size(); i++) {
      RawRecord r = csv.rows().get(i);
      t.row(r.line(), dates.get(i));
      String name = (r.get(region).strip() + " " + r.get(side).strip()).strip();
      if (name.isEmpty()) {
        continue;
      }
      t.set(name, ColumnSpec.factor(PAIN), r.get(intensity), r.line());
      rated.merge(t.header(HeaderKind.FACTOR, name).orElse(name), 1, Integer::sum);
    }
    rated.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(
            e ->
                t.redeclare(
                    HeaderKind.FACTOR,
                    e.getKey(),
                    new ColumnSpec(HeaderKind.PAIN, Optional.of(PAIN))));
    return t.records(path.toString(), "myaiguide", csv.fileIssues, Optional.empty());
  }
}
