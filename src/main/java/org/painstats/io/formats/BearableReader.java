package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.RawRecord;
import org.painstats.io.ReaderOptions;

/**
 * Reads a Bearable export: one row per reading ({@code date, [date formatted,] weekday, time of
 * day, category, rating/amount, detail, notes}). Mood (1-10), energy and sleep quality (1-5) are
 * factors where higher is better; each symptom is a factor on Bearable's 0-4 severity, and the
 * symptom named most often with "pain" is the pain column; factors (of the day, of sleep, of food)
 * are activities; medication is an activity (taken) with its dose kept as text; sleep is hours;
 * health measurements are factors by their name.
 */
public final class BearableReader implements DiaryReader {
  private static final Pattern NAME_AND_LABEL = Pattern.compile("(.+?)\\s*\\(([^()]*)\\)\\s*");
  private static final Scale SYMPTOM = Scale.of(0, 4, true);

  @Override
  public String name() {
    return "bearable";
  }

  @Override
  public String description() {
    return "Bearable export (date, [date formatted,] weekday, time of day, category,"
        + " rating/amount, detail, notes)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "date", "category", "rating/amount", "detail");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    int iso = csv.column("dateformatted");
    int date = iso >= 0 ? iso : csv.column("date");
    int category = csv.column("category");
    int rating = csv.column("rating/amount");
    int detail = csv.column("detail");
    int notes = csv.column("notes");
    LongTable t = new LongTable(iso >= 0 ? "date formatted" : "date");
    Map<String, Integer> painRows = new LinkedHashMap<>();
    for (RawRecord r : csv.rows()) {
      long line = r.line();
      t.row(line, r.get(date));
      String cat = r.get(category).strip();
      String value = r.get(rating).strip();
      String det = r.get(detail).strip();
      switch (cat.toLowerCase(Locale.ROOT)) {
        case "mood" -> t.set("Mood", ColumnSpec.factor(Scale.of(1, 10, false)), value, line);
        case "energy" -> t.set("Energy", ColumnSpec.factor(Scale.of(1, 5, false)), value, line);
        case "sleep quality" ->
            t.set("Sleep quality", ColumnSpec.factor(Scale.of(1, 5, false)), value, line);
        case "sleep" -> t.set("Sleep", ColumnSpec.of(HeaderKind.SLEEP_HOURS), value, line);
        case "symptom" -> {
          String name = label(det).orElse(det);
          t.set(name, ColumnSpec.factor(SYMPTOM), value, line);
          if (name.toLowerCase(Locale.ROOT).contains("pain")) {
            painRows.merge(t.header(HeaderKind.FACTOR, name).orElse(name), 1, Integer::sum);
          }
        }
        case "factors", "sleep factors", "food diary factors" -> {
          for (String tag : det.split("\\|")) {
            t.set(tag, ColumnSpec.of(HeaderKind.FLAG), "yes", line);
          }
        }
        case "meds/supplements", "medication", "meds" -> {
          String name = label(det).orElse(det);
          t.set(name, ColumnSpec.of(HeaderKind.FLAG), "yes", line);
          t.set(
              "medication",
              ColumnSpec.of(HeaderKind.TEXT),
              (name + " " + value + " " + unit(det)).strip(),
              line);
        }
        case "health measurements" -> t.set(det, ColumnSpec.of(HeaderKind.FACTOR), value, line);
        case "gratitudes", "food diary", "bowel movements" ->
            t.set(cat, ColumnSpec.of(HeaderKind.TEXT), (value + " " + det).strip(), line);
        default -> {
          // custom ratings (Productivity, Social life...) are factors; anything else is text
          if (value.matches("[+-]?\\d+(\\.\\d+)?")) {
            t.set(cat, ColumnSpec.of(HeaderKind.FACTOR), value, line);
          } else {
            t.set(cat, ColumnSpec.of(HeaderKind.TEXT), (value + " " + det).strip(), line);
          }
        }
      }
      if (notes >= 0 && !r.get(notes).isBlank() && !r.get(notes).strip().equals(".")) {
        t.set("notes", ColumnSpec.of(HeaderKind.NOTES), r.get(notes).strip(), line);
      }
    }
    painRows.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(
            e ->
                t.redeclare(
                    HeaderKind.FACTOR,
                    e.getKey(),
                    new ColumnSpec(HeaderKind.PAIN, Optional.of(SYMPTOM))));
    return t.records(path.toString(), name(), csv.fileIssues, Optional.of("Mood"));
  }

  /** {@code Headache (Mild)} is the symptom {@code Headache}; {@code Hydroxyzine (mg)} too. */
  private static Optional<String> label(String detail) {
    Matcher m = NAME_AND_LABEL.matcher(detail);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String unit(String detail) {
    Matcher m = NAME_AND_LABEL.matcher(detail);
    return m.matches() ? m.group(2) : "";
  }
}
