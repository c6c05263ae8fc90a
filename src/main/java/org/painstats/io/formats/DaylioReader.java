package org.painstats.io.formats;

import java.nio.file.Path;
import java.time.Month;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.RawRecord;
import org.painstats.io.ReaderOptions;

/**
 * Reads a Daylio export, in its four layouts ({@code year,date,...} of 2017-18, {@code
 * full_date,...,note}, {@code ...,note_title,note}, {@code ...,scales,note_title,note}). The mood
 * label becomes a level from 1 (awful) to 5 (rad), higher is better, from the default labels (in
 * English, Polish, German, French, Spanish) and the labels given; a label without a level is an
 * issue. Activities are activities, scales are factors, notes are kept.
 */
public final class DaylioReader implements DiaryReader {
  private static final Scale MOOD = Scale.of(1, 5, false);
  private static final Map<String, Double> DEFAULT_LEVELS = defaults();
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?");
  private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})");

  @Override
  public String name() {
    return "daylio";
  }

  @Override
  public String description() {
    return "Daylio export (full_date or year, date, weekday, time, mood, activities, ...)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "mood", "activities", "weekday")
        && (head.hasKeys(0, "fulldate") || head.hasKeys(0, "year"));
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    Map<String, Double> levels = new LinkedHashMap<>(DEFAULT_LEVELS);
    levels.putAll(options.moodLevels());
    int full = csv.column("fulldate");
    int year = csv.column("year");
    int date = csv.column("date");
    int mood = csv.column("mood");
    int activities = csv.column("activities");
    int scales = csv.column("scales");
    int title = csv.column("notetitle");
    int note = csv.column("note");
    LongTable t = new LongTable("date");
    Map<String, Integer> unknown = new TreeMap<>();
    long firstUnknown = 0;
    for (RawRecord r : csv.rows()) {
      long line = r.line();
      t.row(line, full >= 0 ? r.get(full) : yearDate(r.get(year), r.get(date)));
      String label = r.get(mood).strip();
      Double level = levels.get(label.toLowerCase(Locale.ROOT));
      if (level == null && !label.isEmpty()) {
        unknown.merge(label, 1, Integer::sum);
        firstUnknown = firstUnknown == 0 ? line : firstUnknown;
      }
      t.set("mood", ColumnSpec.factor(MOOD), level == null ? label : fmt(level), line);
      for (String a : r.get(activities).split("\\|")) {
        t.set(a, ColumnSpec.of(HeaderKind.FLAG), "yes", line);
      }
      if (scales >= 0) {
        for (String s : r.get(scales).split("\\|")) {
          String[] kv = s.split(":", 2);
          if (kv.length == 2) {
            t.set(
                kv[0],
                ColumnSpec.of(HeaderKind.FACTOR),
                kv[1].replace('\u00a0', ' ').strip(),
                line);
          }
        }
      }
      if (title >= 0) {
        t.set("note title", ColumnSpec.of(HeaderKind.TEXT), r.get(title), line);
      }
      if (note >= 0) {
        t.set("note", ColumnSpec.of(HeaderKind.NOTES), r.get(note), line);
      }
    }
    if (!unknown.isEmpty()) {
      t.issue(
          new Issue(
              firstUnknown,
              "mood",
              String.join(", ", unknown.keySet()),
              unknown.size()
                  + " mood labels have no level (only rad, good, meh, bad, awful and their"
                  + " translations do)",
              "their entries' mood set missing; give each label a level from 1 to 5 (mood levels)",
              Issue.Kind.NOTE));
    }
    return t.records(path.toString(), name(), csv.fileIssues, Optional.of("mood"));
  }

  private static String fmt(double level) {
    return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
  }

  /** The old layout: {@code 2018} and {@code June 22} or {@code 7 września} make a date. */
  static String yearDate(String year, String date) {
    String d = date.strip().toLowerCase(Locale.ROOT);
    Matcher m = DAY_MONTH.matcher(d);
    Integer month = null;
    int day = 0;
    if (m.matches()) {
      month = MONTHS.get(m.group(2));
      day = Integer.parseInt(m.group(1));
    } else if ((m = MONTH_DAY.matcher(d)).matches()) {
      month = MONTHS.get(m.group(1));
      day = Integer.parseInt(m.group(2));
    }
    if (month == null || !year.strip().matches("\\d{4}")) {
      return (date + " " + year).strip();
    }
    return String.format(Locale.ROOT, "%s-%02d-%02d", year.strip(), month, day);
  }

  private static final Map<String, Integer> MONTHS = months();

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new LinkedHashMap<>();
    List<List<String>> names =
        List.of(
            // English, in any locale: the names of java.time's months
            Arrays.stream(Month.values()).map(mo -> mo.name().toLowerCase(Locale.ROOT)).toList(),
            Arrays.stream(Month.values())
                .map(mo -> mo.name().toLowerCase(Locale.ROOT).substring(0, 3))
                .toList(),
            // Polish genitive, as Daylio writes "7 września"
            List.of(
                "stycznia",
                "lutego",
                "marca",
                "kwietnia",
                "maja",
                "czerwca",
                "lipca",
                "sierpnia",
                "września",
                "października",
                "listopada",
                "grudnia"),
            List.of(
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember"),
            List.of(
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre"),
            List.of(
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre"));
    for (List<String> l : names) {
      for (int i = 0; i < 12; i++) {
        m.putIfAbsent(l.get(i), i + 1);
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, Double> defaults() {
    Map<String, Double> m = new LinkedHashMap<>();
    String[][] labels = {
      {"rad", "good", "meh", "bad", "awful"},
      {"wspaniale", "dobrze", "tak sobie", "źle", "okropnie"},
      {"super", "gut", "okay", "schlecht", "furchtbar"},
      {"génial", "bien", "bof", "mal", "affreux"},
      {"genial", "bien", "regular", "mal", "horrible"},
    };
    for (String[] l : labels) {
      for (int i = 0; i < 5; i++) {
        m.putIfAbsent(l[i], 5.0 - i);
      }
    }
    return Map.copyOf(m);
  }
}
