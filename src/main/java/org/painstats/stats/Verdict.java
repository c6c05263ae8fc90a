package org.painstats.stats;

/**
 * What a diary says about one approach, from its estimate and the probability of a meaningful
 * improvement ({@link ApproachModel} says how each is decided).
 */
public enum Verdict {
  /** Improved pain by at least the meaningful change with probability 0.8 or more. */
  HELPED,
  /** Improved pain (the 95% interval excludes no change) but not surely by a meaningful amount. */
  PROBABLY_HELPED,
  /** Neither better nor worse, and a meaningful improvement is ruled out by the 95% interval. */
  NO_CLEAR_EFFECT,
  /** Pain was worse with it (the 95% interval excludes no change). */
  PROBABLY_WORSE,
  /** The interval holds both no change and a meaningful improvement: more days would settle it. */
  TOO_LITTLE_DATA
}
