package org.painstats.chart;

import java.util.List;
import java.util.Locale;

/** The words charts put in titles and axes: few digits, no locale, plain English. */
final class Phrases {
  private Phrases() {}

  /** A column name for sentences: {@code sleep_hours} becomes "sleep hours". */
  static String name(String column) {
    return column.replace('_', ' ');
  }

  /** The outcome as a sentence starts: "Pain", "Mood". */
  static String subject(String outcome) {
    String n = name(outcome);
    return n.isEmpty() ? n : n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
  }

  /** The outcome's axis title with its scale: "pain (0-10)", "mood (1-5)". */
  static String outcomeAxis(org.painstats.analysis.Report report) {
    org.painstats.diary.Scale s = report.diary().outcomeScale();
    return name(report.outcome()) + " (" + num(s.min()) + "-" + num(s.max()) + ")";
  }

  private static String num(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : String.valueOf(x);
  }

  /** "more sleep hours", "higher stress": how a sentence says a factor was up. */
  static String more(String column) {
    String n = name(column);
    return n.contains("hour") || n.contains("step") || n.contains("minute")
        ? "more " + n
        : "higher " + n;
  }

  /** "same day", "day before", "3 days before". */
  static String lag(int lag) {
    return switch (lag) {
      case 0 -> "same day";
      case 1 -> "day before";
      default -> lag + " days before";
    };
  }

  /**
   * When a factor was up, relative to the outcome's day: "on days with higher stress", "after
   * nights with more sleep hours" (sleep is written for the night before), "the day after higher
   * stress", "2 days after higher stress".
   */
  static String when(String factor, int lag) {
    String more = more(factor);
    return switch (lag) {
      case 0 -> factor.contains("sleep") ? "after nights with " + more : "on days with " + more;
      case 1 -> "the day after " + more;
      default -> lag + " days after " + more;
    };
  }

  /** "Pain was lower on days with higher mood". */
  static String factorSentence(String outcome, String factor, int lag, double rho) {
    return subject(outcome) + " was " + (rho < 0 ? "lower " : "higher ") + when(factor, lag);
  }

  /** A number with {@code digits} decimals and no negative zero, or "n/a". */
  static String num(double x, int digits) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%." + digits + "f", x);
    return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
  }

  /** A signed number: "+1.4", "-0.8". */
  static String signed(double x, int digits) {
    String s = num(x, digits);
    return x > 0 && Double.parseDouble(s) != 0 ? "+" + s : s;
  }

  /** "a", "a and b", "a, b and c". */
  static String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** "1 factor", "3 factors". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
