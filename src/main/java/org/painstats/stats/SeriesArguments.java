package org.painstats.stats;

import java.util.Objects;

/**
 * Checks of caller arguments shared by the classes of this package, with their messages in one
 * place.
 *
 * <p>Data problems (missing values, too few values, constant series) are never reported here: they
 * give NaN results. Only caller mistakes throw, and the message says what to do.
 */
final class SeriesArguments {

  private SeriesArguments() {}

  static double[] requireSeries(double[] values, String name) {
    return Objects.requireNonNull(values, () -> name + " is null; pass an array (NaN = missing)");
  }

  /** Throws unless both series are present and have the same length (one value per day). */
  static void requireSameLength(double[] x, double[] y) {
    requireSeries(x, "x");
    requireSeries(y, "y");
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x has "
              + x.length
              + " values but y has "
              + y.length
              + "; pass two series of the same length, aligned by position (day), with NaN for"
              + " a missing value");
    }
  }

  static void requireLagInRange(int maxLag, int length) {
    if (maxLag < 0 || maxLag >= length) {
      throw new IllegalArgumentException(
          "maxLag is "
              + maxLag
              + " but the series has "
              + length
              + " values; ask for a lag between 0 and "
              + (length - 1));
    }
  }

  static void requireProbabilities(double[] p) {
    requireSeries(p, "p");
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i]) && !(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException(
            "p["
                + i
                + "] is "
                + p[i]
                + "; p-values must lie in [0, 1] (use NaN for a test that could not be run)");
      }
    }
  }
}
