package org.painstats.stats;

/**
 * Sample correlation coefficients of two aligned series, over the pairs where both are present.
 *
 * <p>{@link #pearson} is r = sum((x - mean x)(y - mean y)) / sqrt(sum((x - mean x)^2) sum((y - mean
 * y)^2)), computed with the means of the complete pairs (two passes, for accuracy). {@link
 * #spearman} is the Pearson coefficient of the average ranks (ties share the mean of their ranks),
 * the ranks being taken among the complete pairs only.
 *
 * <p>Missing values: NaN marks a missing value; a pair is used only when both values are present
 * (pairwise-complete). Degenerate cases give NaN: fewer than 3 complete pairs, or a series that is
 * constant over them. Two series of different lengths are a caller mistake and throw {@link
 * IllegalArgumentException}.
 *
 * <p>Reference: {@code scipy.stats.pearsonr} and {@code scipy.stats.spearmanr} (scipy 1.10) on the
 * complete pairs; R {@code cor(x, y, method = "pearson" | "spearman", use = "complete.obs")}.
 */
public final class Correlation {

  private Correlation() {}

  /** Pearson's product-moment correlation of the complete pairs; NaN if undefined. */
  public static double pearson(double[] x, double[] y) {
    boolean[] both = CompletePairs.mask(x, y);
    return pearsonOfComplete(CompletePairs.select(x, both), CompletePairs.select(y, both));
  }

  /**
   * Spearman's rank correlation of the complete pairs (average ranks for ties); NaN if undefined.
   */
  public static double spearman(double[] x, double[] y) {
    boolean[] both = CompletePairs.mask(x, y);
    return pearsonOfComplete(
        Ranks.average(CompletePairs.select(x, both)), Ranks.average(CompletePairs.select(y, both)));
  }

  /** Pearson's r of two equally long arrays without NaN; NaN when n < 3 or a series is constant. */
  static double pearsonOfComplete(double[] x, double[] y) {
    int n = x.length;
    if (n < 3 || isConstant(x) || isConstant(y)) {
      return Double.NaN;
    }
    double meanX = mean(x);
    double meanY = mean(y);
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    if (!(sxx > 0 && syy > 0) || Double.isInfinite(sxx) || Double.isInfinite(syy)) {
      return Double.NaN;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  private static boolean isConstant(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    // the corrected two-pass mean: the second pass removes most rounding error of the first
    double correction = 0;
    for (double v : values) {
      correction += v - mean;
    }
    return mean + correction / values.length;
  }
}
