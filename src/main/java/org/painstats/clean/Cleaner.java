package org.painstats.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumns;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.ImportSummary;
import org.painstats.diary.Issue;
import org.painstats.io.RawRecord;

/**
 * Turns the records of a diary file into a {@link Diary}, following the diary format: every record
 * is kept (the first of its day), merged into its day, or rejected, and every value changed,
 * dropped or judged invalid becomes an {@link Issue} with its line.
 */
public final class Cleaner {
  private final String file;
  private final List<Issue> issues = new ArrayList<>();
  private final TreeMap<LocalDate, DayEntry> days = new TreeMap<>();
  private final Set<String> activityNames = new LinkedHashSet<>();
  private final Map<String, Map<String, Integer>> approachSpellings = new LinkedHashMap<>();
  private final List<long[]> approachCells = new ArrayList<>();
  private final List<String> approachRaw = new ArrayList<>();
  private int merged;
  private int rejected;

  private Cleaner(String file) {
    this.file = file;
  }

  /**
   * Cleans the records of a file whose first record is the header.
   *
   * @param file the file name, for messages and the summary
   * @param fileIssues issues found before the records (the encoding), kept in the log
   * @throws DiaryFormatException if there is no header, no rows, no date or no pain column, or
   *     dates that cannot be read unambiguously
   */
  public static Diary clean(
      String file, List<RawRecord> records, List<Issue> fileIssues, ImportOptions options) {
    if (records.isEmpty()) {
      throw new DiaryFormatException(file + ": is empty; a diary needs a header line and rows");
    }
    if (records.size() == 1) {
      throw new DiaryFormatException(
          file + ": has a header " + records.get(0).values() + " but no rows");
    }
    Cleaner c = new Cleaner(file);
    c.issues.addAll(fileIssues);
    return c.run(records.get(0), records.subList(1, records.size()), options);
  }

  private Diary run(RawRecord header, List<RawRecord> rows, ImportOptions options) {
    List<PlannedColumn> plan = ColumnPlanner.plan(file, header, rows, issues);
    PlannedColumn dateCol = find(plan, ColumnKind.DATE);
    DateReader dates =
        DateReader.forValues(file, ColumnPlanner.column(rows, dateCol.index()), options);
    int width = header.values().size();
    for (RawRecord row : rows) {
      if (row.values().size() > width
          && !row.values().subList(width, row.values().size()).stream().allMatch(String::isBlank)) {
        issues.add(
            new Issue(
                row.line(),
                "",
                String.join(",", row.values().subList(width, row.values().size())),
                row.values().size() + " values for " + width + " columns",
                "extra values ignored",
                Issue.Kind.CHANGED));
      }
      String rawDate = row.get(dateCol.index());
      DateReader.Result d = dates.read(rawDate);
      if (d.date().isEmpty()) {
        rejected++;
        String problem = row.isBlank() ? "empty row" : d.problem();
        issues.add(
            new Issue(
                row.line(),
                dateCol.header(),
                rawDate.strip(),
                problem,
                "row rejected",
                Issue.Kind.REJECTED));
        continue;
      }
      LocalDate date = d.date().get();
      DayEntry day = days.get(date);
      if (day == null) {
        day = new DayEntry(date, row.line());
        days.put(date, day);
      } else {
        merged++;
        issues.add(
            new Issue(
                row.line(),
                dateCol.header(),
                rawDate.strip(),
                "another entry for " + date + " (line " + day.firstLine + ")",
                "merged into that day: numbers averaged, activities joined",
                Issue.Kind.MERGED));
      }
      for (PlannedColumn col : plan) {
        read(row, col, day);
      }
    }
    if (days.isEmpty()) {
      Issue first =
          issues.stream().filter(i -> i.kind() == Issue.Kind.REJECTED).findFirst().orElseThrow();
      throw new DiaryFormatException(
          file
              + ": no row has a date that can be read (line "
              + first.line()
              + ": \""
              + first.value()
              + "\" "
              + first.problem()
              + "); write dates as 2024-03-05");
    }
    notePainlessDays(plan);
    List<Issue> all = new ArrayList<>(issues);
    all.addAll(unifyApproaches(find(plan, ColumnKind.APPROACH)));
    all.sort(Comparator.comparingLong(Issue::line));
    ImportSummary summary =
        new ImportSummary(file, rows.size(), days.size(), merged, rejected, all);
    return build(plan, summary);
  }

  private static PlannedColumn find(List<PlannedColumn> plan, ColumnKind kind) {
    return plan.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
  }

  private void read(RawRecord row, PlannedColumn col, DayEntry day) {
    String raw = row.get(col.index());
    switch (col.kind()) {
      case PAIN -> number(row, col, raw, 0, 10).ifPresent(day::pain);
      case PAIN_MAX -> number(row, col, raw, 0, 10).ifPresent(day::maxPain);
      case HOURS -> number(row, col, raw, 0, 24).ifPresent(v -> day.number(col.name(), v));
      case FACTOR ->
          number(row, col, raw, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
              .ifPresent(v -> day.number(col.name(), v));
      case YES_NO -> {
        activityNames.add(col.name());
        if (ValueReader.yesNo(raw) == 1) {
          day.activities.add(col.name());
        }
      }
      case TAGS -> {
        for (String tag : raw.split("[;,|]")) {
          String name = org.painstats.io.Headers.snakeName(tag);
          if (!tag.isBlank() && !ValueReader.isMissing(tag) && !name.equals("column")) {
            activityNames.add(name);
            day.activities.add(name);
          }
        }
      }
      case APPROACH -> {
        String a = raw.strip().replaceAll("\\s+", " ");
        if (!a.isEmpty() && !ValueReader.isMissing(a)) {
          day.approach = a;
          approachSpellings
              .computeIfAbsent(approachKey(a), k -> new LinkedHashMap<>())
              .merge(a, 1, Integer::sum);
          approachCells.add(new long[] {row.line()});
          approachRaw.add(raw.strip());
        }
      }
      case TEXT, NOTES -> day.text(col.name(), raw);
      case DATE, DROPPED -> {}
    }
  }

  private OptionalDouble number(
      RawRecord row, PlannedColumn col, String raw, double lo, double hi) {
    if (ValueReader.isMissing(raw)) {
      return OptionalDouble.empty();
    }
    OptionalDouble v =
        col.kind() == ColumnKind.HOURS
            ? ValueReader.hours(raw)
            : ValueReader.number(raw, col.commasGroupThousands());
    String value = raw.strip();
    if (v.isEmpty()) {
      issues.add(
          new Issue(
              row.line(),
              col.header(),
              value,
              "not a number",
              "set missing",
              Issue.Kind.SET_MISSING));
      return v;
    }
    double x = v.getAsDouble();
    String unit = col.kind() == ColumnKind.HOURS ? " hours" : "";
    String bound = col.kind() == ColumnKind.HOURS ? "24 hours" : fmt(hi);
    if (x < lo) {
      String problem = col.kind() == ColumnKind.HOURS ? "negative hours" : "below " + fmt(lo);
      issues.add(
          new Issue(
              row.line(), col.header(), value, problem, "set missing", Issue.Kind.SET_MISSING));
      return OptionalDouble.empty();
    }
    if (x > hi) {
      issues.add(
          new Issue(
              row.line(),
              col.header(),
              value,
              "above " + bound + unit.replace(" hours", ""),
              "set missing",
              Issue.Kind.SET_MISSING));
      return OptionalDouble.empty();
    }
    return v;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private void notePainlessDays(List<PlannedColumn> plan) {
    PlannedColumn pain = find(plan, ColumnKind.PAIN);
    for (DayEntry d : days.values()) {
      if (d.painCount() == 0) {
        issues.add(
            new Issue(
                d.firstLine,
                pain.header(),
                "",
                "no pain value for " + d.date,
                "day kept for its other values, left out of pain statistics",
                Issue.Kind.NOTE));
      }
    }
  }

  private static String approachKey(String a) {
    return a.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  /** Names differing only in case or spacing are one approach, spelled as most often written. */
  private List<Issue> unifyApproaches(PlannedColumn col) {
    List<Issue> out = new ArrayList<>();
    if (col == null) {
      return out;
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    approachSpellings.forEach(
        (key, spellings) ->
            canonical.put(
                key,
                spellings.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue())
                    .orElseThrow()
                    .getKey()));
    // max() keeps the last of equal counts; prefer the first written on ties.
    approachSpellings.forEach(
        (key, spellings) -> {
          int top = spellings.values().stream().max(Integer::compare).orElse(0);
          spellings.entrySet().stream()
              .filter(e -> e.getValue() == top)
              .findFirst()
              .ifPresent(e -> canonical.put(key, e.getKey()));
        });
    for (DayEntry d : days.values()) {
      if (!d.approach.isEmpty()) {
        d.approach = canonical.get(approachKey(d.approach));
      }
    }
    for (int i = 0; i < approachRaw.size(); i++) {
      String raw = approachRaw.get(i);
      String c = canonical.get(approachKey(raw));
      if (!raw.replaceAll("\\s+", " ").equals(c)) {
        out.add(
            new Issue(
                approachCells.get(i)[0],
                col.header(),
                raw,
                "written differently from \"" + c + "\"",
                "taken as \"" + c + "\"",
                Issue.Kind.CHANGED));
      }
    }
    return out;
  }

  private Diary build(List<PlannedColumn> plan, ImportSummary summary) {
    List<DayEntry> entries = new ArrayList<>(days.values());
    DiaryColumns out =
        new DiaryColumns(
            entries.stream().map(e -> e.date).toList(), find(plan, ColumnKind.DATE).header());
    out.number(
        Diary.PAIN,
        find(plan, ColumnKind.PAIN).header(),
        ColumnRole.OUTCOME,
        entries.stream().mapToDouble(DayEntry::pain).toArray());
    PlannedColumn maxCol = find(plan, ColumnKind.PAIN_MAX);
    if (maxCol != null || entries.stream().anyMatch(e -> e.painCount() > 1)) {
      out.number(
          Diary.PAIN_MAX,
          maxCol == null ? Diary.PAIN_MAX : maxCol.header(),
          ColumnRole.OUTCOME_MAX,
          entries.stream().mapToDouble(DayEntry::painMax).toArray());
    }
    Set<String> taken = new java.util.HashSet<>(List.of(Diary.DATE, Diary.PAIN, Diary.PAIN_MAX));
    for (PlannedColumn p : plan) {
      if (p.kind() == ColumnKind.FACTOR || p.kind() == ColumnKind.HOURS) {
        taken.add(p.name());
        out.number(
            p.name(),
            p.header(),
            ColumnRole.FACTOR,
            entries.stream().mapToDouble(e -> e.number(p.name())).toArray());
      }
    }
    PlannedColumn tags = find(plan, ColumnKind.TAGS);
    for (String a : activityNames) {
      String name = taken.contains(a) ? a + "_activity" : a;
      taken.add(name);
      String header =
          plan.stream()
              .filter(p -> p.kind() == ColumnKind.YES_NO && p.name().equals(a))
              .map(PlannedColumn::header)
              .findFirst()
              .orElse(tags == null ? a : tags.header());
      out.number(
          name,
          header,
          ColumnRole.ACTIVITY,
          entries.stream().mapToDouble(e -> e.activities.contains(a) ? 1 : 0).toArray());
    }
    PlannedColumn approach = find(plan, ColumnKind.APPROACH);
    if (approach != null) {
      out.text(
          Diary.APPROACH,
          approach.header(),
          ColumnRole.APPROACH,
          entries.stream().map(e -> e.approach).toList());
    }
    List<PlannedColumn> texts =
        new ArrayList<>(plan.stream().filter(p -> p.kind() == ColumnKind.TEXT).toList());
    plan.stream().filter(p -> p.kind() == ColumnKind.NOTES).forEach(texts::add);
    for (PlannedColumn p : texts) {
      out.text(
          p.name(),
          p.header(),
          ColumnRole.TEXT,
          entries.stream().map(e -> e.text(p.name())).toList());
    }
    return out.build(summary);
  }
}
