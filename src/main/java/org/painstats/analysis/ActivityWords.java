package org.painstats.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * How a sentence names the days of an activity, grammatical for any tag a diary holds: "on days
 * with yoga", but "on days marked “with friends”" and "on days marked “didn't go to class”", where
 * "with" would make "on days with with friends". One place for the text, the charts and the HTML.
 */
public final class ActivityWords {
  private ActivityWords() {}

  /** First words that make a tag read as a phrase of its own rather than as a thing one did. */
  private static final Set<String> PHRASE_STARTS =
      Set.of(
          "with", "without", "at", "in", "on", "to", "for", "from", "after", "before", "by", "no",
          "not", "did", "didn't", "didnt", "don't", "dont", "went", "go", "going", "had", "have",
          "was", "were", "is", "got", "felt", "feeling", "stayed", "slept", "took", "ate", "drank",
          "very", "too", "a", "an", "the", "my", "out");

  /** "on days with yoga", "on days marked “with friends”". */
  public static String onDaysWith(String label) {
    return readsAsAThing(label) ? "on days with " + label : "on days marked " + quoted(label);
  }

  /** "on days after yoga", "on days after one marked “with friends”". */
  public static String onDaysAfter(String label) {
    return readsAsAThing(label)
        ? "on days after " + label
        : "on days after one marked " + quoted(label);
  }

  /** "the day after heavy lifting", "the day after one marked “with friends”". */
  public static String theDayAfter(String label) {
    return readsAsAThing(label)
        ? "the day after " + label
        : "the day after one marked " + quoted(label);
  }

  /** Whether a tag reads as a thing done ("yoga", "heavy lifting"), so "days with" fits it. */
  static boolean readsAsAThing(String label) {
    String first = label.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replace('’', '\'');
    return !first.isEmpty()
        && !PHRASE_STARTS.contains(first)
        && !first.endsWith("n't")
        && !(first.endsWith("ed") && first.length() > 4);
  }

  private static String quoted(String label) {
    return "“" + label + "”";
  }
}
