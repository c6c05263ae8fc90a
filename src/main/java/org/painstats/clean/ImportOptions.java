package org.painstats.clean;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painstats.diary.DiaryFormatException;
import org.painstats.io.ReaderOptions;

/**
 * How to read a diary file. Immutable; start from {@link #withDefaults()}.
 *
 * <pre>{@code ImportOptions.withDefaults().withDateFormat("dd/MM/yyyy").withOutcome("mood")}</pre>
 */
public final class ImportOptions {
  private static final ImportOptions DEFAULTS =
      new ImportOptions(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of(),
          Set.of(),
          ReaderOptions.defaults());

  private static final Pattern SCALE =
      Pattern.compile(
          "\\s*(.+?)\\s*=\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*(?:-|to|\\.\\.)\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*");

  private final Optional<String> dateFormat;
  private final Optional<String> format;
  private final Optional<String> pain;
  private final Optional<String> outcome;
  private final Map<String, double[]> scales;
  private final Set<String> reversed;
  private final ReaderOptions reader;
  // set once, right after construction, by withApproachTag and keep()
  private List<String> approachTags = List.of();
  private List<java.nio.file.Path> joined = List.of();

  private ImportOptions(
      Optional<String> dateFormat,
      Optional<String> format,
      Optional<String> pain,
      Optional<String> outcome,
      Map<String, double[]> scales,
      Set<String> reversed,
      ReaderOptions reader) {
    this.dateFormat = dateFormat;
    this.format = format;
    this.pain = pain;
    this.outcome = outcome;
    this.scales = scales;
    this.reversed = reversed;
    this.reader = reader;
  }

  /** Dates read in every form the diary format allows; ambiguous ones decided from the file. */
  public static ImportOptions withDefaults() {
    return DEFAULTS;
  }

  /**
   * Dates read with this pattern first ({@link DateTimeFormatter} letters, English month names),
   * for files whose {@code 03/05/2024} dates cannot be decided from the file.
   *
   * @throws DiaryFormatException if the pattern is not a valid date pattern
   */
  public ImportOptions withDateFormat(String pattern) {
    try {
      DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      throw new DiaryFormatException(
          "date format \""
              + pattern
              + "\" is not a date pattern ("
              + e.getMessage()
              + "); use letters such as dd/MM/yyyy or MM/dd/yyyy");
    }
    if (!pattern.contains("d") || !pattern.contains("M") || !pattern.contains("y")) {
      throw new DiaryFormatException(
          "date format \""
              + pattern
              + "\" needs a day (d), a month (M) and a year (y), as in dd/MM/yyyy");
    }
    return keep(
        new ImportOptions(Optional.of(pattern), format, pain, outcome, scales, reversed, reader));
  }

  /** The file read in this layout ({@code bearable}, {@code diary}...) instead of detecting it. */
  public ImportOptions withFormat(String name) {
    return keep(
        new ImportOptions(dateFormat, Optional.of(name), pain, outcome, scales, reversed, reader));
  }

  /** This column (header or cleaned name) is the pain column. */
  public ImportOptions withPain(String column) {
    return keep(
        new ImportOptions(
            dateFormat, format, Optional.of(column), outcome, scales, reversed, reader));
  }

  /**
   * This numeric column (header or cleaned name) is analysed as the outcome; the diary needs no
   * pain column then, and a pain column there is becomes a factor.
   */
  public ImportOptions withOutcome(String column) {
    return keep(
        new ImportOptions(dateFormat, format, pain, Optional.of(column), scales, reversed, reader));
  }

  /**
   * Declares a column's scale, written {@code "Pain=0-100"}; a value off the scale is an issue.
   *
   * @throws DiaryFormatException if the text is not {@code COLUMN=MIN-MAX} with MIN below MAX
   */
  public ImportOptions withScale(String declaration) {
    Matcher m = SCALE.matcher(declaration);
    double lo = m.matches() ? Double.parseDouble(m.group(2)) : Double.NaN;
    double hi = m.matches() ? Double.parseDouble(m.group(3)) : Double.NaN;
    if (!(lo < hi)) {
      throw new DiaryFormatException(
          "scale \""
              + declaration
              + "\" is not COLUMN=MIN-MAX with MIN below MAX, as in \"Pain=0-100\"");
    }
    Map<String, double[]> s = new LinkedHashMap<>(scales);
    s.put(key(m.group(1)), new double[] {lo, hi});
    return keep(
        new ImportOptions(dateFormat, format, pain, outcome, Map.copyOf(s), reversed, reader));
  }

  /** This column's direction is the reverse of what its name suggests (5 = not sore). */
  public ImportOptions withReversed(String column) {
    Set<String> r = new TreeSet<>(reversed);
    r.add(key(column));
    return keep(
        new ImportOptions(dateFormat, format, pain, outcome, scales, Set.copyOf(r), reader));
  }

  /** Only this user's rows are read from a file of many users (Flaredown). */
  public ImportOptions withUser(String id) {
    return keep(
        new ImportOptions(
            dateFormat,
            format,
            pain,
            outcome,
            scales,
            reversed,
            new ReaderOptions(Optional.of(id.strip()), reader.moodLevels())));
  }

  /**
   * Custom mood labels and their level, written {@code "great=5,fine=3,awful=1"}.
   *
   * @throws DiaryFormatException if an entry is not LABEL=NUMBER
   */
  public ImportOptions withMoodLevels(String text) {
    Map<String, Double> levels = new LinkedHashMap<>(reader.moodLevels());
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank() || !kv[1].strip().matches("[+-]?\\d+(\\.\\d+)?")) {
        throw new DiaryFormatException(
            "mood levels \"" + text + "\": \"" + part + "\" is not LABEL=NUMBER, as in rad=5");
      }
      levels.put(kv[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(kv[1].strip()));
    }
    return keep(
        new ImportOptions(
            dateFormat,
            format,
            pain,
            outcome,
            scales,
            reversed,
            new ReaderOptions(reader.user(), levels)));
  }

  /**
   * The days that carry this tag (an activity, a treatment, or a factor above 0) are days of an
   * approach of that name; the tag is then no longer analysed as an activity.
   */
  public ImportOptions withApproachTag(String tag) {
    ImportOptions o =
        new ImportOptions(dateFormat, format, pain, outcome, scales, reversed, reader);
    List<String> tags = new java.util.ArrayList<>(approachTags);
    tags.add(tag.strip());
    o.approachTags = List.copyOf(tags);
    return o;
  }

  /** A new value of these options keeps the approach tags. */
  private ImportOptions keep(ImportOptions o) {
    if (o.approachTags.isEmpty()) {
      o.approachTags = approachTags;
    }
    if (o.joined.isEmpty()) {
      o.joined = joined;
    }
    return o;
  }

  /** The other sources joined by date ({@code --with}). */
  public List<java.nio.file.Path> joined() {
    return joined;
  }

  /** Joins another source by date: its columns prefixed by the source, conflicts named. */
  public ImportOptions withJoined(java.nio.file.Path other) {
    ImportOptions o =
        keep(new ImportOptions(dateFormat, format, pain, outcome, scales, reversed, reader));
    List<java.nio.file.Path> j = new java.util.ArrayList<>(joined);
    j.add(other);
    o.joined = List.copyOf(j);
    return o;
  }

  /** The tags whose days are an approach's days, in the order given. */
  public List<String> approachTags() {
    return approachTags;
  }

  /** The date pattern given, if any. */
  public Optional<String> dateFormat() {
    return dateFormat;
  }

  /** The layout forced, if any. */
  public Optional<String> format() {
    return format;
  }

  /** The pain column named, if any. */
  public Optional<String> pain() {
    return pain;
  }

  /** The outcome column named, if any. */
  public Optional<String> outcome() {
    return outcome;
  }

  /** What the reader is told (user, mood levels). */
  public ReaderOptions reader() {
    return reader;
  }

  /** The declared range of a column, matched by its header key, if any. */
  Optional<double[]> scale(String... names) {
    for (String n : names) {
      double[] s = scales.get(key(n));
      if (s != null) {
        return Optional.of(s.clone());
      }
    }
    return Optional.empty();
  }

  /** Whether the column's direction is reversed. */
  boolean reversed(String... names) {
    for (String n : names) {
      if (reversed.contains(key(n))) {
        return true;
      }
    }
    return false;
  }

  /** The scales and reversals that name no column of {@code keys}: a typo the user should see. */
  List<String> unmatched(Set<String> keys) {
    List<String> out = new java.util.ArrayList<>();
    scales.keySet().stream().filter(k -> !keys.contains(k)).forEach(out::add);
    reversed.stream().filter(k -> !keys.contains(k)).forEach(out::add);
    return out;
  }

  /** Column names compare like headers: case, spaces, underscores, dashes and unit ignored. */
  static String key(String column) {
    return org.painstats.io.Headers.key(column);
  }

  @Override
  public String toString() {
    return "ImportOptions[dateFormat="
        + dateFormat.orElse("auto")
        + ", format="
        + format.orElse("auto")
        + pain.map(p -> ", pain=" + p).orElse("")
        + outcome.map(o -> ", outcome=" + o).orElse("")
        + "]";
  }
}
