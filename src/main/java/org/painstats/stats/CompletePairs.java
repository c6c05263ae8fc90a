package org.painstats.stats;

import java.util.Arrays;

/**
 * The pairwise-complete view of two aligned series: the positions where both values are present.
 */
final class CompletePairs {

  private CompletePairs() {}

  /** True where both {@code x[i]} and {@code y[i]} are present; throws on a length mismatch. */
  static boolean[] mask(double[] x, double[] y) {
    SeriesArguments.requireSameLength(x, y);
    boolean[] both = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      both[i] = !Double.isNaN(x[i]) && !Double.isNaN(y[i]);
    }
    return both;
  }

  static int count(boolean[] mask) {
    int n = 0;
    for (boolean b : mask) {
      if (b) {
        n++;
      }
    }
    return n;
  }

  /** The values at the kept positions, in order (a shorter array). */
  static double[] select(double[] values, boolean[] mask) {
    double[] kept = new double[count(mask)];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (mask[i]) {
        kept[k++] = values[i];
      }
    }
    return kept;
  }

  /** The values spread back to their positions, NaN elsewhere (same length as the mask). */
  static double[] spread(double[] kept, boolean[] mask) {
    double[] full = new double[mask.length];
    Arrays.fill(full, Double.NaN);
    int k = 0;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        full[i] = kept[k++];
      }
    }
    return full;
  }
}
