package org.painstats.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumn;
import org.painstats.diary.DiaryColumns;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Escapes;
import org.painstats.diary.ImportSummary;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.diary.Spaces;
import org.painstats.io.DiaryRecords;
import org.painstats.io.Limits;
import org.painstats.io.RawRecord;

/**
 * Turns the records of a diary file into a {@link Diary}, following the diary format: every record
 * is kept (the first of its day), merged into its day, or rejected, and every value changed,
 * dropped or judged invalid becomes an {@link Issue} with its line.
 */
public final class Cleaner {
  private final String file;
  private final IssueLog issues = new IssueLog(ImportSummary.MAX_ISSUES);
  private final TreeMap<LocalDate, DayEntry> days = new TreeMap<>();
  // each activity with its number, in the order first seen: a day keeps its activities as bits
  private final Map<String, Integer> activityNames = new LinkedHashMap<>();

  /** Each tag as first written, by its cleaned name: what reports show. */
  private final Map<String, String> tagsWritten = new LinkedHashMap<>();

  private final ApproachSpellings approaches = new ApproachSpellings();
  private final TagSpellings tagSpellings = new TagSpellings();
  private PlannedColumn outcome;
  private final Set<String> tagNames = new LinkedHashSet<>();
  private int rows;
  private int merged;
  private int rejected;
  private Issue firstRejected;
  private List<PlannedColumn> plan;
  private PlannedColumn dateCol;
  private DateReader dates;
  private DayEntry.Layout layout;
  private boolean longLayout;
  private int width;

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
    return clean(
        new DiaryRecords(
            file,
            "diary",
            records.get(0),
            records.subList(1, records.size()),
            Map.of(),
            false,
            fileIssues,
            Optional.empty()),
        options);
  }

  /**
   * Cleans the records a reader gave.
   *
   * @throws DiaryFormatException if there are no rows, no date column, no pain column and no other
   *     outcome named, or dates that cannot be read unambiguously
   */
  public static Diary clean(DiaryRecords records, ImportOptions options) {
    Cleaner c = new Cleaner(records.source());
    records.fileIssues().forEach(c.issues::add);
    c.issues.omit(records.fileIssuesOmitted());
    Diary d = c.run(records, options);
    return options.outcome().isPresent() ? chooseOutcome(d, options.outcome().get()) : d;
  }

  /** The diary with the named column as its outcome, matched by cleaned name or header. */
  private static Diary chooseOutcome(Diary d, String name) {
    String snake = org.painstats.io.Headers.snakeName(name);
    String key = org.painstats.io.Headers.key(name);
    for (DiaryColumn c : d.columns()) {
      if (c.name().equals(snake)
          || c.name().equals(name)
          || org.painstats.io.Headers.key(c.header()).equals(key)) {
        if (c.role() == ColumnRole.OUTCOME) {
          return d;
        }
        if (c.role() == ColumnRole.FACTOR) {
          return d.withOutcome(c.name());
        }
      }
    }
    throw new DiaryFormatException(
        d.source()
            + ": no numeric column \""
            + name
            + "\" to analyse in place of "
            + d.outcome()
            + "; choose one of "
            + d.factors());
  }

  /**
   * Two passes over the records, neither holding more than one: the first gathers what each column
   * holds and plans the columns, the second folds each record into its day.
   */
  private Diary run(DiaryRecords records, ImportOptions options) {
    RawRecord header = records.header();
    ColumnStats stats = ColumnStats.gather(records, options);
    if (stats.rows() == 0) {
      throw noRows(records);
    }
    plan = ColumnPlanner.plan(records, stats, options, issues);
    dateCol = find(plan, ColumnKind.DATE);
    outcome = find(plan, ColumnKind.PAIN);
    dates = stats.column(dateCol.index()).dates.reader(file);
    width = header.values().size();
    longLayout = records.longLayout();
    layout = layout(plan);
    records.rows().forEach(this::fold);
    if (days.isEmpty()) {
      if (firstRejected == null) {
        throw noRows(records);
      }
      Issue first = firstRejected;
      throw new DiaryFormatException(
          file
              + ": no row has a date that can be read (line "
              + first.line()
              + ", "
              + first.column()
              + ": \""
              + Escapes.inline(first.value())
              + "\" "
              + first.problem()
              + "); write dates as 2024-03-05");
    }
    unifyTags();
    if (longLayout && merged > 0) {
      issues.add(
          new Issue(
              0,
              "",
              "",
              rows - rejected + " rows, one reading each, make " + days.size() + " days",
              merged + " rows gathered into the day of an earlier row",
              Issue.Kind.NOTE));
    }
    notePainlessDays(plan);
    if (records.format().equals("diary")) {
      // an app's export keeps its declared columns, empty or not (its own tests pin them)
      dropEmptyOnKeptDays(plan, header.line());
    }
    PlannedColumn approach = find(plan, ColumnKind.APPROACH);
    if (approach != null) {
      for (DayEntry d : days.values()) {
        if (!d.approach.isEmpty()) {
          d.approach = approaches.canonical(d.approach);
        }
      }
    }
    approachFromTags(plan, options, new ArrayList<>(days.values()));
    if (approach != null) {
      // after the tags' issues, as the unified names were said before
      approaches.log(approach.header(), issues);
    }
    ImportSummary summary =
        new ImportSummary(
            file,
            rows,
            days.size(),
            merged,
            rejected,
            issues.issues(),
            records.format(),
            issues.omitted());
    return build(plan, summary, options);
  }

  private static DiaryFormatException noRows(DiaryRecords records) {
    return new DiaryFormatException(
        records.source() + ": has a header " + records.header().values() + " but no rows");
  }

  /** Where each factor and text column of the plan is kept in a day. */
  private static DayEntry.Layout layout(List<PlannedColumn> plan) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, Integer> texts = new LinkedHashMap<>();
    for (PlannedColumn p : plan) {
      switch (p.kind()) {
        case FACTOR, HOURS -> numbers.putIfAbsent(p.name(), numbers.size());
        case TEXT, NOTES -> texts.putIfAbsent(p.name(), texts.size());
        default -> {}
      }
    }
    return new DayEntry.Layout(numbers, texts);
  }

  /** Folds one record into its day: kept (the first of its day), merged, or rejected. */
  private void fold(RawRecord row) {
    rows++;
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
      Issue rejection =
          new Issue(
              row.line(),
              dateCol.header(),
              rawDate.strip(),
              problem,
              "row rejected",
              Issue.Kind.REJECTED);
      if (firstRejected == null) {
        firstRejected = rejection;
      }
      issues.add(rejection);
      return;
    }
    LocalDate date = d.date().get();
    if (!d.note().isEmpty()) {
      issues.add(
          new Issue(
              row.line(),
              dateCol.header(),
              rawDate.strip(),
              d.note(),
              "read as " + date,
              Issue.Kind.CHANGED));
    }
    DayEntry day = days.get(date);
    if (day == null) {
      day = new DayEntry(date, row.line(), layout);
      days.put(date, day);
      if (days.size() > Limits.MAX_DAYS) {
        throw new DiaryFormatException(
            String.format(
                Locale.ROOT,
                "%s: more than %,d days (line %d reaches %s); a diary of one person's days is"
                    + " shorter, so this is not one (or its dates are not read as written: see"
                    + " --date-format)",
                file,
                Limits.MAX_DAYS,
                row.line(),
                date));
      }
    } else {
      merged++;
      if (!longLayout) {
        issues.add(
            new Issue(
                row.line(),
                dateCol.header(),
                rawDate.strip(),
                "another entry for " + date + " (line " + day.firstLine + ")",
                "merged into that day: numbers averaged, activities joined",
                Issue.Kind.MERGED));
      }
    }
    for (PlannedColumn col : plan) {
      read(row, col, day, longLayout);
    }
  }

  /** Tags written with a typo or a plural become the activity written most often. */
  private void unifyTags() {
    PlannedColumn tags = find(plan, ColumnKind.TAGS);
    if (tags == null) {
      return;
    }
    Set<String> columns = new java.util.HashSet<>();
    plan.stream().filter(p -> p.kind() == ColumnKind.YES_NO).forEach(p -> columns.add(p.name()));
    tagSpellings
        .unify(tags.header(), columns, issues)
        .forEach(
            (from, to) -> {
              int a = activityNames.remove(from);
              int b = activityNames.get(to);
              for (DayEntry d : days.values()) {
                if (d.did(a)) {
                  d.activity(b);
                }
              }
            });
  }

  private int activity(String name) {
    return activityNames.computeIfAbsent(name, k -> activityNames.size());
  }

  private static PlannedColumn find(List<PlannedColumn> plan, ColumnKind kind) {
    return plan.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
  }

  private void read(RawRecord row, PlannedColumn col, DayEntry day, boolean longLayout) {
    String raw = row.get(col.index());
    switch (col.kind()) {
      case PAIN -> {
        OptionalDouble v =
            number(
                row,
                col,
                raw,
                low(col, Double.NEGATIVE_INFINITY),
                high(col, Double.POSITIVE_INFINITY));
        if (v.isPresent()) {
          if (longLayout && day.painCount() == 1) {
            secondValue(row, col, raw, day);
          }
          day.pain(v.getAsDouble());
        }
      }
      case PAIN_MAX ->
          number(
                  row,
                  col,
                  raw,
                  low(outcome, Double.NEGATIVE_INFINITY),
                  high(outcome, Double.POSITIVE_INFINITY))
              .ifPresent(day::maxPain);
      case HOURS -> number(row, col, raw, 0, 24).ifPresent(v -> day.number(col.name(), v));
      case FACTOR -> {
        OptionalDouble v =
            number(
                row,
                col,
                raw,
                low(col, Double.NEGATIVE_INFINITY),
                high(col, Double.POSITIVE_INFINITY));
        if (v.isPresent()) {
          if (longLayout && day.count(col.name()) == 1) {
            secondValue(row, col, raw, day);
          }
          day.number(col.name(), v.getAsDouble());
        }
      }
      case YES_NO -> {
        int k = activity(col.name());
        if (ValueReader.yesNo(raw) == 1) {
          day.activity(k);
        }
      }
      case TAGS -> {
        for (String tag : raw.split("[;,|]")) {
          String name = org.painstats.io.Headers.snakeName(tag);
          if (!tag.isBlank() && !ValueReader.isMissing(tag) && !name.equals("column")) {
            tagsWritten.putIfAbsent(name, Spaces.collapse(tag.strip()));
            day.activity(activity(name));
            tagSpellings.add(name, tag, row.line());
          }
        }
      }
      case APPROACH -> {
        String written = Escapes.fromCsvCell(raw.strip());
        String a = Spaces.collapse(written);
        if (!a.isEmpty() && !ValueReader.isMissing(a)) {
          day.approach = a;
          approaches.add(written, a, row.line());
        }
      }
      case TEXT, NOTES -> day.text(col.name(), Escapes.fromCsvCell(raw));
      case DATE, DROPPED -> {}
    }
  }

  private static double low(PlannedColumn col, double otherwise) {
    return col.scale().map(Scale::min).orElse(otherwise);
  }

  private static double high(PlannedColumn col, double otherwise) {
    return col.scale().map(Scale::max).orElse(otherwise);
  }

  /** In a layout of one reading per row, a second reading of a column on a day is averaged. */
  private void secondValue(RawRecord row, PlannedColumn col, String raw, DayEntry day) {
    issues.add(
        new Issue(
            row.line(),
            col.header(),
            raw.strip(),
            "another " + col.header() + " reading on " + day.date,
            "the day's readings averaged" + (col.kind() == ColumnKind.PAIN ? ", highest kept" : ""),
            Issue.Kind.MERGED));
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
    if (v.isPresent()
        && col.kind() != ColumnKind.HOURS
        && ValueReader.contradicts(raw, col.commasGroupThousands())) {
      issues.add(
          new Issue(
              row.line(),
              col.header(),
              value,
              col.commasGroupThousands()
                  ? "a decimal comma in a column whose commas group thousands"
                  : "commas grouping thousands in a column of decimal commas",
              "read as " + fmtValue(v.getAsDouble()),
              Issue.Kind.CHANGED));
    }
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
    if (!Double.isFinite(x)) {
      issues.add(
          new Issue(
              row.line(),
              col.header(),
              value,
              "too large to be a number",
              "set missing",
              Issue.Kind.SET_MISSING));
      return OptionalDouble.empty();
    }
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

  private static String fmtValue(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
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
                "no "
                    + (pain.name().equals(Diary.PAIN) ? "pain" : pain.name())
                    + " value for "
                    + d.date,
                "day kept for its other values, left out of "
                    + (pain.name().equals(Diary.PAIN) ? "pain" : pain.name())
                    + " statistics",
                Issue.Kind.NOTE));
      }
    }
  }

  /**
   * Makes the days carrying an approach tag (an activity, or a factor above 0) days of that
   * approach, in the order the tags were given; a day that already names another approach keeps it,
   * said by its line. Returns whether any tag matched.
   */
  private boolean approachFromTags(
      List<PlannedColumn> plan, ImportOptions options, List<DayEntry> entries) {
    for (String tag : options.approachTags()) {
      String snake = org.painstats.io.Headers.snakeName(tag);
      boolean activity = activityNames.containsKey(snake);
      PlannedColumn factor =
          plan.stream()
              .filter(p -> p.kind() == ColumnKind.FACTOR && p.name().equals(snake))
              .findFirst()
              .orElse(null);
      if (!activity && factor == null) {
        throw new DiaryFormatException(
            file
                + ": no tag, treatment or factor \""
                + tag
                + "\" to make an approach; activities are "
                + activityNames.keySet());
      }
      tagNames.add(snake);
      int n = 0;
      for (DayEntry d : entries) {
        boolean on = activity ? d.did(activityNames.get(snake)) : d.number(factor.name()) > 0;
        if (!on) {
          continue;
        }
        n++;
        if (d.approach.isEmpty()) {
          d.approach = tag;
        } else if (!d.approach.equals(tag)) {
          issues.add(
              new Issue(
                  d.firstLine,
                  tag,
                  "",
                  "tag \"" + tag + "\" on a day of the approach \"" + d.approach + "\"",
                  "the day kept as \"" + d.approach + "\"",
                  Issue.Kind.NOTE));
        }
      }
      issues.add(
          new Issue(
              0,
              tag,
              "",
              "approach from a tag",
              n + " days carrying \"" + tag + "\" are that approach's days, not an activity",
              Issue.Kind.NOTE));
    }
    return !tagNames.isEmpty();
  }

  /**
   * A column reversed by the user without a declared range: its direction flipped over the range of
   * its values, so that the reversal is not lost.
   */
  private static Optional<Scale> reversedScale(
      PlannedColumn p, double[] values, ImportOptions options) {
    if (!options.reversed(p.header(), p.name())) {
      return Optional.empty();
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (!(lo < hi)) {
      return Optional.empty();
    }
    return Optional.of(Scale.of(lo, hi, !Scale.higherIsWorseByName(p.header())));
  }

  /** Columns that hold no value on any day kept; {@link #build} leaves them out. */
  private final Set<String> emptyColumns = new java.util.HashSet<>();

  /**
   * A column whose values were all on rejected rows, or were all marks of a missing value, holds
   * nothing on the days kept: it is dropped with an issue, as reading the cleaned diary back would
   * drop its empty column (the round trip stays exact).
   */
  private void dropEmptyOnKeptDays(List<PlannedColumn> plan, long headerLine) {
    for (PlannedColumn p : plan) {
      boolean empty =
          switch (p.kind()) {
            case FACTOR, HOURS ->
                days.values().stream().allMatch(d -> Double.isNaN(d.number(p.name())));
            case PAIN_MAX ->
                days.values().stream()
                    .allMatch(d -> Double.isNaN(d.painMax()) && d.painCount() <= 1);
            case APPROACH -> days.values().stream().allMatch(d -> d.approach.isEmpty());
            case TEXT, NOTES ->
                days.values().stream().allMatch(d -> ValueReader.isMissing(d.text(p.name())));
            default -> false;
          };
      if (empty) {
        emptyColumns.add(p.name() + "/" + p.kind());
        issues.add(
            new Issue(
                headerLine,
                p.header(),
                "",
                "no value on any day kept",
                "column dropped",
                Issue.Kind.DROPPED));
      }
    }
  }

  private boolean kept(PlannedColumn p) {
    return !emptyColumns.contains(p.name() + "/" + p.kind());
  }

  private Diary build(List<PlannedColumn> plan, ImportSummary summary, ImportOptions options) {
    List<DayEntry> entries = new ArrayList<>(days.values());
    boolean tagged = !tagNames.isEmpty();
    DiaryColumns out =
        new DiaryColumns(
            entries.stream().map(e -> e.date).toList(), find(plan, ColumnKind.DATE).header());
    double[] outcomeValues = entries.stream().mapToDouble(DayEntry::pain).toArray();
    out.number(
        outcome.name(),
        outcome.header(),
        ColumnRole.OUTCOME,
        outcomeValues,
        outcome.scale().or(() -> reversedScale(outcome, outcomeValues, options)));
    String maxName = outcome.name().equals(Diary.PAIN) ? Diary.PAIN_MAX : outcome.name() + "_max";
    PlannedColumn maxCol = find(plan, ColumnKind.PAIN_MAX);
    if ((maxCol != null && kept(maxCol)) || entries.stream().anyMatch(e -> e.painCount() > 1)) {
      out.number(
          maxName,
          maxCol == null ? maxName : maxCol.header(),
          ColumnRole.OUTCOME_MAX,
          entries.stream().mapToDouble(DayEntry::painMax).toArray(),
          outcome.scale());
    }
    Set<String> taken =
        new java.util.HashSet<>(List.of(Diary.DATE, Diary.PAIN, Diary.PAIN_MAX, outcome.name()));
    for (PlannedColumn p : plan) {
      if ((p.kind() == ColumnKind.FACTOR || p.kind() == ColumnKind.HOURS) && kept(p)) {
        taken.add(p.name());
        double[] values = entries.stream().mapToDouble(e -> e.number(p.name())).toArray();
        out.number(
            p.name(),
            p.header(),
            ColumnRole.FACTOR,
            values,
            p.scale().or(() -> reversedScale(p, values, options)));
      }
    }
    PlannedColumn tags = find(plan, ColumnKind.TAGS);
    // a tag may be spelled like a text column ("notes"): the activity then takes a suffix
    plan.stream()
        .filter(p -> p.kind() == ColumnKind.TEXT || p.kind() == ColumnKind.NOTES)
        .forEach(p -> taken.add(p.name()));
    taken.add(Diary.APPROACH);
    for (Map.Entry<String, Integer> activity : activityNames.entrySet()) {
      String a = activity.getKey();
      int k = activity.getValue();
      if (tagNames.contains(a)) {
        continue;
      }
      String name = taken.contains(a) ? a + "_activity" : a;
      taken.add(name);
      // a label only where the cleaned name lost characters ("didn't"), not for case alone, so
      // that "Walk" in one app and "walk" in a spreadsheet read the same
      String written = tagsWritten.get(a);
      if (written != null
          && !written.toLowerCase(java.util.Locale.ROOT).replace(' ', '_').equals(a)) {
        out.label(name, written);
      }
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
          entries.stream().mapToDouble(e -> e.did(k) ? 1 : 0).toArray());
    }
    PlannedColumn approach = find(plan, ColumnKind.APPROACH);
    if ((approach != null && kept(approach)) || tagged) {
      out.text(
          Diary.APPROACH,
          approach == null ? "approach tags " + options.approachTags() : approach.header(),
          ColumnRole.APPROACH,
          entries.stream().map(e -> e.approach).toList());
    }
    List<PlannedColumn> texts =
        new ArrayList<>(plan.stream().filter(p -> p.kind() == ColumnKind.TEXT).toList());
    plan.stream().filter(p -> p.kind() == ColumnKind.NOTES).forEach(texts::add);
    for (PlannedColumn p : texts.stream().filter(this::kept).toList()) {
      out.text(
          p.name(),
          p.header(),
          ColumnRole.TEXT,
          entries.stream().map(e -> e.text(p.name())).toList());
    }
    return out.build(summary);
  }
}
