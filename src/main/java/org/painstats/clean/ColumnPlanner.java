package org.painstats.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryRecords;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.RawRecord;

/**
 * Decides what each input column is: first from its header (see {@link Headers}), then, for headers
 * it does not know, from its values: all yes/no marks make an activity, mostly numbers a factor,
 * anything else text.
 */
final class ColumnPlanner {
  private static final Pattern DATE_SHAPE =
      Pattern.compile(
          "(?i)\\s*(?:[a-z]+\\.?,?\\s+)?(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}"
              + "|\\d{1,2}(?:st|nd|rd|th)?[ -]+[a-z]{3,9}\\.?,?[ -]+\\d{4}|[a-z]{3,9}\\.? +\\d{1,2}(?:st|nd|rd|th)?,? +\\d{4}).*");

  private static final Pattern READING =
      Pattern.compile(
          "(?:morning|evening|night|midday|noon|afternoon|am|pm|bedtime|wakeup)(?:pain|painlevel|painscore)"
              + "|(?:pain|painlevel|painscore)(?:morning|evening|night|midday|noon|afternoon|am|pm|\\d)");

  private ColumnPlanner() {}

  /**
   * The plan for every column; issues about columns (dropped, renamed) are added to {@code issues}.
   *
   * @throws DiaryFormatException if there is no date column, or no pain column and no other outcome
   *     named, or a named column does not exist
   */
  static List<PlannedColumn> plan(
      DiaryRecords records, ColumnStats stats, ImportOptions options, IssueLog issues) {
    String file = records.source();
    RawRecord header = records.header();
    Map<String, ColumnSpec> declared = records.declared();
    int width = header.values().size();
    int dateIndex = chooseDate(header, stats, declared);
    if (dateIndex < 0) {
      throw new DiaryFormatException(
          file
              + ": no date column; found "
              + header.values()
              + "; name one "
              + Headers.examples(HeaderKind.DATE));
    }
    int painIndex =
        options.pain().isPresent()
            ? named(file, header, options.pain().get(), "pain")
            : choosePain(header, declared);
    // Morning and evening pain (Pain AM, Pain PM): readings of one day, its mean and pain_max
    List<Integer> readings = new ArrayList<>();
    if (painIndex < 0) {
      for (int i = 0; i < header.values().size(); i++) {
        if (READING.matcher(Headers.key(header.get(i))).matches()) {
          readings.add(i);
        }
      }
      if (!readings.isEmpty()) {
        painIndex = readings.get(0);
        if (readings.size() > 1) {
          issues.add(
              new Issue(
                  header.line(),
                  header.get(painIndex),
                  "",
                  "pain read at several times of the day: "
                      + readings.stream().map(header::get).toList(),
                  "the day's pain is their mean, pain_max the highest",
                  Issue.Kind.NOTE));
        }
      }
    }
    int outcomeIndex = -1;
    if (painIndex < 0) {
      Optional<String> outcome = options.outcome().or(records::defaultOutcome);
      if (outcome.isEmpty()) {
        throw new DiaryFormatException(
            file
                + ": no pain column; found "
                + header.values()
                + "; name one "
                + Headers.examples(HeaderKind.PAIN)
                + ", or name the column to analyse as the outcome",
            DiaryFormatException.Remedy.OUTCOME_COLUMN);
      }
      outcomeIndex = named(file, header, outcome.get(), "outcome");
      if (options.outcome().isEmpty()) {
        issues.add(
            new Issue(
                0,
                header.get(outcomeIndex),
                "",
                "no pain column",
                header.get(outcomeIndex) + " analysed as the outcome (name another to choose)",
                Issue.Kind.NOTE));
      }
    }
    List<PlannedColumn> plan = new ArrayList<>();
    Set<String> names =
        new HashSet<>(List.of(Diary.DATE, Diary.PAIN, Diary.PAIN_MAX, Diary.APPROACH));
    boolean approachSeen = false;
    boolean notesSeen = false;
    for (int i = 0; i < width; i++) {
      String h = header.get(i);
      ColumnSpec spec = declared.getOrDefault(h, ColumnSpec.of(HeaderKind.OTHER));
      ColumnStats.Tally cells = stats.column(i);
      if (i == dateIndex) {
        plan.add(new PlannedColumn(i, h, ColumnKind.DATE, Diary.DATE, false));
        continue;
      }
      if (i == painIndex || readings.contains(i)) {
        plan.add(
            new PlannedColumn(
                i,
                h,
                ColumnKind.PAIN,
                Diary.PAIN,
                cells.commas.groupThousands(),
                Optional.of(scale(h, spec, options, true).orElse(Scale.PAIN))));
        continue;
      }
      if (i == outcomeIndex) {
        String name = unique(Headers.snakeName(h), names);
        plan.add(
            new PlannedColumn(
                i,
                h,
                ColumnKind.PAIN,
                name,
                cells.commas.groupThousands(),
                scale(h, spec, options, true)));
        continue;
      }
      if (cells.allMissing) {
        issues.add(
            new Issue(
                header.line(),
                h,
                "",
                "column has no values",
                "column dropped",
                Issue.Kind.DROPPED));
        plan.add(new PlannedColumn(i, h, ColumnKind.DROPPED, "", false));
        continue;
      }
      HeaderKind hk = spec.kind() == HeaderKind.OTHER ? Headers.kind(h) : spec.kind();
      ColumnKind kind =
          switch (hk) {
            case DATE, TEXT -> ColumnKind.TEXT;
            case PAIN, OTHER -> fromValues(cells, false);
            case PAIN_MAX -> ColumnKind.PAIN_MAX;
            case SLEEP_HOURS -> ColumnKind.HOURS;
            case ACTIVITIES -> ColumnKind.TAGS;
            case APPROACH -> approachSeen ? ColumnKind.TEXT : ColumnKind.APPROACH;
            case NOTES -> notesSeen ? ColumnKind.TEXT : ColumnKind.NOTES;
            case FACTOR -> ColumnKind.FACTOR;
            case FLAG -> ColumnKind.YES_NO;
          };
      if (kind == ColumnKind.FACTOR && spec.kind() == HeaderKind.OTHER && isHoursHeader(h)) {
        kind = fromValues(cells, true);
      }
      approachSeen |= kind == ColumnKind.APPROACH;
      notesSeen |= kind == ColumnKind.NOTES;
      String name =
          switch (kind) {
            case PAIN_MAX -> Diary.PAIN_MAX;
            case APPROACH -> Diary.APPROACH;
            case NOTES -> "notes";
            case TAGS -> "";
            default -> unique(Headers.snakeName(h.isBlank() ? "column " + (i + 1) : h), names);
          };
      if (h.isBlank() && kind != ColumnKind.TAGS) {
        issues.add(
            new Issue(
                header.line(),
                "",
                "",
                "column " + (i + 1) + " has no header",
                "named " + name,
                Issue.Kind.CHANGED));
      }
      if (hk == HeaderKind.PAIN && kind == ColumnKind.FACTOR && painIndex >= 0) {
        issues.add(
            new Issue(
                header.line(),
                h,
                "",
                "a second pain column; pain is read from \"" + header.get(painIndex) + "\"",
                "kept as the factor " + name + " (name the pain column to choose another)",
                Issue.Kind.NOTE));
      }
      boolean grouping = (kind == ColumnKind.FACTOR) && cells.commas.groupThousands();
      Optional<Scale> scale =
          kind == ColumnKind.FACTOR || kind == ColumnKind.HOURS
              ? scale(h, spec, options, false)
              : Optional.empty();
      plan.add(new PlannedColumn(i, h, kind, name, grouping, scale));
    }
    return plan;
  }

  /**
   * The scale of a column: the user's declaration, else the header's range, else the reader's; the
   * direction is the reader's or the name's, reversed when the user says so. Empty when no range is
   * declared.
   */
  private static Optional<Scale> scale(
      String header, ColumnSpec spec, ImportOptions options, boolean outcome) {
    String snake = Headers.snakeName(header);
    boolean higherIsWorse =
        spec.scale().map(Scale::higherIsWorse).orElse(Scale.higherIsWorseByName(header));
    if (options.reversed(header, snake)) {
      higherIsWorse = !higherIsWorse;
    }
    Optional<double[]> range = options.scale(header, snake);
    if (range.isEmpty()) {
      range = Headers.range(header);
    }
    if (range.isEmpty() && spec.scale().isPresent()) {
      range = Optional.of(new double[] {spec.scale().get().min(), spec.scale().get().max()});
    }
    boolean worse = higherIsWorse;
    return range.map(r -> Scale.of(r[0], r[1], worse));
  }

  /** The column the user named, by header or cleaned name. */
  private static int named(String file, RawRecord header, String name, String what) {
    String key = Headers.key(name);
    String snake = Headers.snakeName(name);
    for (int i = 0; i < header.values().size(); i++) {
      String h = header.get(i);
      if (Headers.key(h).equals(key) || Headers.snakeName(h).equals(snake)) {
        return i;
      }
    }
    throw new DiaryFormatException(
        file
            + ": no column \""
            + name
            + "\" to read as the "
            + what
            + "; columns are "
            + header.values());
  }

  static boolean isHoursHeader(String header) {
    String k = Headers.key(header);
    return k.contains("hours")
        || k.endsWith("hrs")
        || header.toLowerCase(Locale.ROOT).matches(".*\\((h|hrs|hours)\\).*");
  }

  private static ColumnKind fromValues(ColumnStats.Tally cells, boolean hours) {
    int present = cells.present;
    int numeric = hours ? cells.numericHours : cells.numeric;
    if (present > 0 && cells.yesNo == present) {
      return ColumnKind.YES_NO;
    }
    if (numeric * 2 >= present && present > 0) {
      return hours ? ColumnKind.HOURS : ColumnKind.FACTOR;
    }
    return ColumnKind.TEXT;
  }

  private static String unique(String name, Set<String> names) {
    String n = name;
    for (int k = 2; names.contains(n); k++) {
      n = name + "_" + k;
    }
    names.add(n);
    return n;
  }

  /** The date column: among date-like headers the one with most date-shaped values. */
  private static int chooseDate(
      RawRecord header, ColumnStats stats, Map<String, ColumnSpec> declared) {
    for (int i = 0; i < header.values().size(); i++) {
      ColumnSpec spec = declared.get(header.get(i));
      if (spec != null && spec.kind() == HeaderKind.DATE) {
        return i;
      }
    }
    int best = -1;
    int bestCount = -1;
    for (int i = 0; i < header.values().size(); i++) {
      if (Headers.kind(header.get(i)) != HeaderKind.DATE) {
        continue;
      }
      int count = stats.column(i).dateShaped;
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    if (best >= 0) {
      return best;
    }
    // An unusual header ("When") whose values are nearly all dates still names the day.
    for (int i = 0; i < header.values().size(); i++) {
      if (Headers.kind(header.get(i)) == HeaderKind.OTHER
          && (long) stats.column(i).dateShaped * 10 >= (long) stats.rows() * 9
          && stats.rows() > 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a cell looks like a date, in one of the shapes {@link DateReader} reads. */
  static boolean isDateShaped(String cell) {
    return DATE_SHAPE.matcher(cell).matches();
  }

  private static int choosePain(RawRecord header, Map<String, ColumnSpec> declared) {
    for (int i = 0; i < header.values().size(); i++) {
      ColumnSpec spec = declared.get(header.get(i));
      if (spec != null && spec.kind() == HeaderKind.PAIN) {
        return i;
      }
    }
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < header.values().size(); i++) {
      int rank = Headers.PAIN_NAMES.indexOf(Headers.key(header.get(i)));
      if (rank >= 0 && rank < bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }
}
