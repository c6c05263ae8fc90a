package org.painstats.clean;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people write in diary cells: numbers with a decimal point or comma, {@code 7/10}
 * for 7, thousands written {@code 8,500} in a column of large numbers, durations {@code 7h30} and
 * {@code 7:30} for sleep, and yes/no marks. Blank cells and markers such as {@code n/a} are
 * missing, not wrong.
 */
final class ValueReader {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(?:[.,]\\d*)?|[.,]\\d+)");
  private static final Pattern OUT_OF_TEN = Pattern.compile("(.+?)\\s*/\\s*10");
  private static final Pattern HOURS_MINUTES =
      Pattern.compile("(\\d{1,2})\\s*(?:h|hrs?|hours?|:)\\s*(\\d{1,2})?\\s*(?:m|min|mins)?");
  private static final Set<String> MISSING =
      Set.of("na", "n/a", "n.a.", "-", "--", "?", "null", "nan", "none", "missing", "#n/a", ".");
  private static final Set<String> YES =
      Set.of("yes", "y", "true", "1", "x", "✓", "✔", "ja", "oui", "si", "sí");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "nein", "non");

  private ValueReader() {}

  /** Whether a cell means "no value". */
  static boolean isMissing(String raw) {
    String s = raw.strip();
    return s.isEmpty() || MISSING.contains(s.toLowerCase(Locale.ROOT));
  }

  /** Whether a cell is a yes/no mark (blank counts as no). */
  static boolean isYesNo(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    return s.isEmpty() || YES.contains(s) || NO.contains(s);
  }

  /** 1 for a yes mark, 0 otherwise. */
  static int yesNo(String raw) {
    return YES.contains(raw.strip().toLowerCase(Locale.ROOT)) ? 1 : 0;
  }

  private static final Pattern GROUPED_STRICT = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+");
  private static final Pattern MANY_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3}){2,}");
  private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+");
  private static final Pattern GROUPED_WITH_DOT =
      Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

  /**
   * Whether a column's commas group thousands ({@code 8,500} steps) rather than mark decimals
   * ({@code 7,5} hours), from the evidence of its values: {@code 1,234,567}, {@code 1,234.5} and
   * dot decimals say grouping; {@code 7,5} and {@code 0,250} say decimal; {@code 8,500} could be
   * either and counts for grouping unless outweighed.
   */
  static boolean commasGroupThousands(List<String> cells) {
    Commas c = new Commas();
    cells.forEach(c::add);
    return c.groupThousands();
  }

  /** The evidence of {@link #commasGroupThousands}, gathered one cell at a time. */
  static final class Commas {
    private int grouping;
    private int decimal;
    private int either;

    void add(String cell) {
      if (cell.indexOf(',') < 0 && cell.indexOf('.') < 0) {
        return; // none of the shapes below: the common case, decided without a pattern
      }
      String s = cell.strip();
      if (MANY_GROUPS.matcher(s).matches()
          || GROUPED_WITH_DOT.matcher(s).matches()
          || DOT_DECIMAL.matcher(s).matches()) {
        grouping++;
      } else if (GROUPED_STRICT.matcher(s).matches()) {
        either++;
      } else if (DECIMAL_COMMA.matcher(s).matches()) {
        decimal++;
      }
    }

    boolean groupThousands() {
      if (either == 0 && decimal == 0) {
        return false;
      }
      return grouping + either > decimal;
    }
  }

  /**
   * Whether a cell writes a comma that can only be a decimal comma ({@code 7,5}, {@code 0,250}).
   */
  static boolean isDecimalComma(String raw) {
    String s = raw.strip();
    return DECIMAL_COMMA.matcher(s).matches() && !GROUPED_STRICT.matcher(s).matches();
  }

  /**
   * Whether a value reads differently from its column's convention: a decimal comma in a column
   * whose commas group thousands, or several groups ({@code 1,234,567}) in a decimal-comma column.
   */
  static boolean contradicts(String raw, boolean commasGroupThousands) {
    if (raw.indexOf(',') < 0) {
      return false; // every contradicting shape has a comma
    }
    String s = raw.strip();
    return commasGroupThousands
        ? isDecimalComma(s)
        : MANY_GROUPS.matcher(s).matches() || GROUPED_WITH_DOT.matcher(s).matches();
  }

  /** A number, or empty when the cell is not one. */
  static OptionalDouble number(String raw, boolean commasGroupThousands) {
    String s = raw.strip();
    if (isPlainNumber(s)) {
      return OptionalDouble.of(Double.parseDouble(s) + 0.0);
    }
    if (cannotBeNumber(s)) {
      return OptionalDouble.empty();
    }
    Matcher ten = OUT_OF_TEN.matcher(s);
    if (ten.matches()) {
      s = ten.group(1).strip();
    }
    if (MANY_GROUPS.matcher(s).matches() || GROUPED_WITH_DOT.matcher(s).matches()) {
      s = s.replace(",", "");
    } else if (commasGroupThousands && GROUPED_STRICT.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    if (!NUMBER.matcher(s).matches() && !DOT_DECIMAL.matcher(s).matches()) {
      return OptionalDouble.empty();
    }
    // + 0.0 reads "-0" as 0: a negative zero would be written back as "0" and read as another value
    return OptionalDouble.of(Double.parseDouble(s.replace(',', '.')) + 0.0);
  }

  /**
   * Whether s is {@code [+-]?(\\d+(\\.\\d*)?|\\.\\d+)}: NUMBER without a comma, which no other
   * pattern of {@link #number} can match (they need a comma or a slash). Most cells are such; the
   * five patterns tried on each were a third of the samples in the painstats code of a ten-year
   * import (JFR).
   */
  private static boolean isPlainNumber(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int before = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      before++;
    }
    int after = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        after++;
      }
    }
    return i == n && (before > 0 || after > 0);
  }

  /**
   * Whether s (stripped) holds what no pattern of {@link #number} accepts: a character other than a
   * digit, {@code . , /} or white space, or a sign after the first character (the patterns allow a
   * sign only at the start, and "x/10" keeps the start of s). Dates, names and notes end here.
   */
  private static boolean cannotBeNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9')
              || c == '.'
              || c == ','
              || c == '/'
              || ((c == '+' || c == '-') && i == 0)
              || c == ' '
              || c == '\t'
              || c == '\n'
              || c == '\u000B'
              || c == '\f'
              || c == '\r';
      if (!ok) {
        return true;
      }
    }
    return false;
  }

  /** Hours from {@code 7.5}, {@code 7,5}, {@code 7h30}, {@code 7:30}, {@code 7h}; empty if none. */
  static OptionalDouble hours(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    Matcher m = HOURS_MINUTES.matcher(s);
    if (m.matches()) {
      int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (minutes >= 60) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(Integer.parseInt(m.group(1)) + minutes / 60.0);
    }
    return number(s, false);
  }
}
