package org.painstats.stats;

/**
 * One run of days of one approach (or of no approach): consecutive days with the same label.
 *
 * @param approach the approach's index, {@link ApproachModel#NONE} for days without one
 * @param first its first day (position in the series)
 * @param last its last day, inclusive
 */
public record ApproachRun(int approach, int first, int last) {
  /** Calendar days the run spans. */
  public int days() {
    return last - first + 1;
  }
}
