package org.painstats.analysis;

import java.util.Objects;

/**
 * What limits the conclusion about an approach: its kind, for code (renderers and tests select by
 * kind, never by wording), and the sentence a reader sees. The factories below are the one place
 * that words each kind.
 *
 * @param kind what the caveat is about
 * @param text the plain sentence
 */
public record Caveat(Kind kind, String text) {

  /** What a caveat is about. */
  public enum Kind {
    /** The approach started when pain was unusually high: it may have settled anyway. */
    FLARE,
    /** Pain was already falling before the start. */
    ALREADY_FALLING,
    /** The approach's name suggests several approaches at once. */
    SEVERAL_AT_ONCE,
    /** Something else changed at the same time (an activity done more or less often). */
    OTHER_CHANGE,
    /** Few days before or during the approach. */
    FEW_DAYS,
    /** The change is smaller than the usual day-to-day ups and downs. */
    SMALL_CHANGE
  }

  public Caveat {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  static Caveat flare(String outcome, double weekBefore, double usual) {
    return new Caveat(
        Kind.FLARE,
        "Started during a flare: "
            + outcome
            + " in the week before averaged "
            + Words.num(weekBefore, 1)
            + " against a usual "
            + Words.num(usual, 1)
            + ". It tends to settle after a flare whatever one does (regression to the mean),"
            + " so part of any improvement may be that.");
  }

  static Caveat alreadyFalling(String outcome, double perWeek) {
    return new Caveat(
        Kind.ALREADY_FALLING,
        cap(outcome)
            + " was already falling in the four weeks before the start ("
            + Words.num(perWeek, 2)
            + " points a week); most back pain eases on its own, so not all of the change need be"
            + " the approach.");
  }

  static Caveat severalAtOnce() {
    return new Caveat(
        Kind.SEVERAL_AT_ONCE,
        "The name suggests more than one approach at once; their effects cannot be told apart.");
  }

  static Caveat otherChange(String activity, double during, double before) {
    return new Caveat(
        Kind.OTHER_CHANGE,
        "You also did "
            + Words.name(activity)
            + " "
            + (during > before ? "more" : "less")
            + " often ("
            + Math.round(during * 100)
            + "% of days against "
            + Math.round(before * 100)
            + "% before), so the two cannot be told apart.");
  }

  static Caveat fewDays(String approach, int baselineDays, int days) {
    return new Caveat(
        Kind.FEW_DAYS,
        "Few days: "
            + baselineDays
            + " before any approach and "
            + days
            + " with "
            + approach
            + "; two weeks or more of each give a fairer answer.");
  }

  static Caveat smallChange(double change, double sd) {
    return new Caveat(
        Kind.SMALL_CHANGE,
        "The change ("
            + Words.num(change, 1)
            + ") is smaller than your usual day-to-day ups and downs (standard deviation "
            + Words.num(sd, 1)
            + ").");
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public String toString() {
    return text;
  }
}
