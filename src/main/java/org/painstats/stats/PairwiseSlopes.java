package org.painstats.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Order statistics of the pairwise slopes {@code (y_j - y_i) / (x_j - x_i)} over pairs with {@code
 * x_i < x_j}, exactly as a sort of all of them would give, without storing the n(n-1)/2 slopes.
 *
 * <p>Points on an integer grid (days, whole or half pain points) go to {@link GridSlopes}, O(n log
 * n). Otherwise a seeded random sample of pairs brackets the wanted ranks; one pass over all pairs
 * then counts the slopes below the bracket and keeps those inside it (a few percent), among which
 * the order statistics are selected. Each slope is computed with the very expression of the full
 * enumeration, so the values are the same doubles; the sample only decides how much is kept. Should
 * the bracket miss a rank (a chance of about 1e-4), everything is kept. Memory O(n + kept), time
 * O(n²) with a small constant.
 */
final class PairwiseSlopes {
  /** Pairs sampled to place the bracket. */
  private static final int SAMPLE = 1 << 15;

  /** Half-width of the bracket in standard deviations of a sample quantile's rank. */
  private static final double MARGIN = 4;

  private PairwiseSlopes() {}

  /**
   * The slopes at the given 0-based ranks in sorted order, for x sorted ascending (ties allowed;
   * tied pairs have no slope) and m the number of pairs with distinct x. No NaN or infinity.
   */
  static double[] orderStatistics(double[] y, double[] x, long m, long... ranks) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long r : ranks) {
      if (r < 0 || r >= m) {
        throw new IndexOutOfBoundsException("order statistic " + r + " of " + m + " slopes");
      }
      min = Math.min(min, r);
      max = Math.max(max, r);
    }
    double[] onGrid = GridSlopes.orderStatistics(y, x, m, ranks);
    if (onGrid != null) {
      return onGrid;
    }
    double[] sample = sample(y, x, (int) Math.min(SAMPLE, m));
    int s = sample.length;
    double sd = Math.sqrt(s * 0.25);
    int loIdx = (int) Math.floor((double) min / m * s - MARGIN * sd);
    int hiIdx = (int) Math.ceil((double) max / m * s + MARGIN * sd);
    double lo = loIdx < 0 ? Double.NEGATIVE_INFINITY : sample[loIdx];
    double hi = hiIdx >= s ? Double.POSITIVE_INFINITY : sample[hiIdx];
    Kept kept = keep(y, x, lo, hi);
    for (long r : ranks) {
      if (r < kept.below || r >= kept.below + kept.count) {
        kept = keep(y, x, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        break;
      }
    }
    int[] local = new int[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      local[i] = (int) (ranks[i] - kept.below);
    }
    return Select.orderStatistics(kept.values, kept.count, local);
  }

  /** Slopes of random pairs with distinct x, sorted; a fixed seed keeps the work repeatable. */
  private static double[] sample(double[] y, double[] x, int size) {
    SplittableRandom random = new SplittableRandom(0x5EED5L);
    int n = x.length;
    double[] out = new double[size];
    int got = 0;
    while (got < size) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (x[i] != x[j]) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        out[got++] = (y[b] - y[a]) / (x[b] - x[a]);
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** The slopes in [lo, hi] and the number below lo. */
  private record Kept(long below, double[] values, int count) {}

  private static Kept keep(double[] y, double[] x, double lo, double hi) {
    int n = x.length;
    double[] values = new double[Math.max(16, n)];
    int count = 0;
    long below = 0;
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double yi = y[i];
      for (int j = i + 1; j < n; j++) {
        double dx = x[j] - xi;
        if (dx != 0) {
          double slope = (y[j] - yi) / dx;
          below += slope < lo ? 1 : 0;
          if (slope >= lo && slope <= hi) {
            if (count == values.length) {
              values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, 2L * count));
            }
            values[count++] = slope;
          }
        }
      }
    }
    return new Kept(below, values, count);
  }
}
