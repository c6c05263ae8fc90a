package org.painstats.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers and phrases as the report writes them: few digits, no locale. */
final class Words {
  private Words() {}

  /** A number with {@code digits} decimals, or "n/a". */
  static String num(double x, int digits) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Infinity" : "-Infinity";
    }
    // String.format's %.Nf, without its format parsing (a report formats thousands of numbers):
    // both round the shortest decimal of x half up; a value that rounds to zero has no sign.
    return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  /** A number with its sign: "+1.4", "-0.3", "0.0". */
  static String signed(double x, int digits) {
    String s = num(x, digits);
    return x > 0 && !s.equals(num(0, digits)) ? "+" + s : s;
  }

  /** A p-value as people read it: {@code p = 0.03}, {@code p < 0.001}. */
  static String p(double p) {
    if (Double.isNaN(p)) {
      return "p n/a";
    }
    return p < 0.001 ? "p < 0.001" : "p = " + String.format(Locale.ROOT, "%.3f", p);
  }

  /** "the same day", "the day before", "3 days before". */
  static String lag(int lag) {
    return switch (lag) {
      case 0 -> "the same day";
      case 1 -> "the day before";
      default -> lag + " days before";
    };
  }

  /** A factor name for sentences: {@code sleep_hours} becomes "sleep hours". */
  static String name(String column) {
    return column.replace('_', ' ');
  }

  /** "more sleep hours", "higher stress": how a sentence says a factor was up. */
  static String more(String column) {
    String n = name(column);
    return n.contains("hour") || n.contains("step") || n.contains("minute")
        ? "more " + n
        : "higher " + n;
  }
}
