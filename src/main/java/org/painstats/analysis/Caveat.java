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
    /** The approach started when pain stood above its course: it may have settled anyway. */
    FLARE,
    /**
     * The only days without an approach are a short stretch before it and none came after: its
     * effect cannot be told from the natural course.
     */
    NATURAL_COURSE,
    /** It followed another approach directly: that one's effect may have lasted into it. */
    CARRIED_OVER,
    /** The approach's name suggests several approaches at once. */
    SEVERAL_AT_ONCE,
    /** Something else changed at the same time (an activity done more or less often). */
    OTHER_CHANGE,
    /** Few days of the approach, or too few for the model. */
    FEW_DAYS
  }

  public Caveat {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  static Caveat flare(String outcome, double rise) {
    return new Caveat(
        Kind.FLARE,
        "Started during a flare: "
            + outcome
            + " jumped "
            + Words.num(rise, 1)
            + " points above what the days before led to expect, in the 4 days before it. It"
            + " tends to settle after a flare whatever one does (regression to the mean), so the"
            + " model let the flare fade at the pace of "
            + outcome
            + "'s own ups and downs rather than credit its settling to the approach.");
  }

  static Caveat naturalCourse(int baselineDays) {
    return new Caveat(
        Kind.NATURAL_COURSE,
        baselineDays == 0
            ? "There are no days without any approach: nothing shows where the outcome would have"
                + " gone without it."
            : "The only days without an approach are the "
                + baselineDays
                + " before it, and none came after: its effect cannot be told from the way the"
                + " outcome was going anyway (most back pain eases on its own). A few weeks"
                + " without any approach would settle it.");
  }

  static Caveat carriedOver() {
    return new Caveat(
        Kind.CARRIED_OVER,
        "It started right after another approach, with no days without one between: that"
            + " approach's effect may have lasted into it, so its own effect is uncertain. A week"
            + " or two without any approach between them would settle it.");
  }

  static Caveat severalAtOnce() {
    return new Caveat(
        Kind.SEVERAL_AT_ONCE,
        "The name suggests more than one approach at once; their effects cannot be told apart.");
  }

  static Caveat otherChange(String activity, double during, double without) {
    return new Caveat(
        Kind.OTHER_CHANGE,
        "You also did "
            + Words.name(activity)
            + " "
            + (during > without ? "more" : "less")
            + " often ("
            + Math.round(during * 100)
            + "% of days against "
            + Math.round(without * 100)
            + "% without an approach), so the two cannot be told apart.");
  }

  static Caveat fewDays(String approach, int days) {
    return new Caveat(
        Kind.FEW_DAYS,
        "Few days: "
            + days
            + " days of "
            + approach
            + " entered the model; two weeks or more give a fairer answer.");
  }

  static Caveat tooFewForModel() {
    return new Caveat(
        Kind.FEW_DAYS,
        "The diary has too few days with the outcome for the model of the approaches.");
  }

  @Override
  public String toString() {
    return text;
  }
}
