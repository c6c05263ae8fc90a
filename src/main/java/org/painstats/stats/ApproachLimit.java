package org.painstats.stats;

/** Why a diary cannot (yet) separate an approach's effect from other things. */
public enum ApproachLimit {
  /** Fewer than two weeks of the approach's days were used. */
  FEW_DAYS,
  /**
   * The only days without an approach are a short stretch before it (under four weeks) with no
   * return to them later: the natural course of the pain cannot be told from the approach.
   */
  NATURAL_COURSE,
  /**
   * It followed another approach with no days without an approach between: the earlier one's effect
   * may have lasted into it.
   */
  CARRIED_OVER,
  /** Pain in the days just before it started stood well above the model's expectation (a flare). */
  FLARE_BEFORE
}
