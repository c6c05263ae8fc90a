package org.painstats.analysis;

import java.util.Locale;

/**
 * Structure that the outcome and a factor share on a calendar scale, without a day-to-day link:
 * both follow a weekly rhythm, both drift over the diary, or both follow the season. It is
 * described, never tested as a link: the factor tests remove it first ({@link Removed}).
 *
 * @param factor the factor's name
 * @param kind what they share
 * @param summary one plain sentence
 */
public record SharedStructure(String factor, Kind kind, String summary) {

  /** What is shared. */
  public enum Kind {
    /** Both differ by weekday. */
    WEEKDAY,
    /** Both drift over the diary. */
    DRIFT,
    /** Both follow the season. */
    SEASON;

    /** The JSON name: "weekday", "drift", "season". */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
