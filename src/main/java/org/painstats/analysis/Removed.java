package org.painstats.analysis;

/**
 * Structure removed from the outcome or a factor before a test, so that what the two share on a
 * calendar scale does not pass for a day-to-day link. {@link Wording#removed} says it in words.
 */
public enum Removed {
  /** The mean of each approach period (and of the days without one). */
  APPROACH_PERIODS,
  /** The mean of each weekday. */
  WEEKDAYS,
  /** A slow smooth trend. */
  DRIFT,
  /** A yearly season. */
  SEASON
}
