package org.painstats.analysis;

/**
 * One thing that limits what the diary can say about an approach: its kind, for code, and its
 * sentence, for people (written in {@link ApproachAnalysis}, the one place that words them).
 *
 * @param kind what kind of limit
 * @param sentence the plain sentence
 */
public record ApproachCaveat(Kind kind, String sentence) {
  /** The kinds of limit. */
  public enum Kind {
    /** Fewer than two weeks of its days were used. */
    FEW_DAYS,
    /** A short stretch without an approach before it and none after: natural course unseparated. */
    NATURAL_COURSE,
    /** It followed another approach directly: that one's effect may have lasted into it. */
    CARRIED_OVER,
    /** Pain in the week before the start stood out from the weeks before (a flare). */
    FLARE_BEFORE,
    /** Something else changed at the same time (an activity or medication column). */
    OTHER_CHANGE,
    /** Its name suggests several approaches at once. */
    SEVERAL_AT_ONCE
  }
}
