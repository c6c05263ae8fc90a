package org.painstats.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches headers to what they mean. Headers are compared case-insensitively, ignoring spaces,
 * underscores, dashes and a trailing parenthesised unit: "Pain (0-10)", "pain_score" and "Pain
 * level" are all the pain column.
 */
public final class Headers {
  private Headers() {}

  /** Header keys (see {@link #key}) accepted for the date column, in order of preference. */
  public static final List<String> DATE_NAMES =
      List.of(
          "date",
          "day",
          "fulldate",
          "dateformatted",
          "entrydate",
          "datetime",
          "checkindate",
          "timestamp",
          "datum",
          "fecha");

  /** Header keys accepted for the pain column, in order of preference. */
  public static final List<String> PAIN_NAMES =
      List.of(
          "pain",
          "painlevel",
          "painscore",
          "painintensity",
          "painrating",
          "painnrs",
          "nrs",
          "backpain",
          "lowbackpain",
          "overallpain",
          "averagepain",
          "painaverage",
          "paintoday",
          "dailypain",
          "schmerz",
          "schmerzen",
          "schmerzstarke",
          "schmerzstärke",
          "douleur",
          "douleurs",
          "dolor",
          "dolore",
          "pijn",
          "smerte",
          "smärta",
          "ból",
          "dor");

  private static final Set<String> PAIN_MAX_NAMES =
      Set.of("painmax", "maxpain", "worstpain", "peakpain");

  private static final Set<String> SLEEP_HOURS_NAMES =
      Set.of(
          "sleephours",
          "sleep",
          "hoursslept",
          "hoursofsleep",
          "sleepduration",
          "sleeptime",
          "totalsleep",
          "sleeplength",
          "sleephrs",
          "sleephour",
          "hourssleep",
          "hourofsleep",
          "sleepamount");

  private static final Set<String> ACTIVITIES_NAMES =
      Set.of(
          "activities",
          "activity",
          "tags",
          "tag",
          "activitytags",
          "whatidid",
          "exercises",
          "exercise");

  private static final Set<String> APPROACH_NAMES =
      Set.of(
          "approach",
          "approaches",
          "treatment",
          "treatments",
          "intervention",
          "program",
          "programme",
          "therapy",
          "method",
          "trying",
          "currentapproach");

  private static final Set<String> NOTES_NAMES =
      Set.of("notes", "note", "comments", "comment", "remarks", "journal", "diary", "description");

  private static final Set<String> TEXT_NAMES =
      Set.of(
          "medication",
          "medications",
          "meds",
          "medicine",
          "notetitle",
          "weekday",
          "dayofweek",
          "time",
          "timeofday",
          "location",
          "where",
          "weather",
          "symptoms",
          "triggers");

  private static final Pattern TRAILING_UNIT = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$");
  private static final Pattern TRAILING_RANGE =
      Pattern.compile(
          "\\s*(?:/\\s*\\d+(?:[.,]\\d+)?|\\s\\d+(?:[.,]\\d+)?\\s*(?:-|–|to)\\s*\\d+(?:[.,]\\d+)?|out of \\d+)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IGNORED = Pattern.compile("[\\s_\\-]+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The comparison key: lower case, trailing unit dropped, no spaces, underscores or dashes. */
  public static String key(String header) {
    String h = stripUnit(header).toLowerCase(Locale.ROOT);
    return IGNORED.matcher(h).replaceAll("");
  }

  /** The cleaned snake_case name: unit dropped, lower case, words joined by underscores. */
  public static String snakeName(String header) {
    String h = stripUnit(header).toLowerCase(Locale.ROOT);
    String s = NON_WORD.matcher(h).replaceAll("_");
    s = s.replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "column" : s;
  }

  private static String stripUnit(String header) {
    String h = header.strip();
    String stripped = TRAILING_UNIT.matcher(h).replaceAll("");
    stripped = TRAILING_RANGE.matcher(stripped).replaceAll("");
    return stripped.isEmpty() ? h : stripped;
  }

  private static final Pattern RANGE =
      Pattern.compile(
          "[(\\[]\\s*([+-]?\\d+(?:[.,]\\d+)?)\\s*(?:-|–|to|\\.\\.)\\s*([+-]?\\d+(?:[.,]\\d+)?)\\s*[)\\]]"
              + "|(?:^|\\s)([+-]?\\d+(?:[.,]\\d+)?)\\s*(?:-|–|to)\\s*(\\d+(?:[.,]\\d+)?)\\s*$");
  private static final Pattern OUT_OF =
      Pattern.compile("(?:/|out of\\s*)(\\d+(?:[.,]\\d+)?)\\s*\\)?\\s*$", Pattern.CASE_INSENSITIVE);

  /**
   * The range a header declares: {@code Pain (0-100)}, {@code Mood [1-5]}, {@code Pain 0-10},
   * {@code Pain /10} and {@code Pain (out of 10)} (from 0); empty when it declares none.
   */
  public static java.util.Optional<double[]> range(String header) {
    java.util.regex.Matcher m = RANGE.matcher(header.strip());
    if (m.find()) {
      String a = m.group(1) != null ? m.group(1) : m.group(3);
      String b = m.group(1) != null ? m.group(2) : m.group(4);
      double lo = Double.parseDouble(a.replace(',', '.'));
      double hi = Double.parseDouble(b.replace(',', '.'));
      return lo < hi ? java.util.Optional.of(new double[] {lo, hi}) : java.util.Optional.empty();
    }
    m = OUT_OF.matcher(header.strip());
    if (m.find()) {
      double hi = Double.parseDouble(m.group(1).replace(',', '.'));
      return hi > 0 ? java.util.Optional.of(new double[] {0, hi}) : java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  /** What the header alone says about a column. */
  public static HeaderKind kind(String header) {
    String k = key(header);
    if (DATE_NAMES.contains(k)) {
      return HeaderKind.DATE;
    }
    if (PAIN_NAMES.contains(k)) {
      return HeaderKind.PAIN;
    }
    if (PAIN_MAX_NAMES.contains(k)) {
      return HeaderKind.PAIN_MAX;
    }
    if (SLEEP_HOURS_NAMES.contains(k)) {
      return HeaderKind.SLEEP_HOURS;
    }
    if (ACTIVITIES_NAMES.contains(k)) {
      return HeaderKind.ACTIVITIES;
    }
    if (APPROACH_NAMES.contains(k)) {
      return HeaderKind.APPROACH;
    }
    if (NOTES_NAMES.contains(k)) {
      return HeaderKind.NOTES;
    }
    if (TEXT_NAMES.contains(k)) {
      return HeaderKind.TEXT;
    }
    return HeaderKind.OTHER;
  }

  /** Some accepted names, for messages: {@code "date", "Day", "full_date" ...}. */
  public static String examples(HeaderKind kind) {
    return switch (kind) {
      case DATE -> "\"date\", \"day\", \"full_date\", \"Entry date\"";
      case PAIN -> "\"pain\", \"Pain (0-10)\", \"pain_score\", \"Pain level\", \"Back pain\"";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }
}
