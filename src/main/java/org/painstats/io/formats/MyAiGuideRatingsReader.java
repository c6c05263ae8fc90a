package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.RawRecord;
import org.painstats.io.ReaderOptions;

/**
 * Reads MyAIGuide's rating files: {@code name,startday,startmonth,startyear,intensity[,date]} (one
 * rating per row: {@code Knee Pain}, {@code happiness}...) and {@code name,intensity,date}
 * (check-box observations). Each name is a factor; the pain named most often is the pain column, on
 * MyAIGuide's scale (1 "almost imperceivable" to 9.5 "worst pain ever", read as 0-10 so that no
 * rating is off it).
 */
public final class MyAiGuideRatingsReader implements DiaryReader {
  private static final Scale PAIN = Scale.of(0, 10, true);

  @Override
  public String name() {
    return "myaiguide";
  }

  @Override
  public String description() {
    return "MyAIGuide ratings (name, startday, startmonth, startyear, intensity[, date]) and"
        + " observations (name, intensity, date)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "name", "startday", "startmonth", "startyear", "intensity")
        || (head.keys(0).equals(java.util.List.of("name", "intensity", "date")));
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    int name = csv.column("name");
    int intensity = csv.column("intensity");
    int day = csv.column("startday");
    int month = csv.column("startmonth");
    int year = csv.column("startyear");
    int date = csv.column("date");
    LongTable t = new LongTable("date");
    Map<String, Integer> pain = new LinkedHashMap<>();
    Map<String, Integer> rated = new LinkedHashMap<>();
    int entryDate = 0;
    long firstEntryDate = 0;
    for (RawRecord r : csv.rows()) {
      boolean noStart =
          day < 0 || r.get(day).strip().matches("0?") || r.get(year).strip().matches("0?");
      if (day >= 0 && noStart && date >= 0) {
        entryDate++;
        firstEntryDate = firstEntryDate == 0 ? r.line() : firstEntryDate;
      }
      String d =
          !noStart
              ? r.get(year).strip() + "-" + r.get(month).strip() + "-" + r.get(day).strip()
              : date >= 0 ? r.get(date) : "";
      t.row(r.line(), d);
      String n = r.get(name).strip();
      boolean isPain =
          n.toLowerCase(Locale.ROOT).contains("pain") || n.equalsIgnoreCase("headache");
      t.set(
          n,
          isPain ? ColumnSpec.factor(PAIN) : ColumnSpec.of(HeaderKind.FACTOR),
          r.get(intensity),
          r.line());
      String header = t.header(HeaderKind.FACTOR, n).orElse(n);
      rated.merge(header, 1, Integer::sum);
      if (isPain) {
        pain.merge(header, 1, Integer::sum);
      }
    }
    if (entryDate > 0) {
      t.issue(
          new org.painstats.diary.Issue(
              firstEntryDate,
              csv.header().get(day),
              "0",
              entryDate + " ratings have no start date (0)",
              "dated by the day they were entered (" + csv.header().get(date) + ")",
              org.painstats.diary.Issue.Kind.CHANGED));
    }
    pain.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(
            e ->
                t.redeclare(
                    HeaderKind.FACTOR,
                    e.getKey(),
                    new ColumnSpec(HeaderKind.PAIN, Optional.of(PAIN))));
    Optional<String> outcome =
        rated.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    return t.records(path.toString(), name(), csv.fileIssues, outcome);
  }
}
