package org.painstats.stats;

/**
 * The trailing rolling mean of a series with missing values: for each position, the mean of the
 * values present among that position and the {@code window - 1} before it.
 *
 * <p>Definition: {@code out[i] = mean of the non-NaN y[j], i - window < j <= i}, or NaN when fewer
 * than {@code ceil(window / 2)} of them are present. The first positions use the shorter window
 * available. Trailing rather than centred, so each value uses only past days and a chart of it
 * never shows a change before it happened.
 *
 * <p>Reference: pandas 1.5 {@code Series(y).rolling(window, min_periods=ceil(window/2)).mean()}.
 */
public final class RollingMean {
  private RollingMean() {}

  /**
   * The trailing rolling mean of y over {@code window} positions (days).
   *
   * @throws IllegalArgumentException when window is less than 1
   */
  public static double[] trailing(double[] y, int window) {
    Inputs.requirePositive("window", window);
    int minPresent = (window + 1) / 2;
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      double sum = 0;
      int present = 0;
      for (int j = Math.max(0, i - window + 1); j <= i; j++) {
        if (!Double.isNaN(y[j])) {
          sum += y[j];
          present++;
        }
      }
      out[i] = present >= minPresent ? sum / present : Double.NaN;
    }
    return out;
  }
}
