package org.painstats.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Escapes;

/**
 * Reads the dates of one file: ISO {@code 2024-03-05} and {@code 2024/03/05}, {@code 5 March 2024},
 * {@code March 5, 2024}, {@code 22nd Sep 2020}, date-times (which count for their day as written,
 * whatever the offset), and {@code 03/05/2024} once the file (a day above 12) or a pattern says
 * which number is the day.
 */
final class DateReader {
  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(.*)");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)(.*)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[ \\-]+([a-z]+)\\.?,?[ \\-]+(\\d{4})(.*)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([a-z]+)\\.? +(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})(.*)");

  /** What may follow a date and still name that day: a time, a time zone, nothing. */
  private static final Pattern TIME_AFTER =
      Pattern.compile(
          "(?:[ t,]+\\d{1,2}(?:[:h.]\\d{2}|\\s*[ap]\\.?m).*|[ t]*z|[ t]*[+-]\\d{2}:?\\d{2}|[ ,]*)");

  private static final Pattern RANGE_AFTER =
      Pattern.compile("\\s*(?:-|–|to|until|till|bis|au|al|a)\\s+\\d.*");
  private static final Pattern WEEKDAY_PREFIX =
      Pattern.compile(
          "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s+");
  private static final Map<String, Integer> MONTHS = months();

  /** Which number of {@code 03/05/2024} is the day. */
  enum Order {
    DAY_FIRST,
    MONTH_FIRST,
    UNDECIDED
  }

  /** A date, or why there is none. */
  record Result(Optional<LocalDate> date, String problem, String note) {
    static Result of(LocalDate d) {
      return new Result(Optional.of(d), "", "");
    }

    static Result fail(String problem) {
      return new Result(Optional.empty(), problem, "");
    }

    /** The date, with what was read differently from the text (a two-digit year, a suffix). */
    Result noting(String n) {
      if (date.isEmpty() || n.isEmpty()) {
        return this;
      }
      return new Result(date, problem, note.isEmpty() ? n : note + "; " + n);
    }
  }

  private final Optional<DateTimeFormatter> pattern;
  private final Order order;
  private final int typicalYear;

  private DateReader(Optional<DateTimeFormatter> pattern, Order order, int typicalYear) {
    this.pattern = pattern;
    this.order = order;
    this.typicalYear = typicalYear;
  }

  /**
   * A reader for the given raw dates of a file: the order of day and month in numeric dates is
   * decided from the values that make it certain, by majority if they disagree.
   *
   * @throws DiaryFormatException if numeric dates occur, no pattern is given and nothing decides
   */
  static DateReader forValues(String file, List<String> raw, ImportOptions options) {
    Tally t = new Tally(options);
    raw.forEach(t::add);
    return t.reader(file);
  }

  /** The evidence {@link #forValues} weighs, gathered one raw date at a time. */
  static final class Tally {
    private final Optional<DateTimeFormatter> pattern;
    private int dayFirst;
    private int monthFirst;
    private String example = "";
    // four-digit years 1900-2199 by count: the median without keeping every year
    private final long[] years = new long[300];
    private long yearCount;

    Tally(ImportOptions options) {
      pattern = options.dateFormat().map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH));
    }

    void add(String r) {
      String s = normalise(r);
      Matcher y = FOUR_DIGIT_YEAR.matcher(s);
      if (y.find()) {
        years[Integer.parseInt(y.group(1)) - 1900]++;
        yearCount++;
      }
      if (pattern.isPresent() && parseWith(pattern.get(), s).isPresent()) {
        return;
      }
      Matcher m = NUMERIC.matcher(s);
      if (m.matches() && !m.group(2).equals(".")) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (a > 12 && b <= 12) {
          dayFirst++;
        } else if (b > 12 && a <= 12) {
          monthFirst++;
        } else if (example.isEmpty()) {
          example = r.strip();
        }
      }
    }

    /**
     * The reader the evidence calls for.
     *
     * @throws DiaryFormatException if numeric dates occur, no pattern is given and nothing decides
     */
    DateReader reader(String file) {
      Order order;
      if (dayFirst > monthFirst) {
        order = Order.DAY_FIRST;
      } else if (monthFirst > dayFirst) {
        order = Order.MONTH_FIRST;
      } else if (dayFirst > 0 || !example.isEmpty()) {
        throw new DiaryFormatException(
            file
                + ": dates such as \""
                + (example.isEmpty() ? "03/05/2024" : Escapes.inline(example))
                + "\" could be day-first or month-first and the file does not say which; give the"
                + " date pattern, dd/MM/yyyy or MM/dd/yyyy",
            DiaryFormatException.Remedy.DATE_PATTERN);
      } else {
        order = Order.UNDECIDED;
      }
      return new DateReader(pattern, order, median());
    }

    /** The middle year (the upper of two middles), 0 when no four-digit year was seen. */
    private int median() {
      long rank = yearCount / 2;
      for (int i = 0; i < years.length; i++) {
        if (rank < years[i]) {
          return 1900 + i;
        }
        rank -= years[i];
      }
      return 0;
    }
  }

  private static final Pattern FOUR_DIGIT_YEAR =
      Pattern.compile("(?<!\\d)((?:19|20|21)\\d{2})(?!\\d)");

  /**
   * The century of a two-digit year: the one nearest the file's four-digit years, or, in a file
   * without any, POSIX's rule for {@code %y} (69-99 are 1900s, 00-68 are 2000s).
   */
  private int century(int yy) {
    if (typicalYear > 0) {
      int a = 1900 + yy;
      int b = 2000 + yy;
      return Math.abs(a - typicalYear) <= Math.abs(b - typicalYear) ? a : b;
    }
    return yy >= 69 ? 1900 + yy : 2000 + yy;
  }

  /** A date followed by {@code rest}: a time is fine, a range is refused, other text said. */
  private static Result after(Result r, String rest) {
    if (r.date().isEmpty() || TIME_AFTER.matcher(rest).matches()) {
      return r;
    }
    if (RANGE_AFTER.matcher(rest).matches()) {
      return Result.fail("a range of dates, not one day");
    }
    return r.noting("text after the date");
  }

  Order order() {
    return order;
  }

  Result read(String raw) {
    String s = normalise(raw);
    if (s.isEmpty()) {
      return Result.fail("no date");
    }
    if (pattern.isPresent()) {
      Optional<LocalDate> d = parseWith(pattern.get(), s);
      if (d.isPresent()) {
        return plausible(d.get());
      }
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return after(make(m.group(1), m.group(2), m.group(3)), m.group(4));
    }
    m = NUMERIC.matcher(s);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean twoDigits = m.group(4).length() == 2;
      String year = twoDigits ? String.valueOf(century(Integer.parseInt(m.group(4)))) : m.group(4);
      boolean dayFirst = m.group(2).equals(".") || order == Order.DAY_FIRST;
      if (!m.group(2).equals(".")) {
        if (order == Order.DAY_FIRST && b > 12 && a <= 12) {
          return Result.fail("month-first, unlike the rest of the file");
        }
        if (order == Order.MONTH_FIRST && a > 12 && b <= 12) {
          return Result.fail("day-first, unlike the rest of the file");
        }
      }
      Result r =
          dayFirst
              ? make(year, String.valueOf(b), String.valueOf(a))
              : make(year, String.valueOf(a), String.valueOf(b));
      return after(twoDigits ? r.noting("a two-digit year") : r, m.group(5));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.matches() && MONTHS.containsKey(m.group(2))) {
      return after(
          make(m.group(3), String.valueOf(MONTHS.get(m.group(2))), m.group(1)), m.group(4));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.matches() && MONTHS.containsKey(m.group(1))) {
      return after(
          make(m.group(3), String.valueOf(MONTHS.get(m.group(1))), m.group(2)), m.group(4));
    }
    return Result.fail("not a date");
  }

  private static String normalise(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    return WEEKDAY_PREFIX.matcher(s).replaceFirst("");
  }

  private static Optional<LocalDate> parseWith(DateTimeFormatter f, String s) {
    for (String candidate : new String[] {s, s.split("[ t]", 2)[0]}) {
      try {
        return Optional.of(
            f.withResolverStyle(java.time.format.ResolverStyle.SMART)
                .parse(capitalise(candidate), LocalDate::from));
      } catch (DateTimeParseException e) {
        // try the date part alone
      }
    }
    return Optional.empty();
  }

  /** Month names in patterns (MMM) are case-sensitive; diaries are not. */
  private static String capitalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = !Character.isLetter(c);
    }
    return b.toString();
  }

  private static Result make(String y, String m, String d) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException e) {
      return Result.fail("not a real date");
    }
  }

  private static Result plausible(LocalDate d) {
    if (d.getYear() < 1900 || d.getYear() > 2199) {
      return Result.fail("year " + d.getYear() + " is implausible");
    }
    return Result.of(d);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (java.time.Month month : java.time.Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT); // the English name, in any locale
      m.put(name, month.getValue());
      m.put(name.substring(0, 3), month.getValue());
    }
    m.put("sept", 9);
    return Map.copyOf(m);
  }
}
