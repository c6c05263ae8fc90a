package org.painstats.analysis;

/**
 * A straight line, as a scatter plot draws the least-squares fit of the outcome on a factor.
 *
 * @param intercept the line's value at x = 0 (NaN when no line can be fitted)
 * @param slope outcome units per factor unit (NaN when no line can be fitted)
 */
public record Line(double intercept, double slope) {
  /** The line's value at x. */
  public double at(double x) {
    return intercept + slope * x;
  }

  /** Whether a line could be fitted. */
  public boolean isFitted() {
    return !Double.isNaN(slope) && !Double.isNaN(intercept);
  }
}
