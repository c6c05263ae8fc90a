package org.painstats.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Order statistics of the pairwise slopes of points on a grid, integer x and y a multiple of 2^-p
 * (days and pain scores in whole or half points), in O(n log n) expected time: the randomized
 * selection of Matoušek (1991) and Dillencourt, Mount &amp; Netanyahu (1992) with exact integer
 * arithmetic.
 *
 * <p>For x_i &lt; x_j the slope s_ij is below a threshold a/b (b &gt; 0) exactly when {@code k_i >
 * k_j} with {@code k = b y - a x}, an integer here: the slopes below a/b are the inversions of the
 * keys in x order, counted by a merge sort. Seen from the dual, the pairs with L &lt;= s &lt;= H
 * are those whose order by key changes from threshold L to H, listed by a merge sort in O(n log n +
 * their number). A seeded sample of slopes places L and H a few standard errors around the wanted
 * ranks; the slopes below, at most, L and H are counted (four merge sorts), so a rank that falls on
 * a tie at L or H (a median slope of exactly 0, common with whole-point scores) needs no listing;
 * the slopes strictly between L and H (a few percent) are listed and the order statistics selected
 * among them.
 *
 * <p>Exactness: on the grid, y_j - y_i and x_j - x_i are exact in double, so each slope as the full
 * enumeration computes it is the correctly rounded rational dy/dx, and rounding is monotone; the
 * slopes below L round to no more than those listed, those above H to no less. The listed slopes
 * (and those tied with L or H) are computed with the enumeration's own expression, so the order
 * statistics are the same doubles. When the data are not on such a grid, or the sample misses
 * (about 1e-4), {@link #orderStatistics} answers null and the caller counts another way.
 *
 * <p>References: Matoušek, J. (1991) Information Processing Letters 39:183-187; Dillencourt, M.B.,
 * Mount, D.M. &amp; Netanyahu, N.S. (1992) Int. J. Comput. Geom. Appl. 2:1-27.
 */
final class GridSlopes {
  /** Largest grid coordinate range, so that every key fits in a long with room to spare. */
  private static final long RANGE = 1L << 30;

  /** Pairs sampled to place the bracket. */
  private static final int SAMPLE = 1 << 13;

  /** Half-width of the bracket in standard deviations of a sample quantile's rank. */
  private static final double MARGIN = 4;

  private final double[] y;
  private final double[] x;
  private final long[] gy;
  private final long[] gx;
  private final int n;

  private GridSlopes(double[] y, double[] x, long[] gy, long[] gx) {
    this.y = y;
    this.x = x;
    this.gy = gy;
    this.gx = gx;
    this.n = y.length;
  }

  /**
   * The slopes at the given 0-based ranks in sorted order, x ascending and m the number of pairs
   * with distinct x; null when the points are not on a grid or the bracket missed a rank.
   */
  static double[] orderStatistics(double[] y, double[] x, long m, long... ranks) {
    long[] gx = grid(x, 0);
    if (gx == null) {
      return null;
    }
    long[] gy = null;
    for (int p = 0; p <= 30 && gy == null; p++) {
      gy = grid(y, p);
    }
    if (gy == null) {
      return null;
    }
    return new GridSlopes(y, x, gy, gx).select(m, ranks);
  }

  /** v 2^p as integers shifted to start at 0, or null unless all are integers within RANGE. */
  private static long[] grid(double[] v, int p) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double a : v) {
      double s = Math.scalb(a, p);
      if (s != Math.rint(s)) {
        return null;
      }
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    if (!(max - min < RANGE)) {
      return null;
    }
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (long) (Math.scalb(v[i], p) - min);
    }
    return out;
  }

  private double[] select(long m, long[] ranks) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long r : ranks) {
      min = Math.min(min, r);
      max = Math.max(max, r);
    }
    int[][] sample = sample((int) Math.min(SAMPLE, m));
    int s = sample[0].length;
    double sd = Math.sqrt(s * 0.25);
    int loIdx = (int) Math.floor((double) min / m * s - MARGIN * sd);
    int hiIdx = (int) Math.ceil((double) max / m * s + MARGIN * sd);
    // Thresholds L and H as fractions a/b; a missing one (beyond the sample) is -/+ infinity.
    long[] lo = loIdx < 0 ? null : threshold(sample, loIdx);
    long[] hi = hiIdx >= s ? null : threshold(sample, hiIdx);
    // Slopes below L, at most L, below H, at most H: ties at L or H (common on a coarse grid,
    // e.g. a median slope of exactly 0) are counted, never listed.
    long belowL = lo == null ? 0 : countBelow(lo[0], lo[1]);
    long upToL = lo == null ? 0 : m - countAbove(lo[0], lo[1]);
    long belowH = hi == null ? m : countBelow(hi[0], hi[1]);
    long upToH = hi == null ? m : m - countAbove(hi[0], hi[1]);
    double[] out = new double[ranks.length];
    double[] inner = null;
    for (int i = 0; i < ranks.length; i++) {
      long r = ranks[i];
      if (r >= belowL && r < upToL) {
        out[i] = slope(sample[0][loIdx], sample[1][loIdx]);
      } else if (r >= belowH && r < upToH) {
        out[i] = slope(sample[0][hiIdx], sample[1][hiIdx]);
      } else if (r >= upToL && r < belowH) {
        if (inner == null) {
          inner = strictlyBetween(lo, hi, belowH - upToL);
          if (inner == null) {
            return null;
          }
        }
        out[i] = Select.kth(inner, 0, inner.length, (int) (r - upToL));
      } else {
        return null; // the bracket missed
      }
    }
    return out;
  }

  /** The slope of points i and j, x_i != x_j, as the full enumeration computes it. */
  private double slope(int i, int j) {
    return x[i] < x[j] ? (y[j] - y[i]) / (x[j] - x[i]) : (y[i] - y[j]) / (x[i] - x[j]);
  }

  /** Random pairs with distinct x as {i, j}, i before j, sorted by slope (seeded). */
  private int[][] sample(int size) {
    SplittableRandom random = new SplittableRandom(0x5EED5L);
    double[] slopes = new double[size];
    int[] first = new int[size];
    int[] second = new int[size];
    int got = 0;
    while (got < size) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (gx[i] != gx[j]) {
        first[got] = Math.min(i, j);
        second[got] = Math.max(i, j);
        slopes[got] = slope(i, j);
        got++;
      }
    }
    int[] order = RadixSort.order(slopes);
    int[] a = new int[size];
    int[] b = new int[size];
    for (int k = 0; k < size; k++) {
      a[k] = first[order[k]];
      b[k] = second[order[k]];
    }
    return new int[][] {a, b};
  }

  /** The slope of the idx-th sampled pair as a fraction {a, b}, b &gt; 0. */
  private long[] threshold(int[][] sample, int idx) {
    int i = sample[0][idx];
    int j = sample[1][idx];
    long dx = gx[j] - gx[i];
    long dy = gy[j] - gy[i];
    return dx > 0 ? new long[] {dy, dx} : new long[] {-dy, -dx};
  }

  /** k = b y - a x for each point (exact: |k| &lt; 2^62). */
  private long[] keys(long a, long b) {
    long[] k = new long[n];
    for (int i = 0; i < n; i++) {
      k[i] = b * gy[i] - a * gx[i];
    }
    return k;
  }

  /**
   * The number of slopes below a/b: pairs in order of (x, y) whose keys are inverted. Points of
   * equal x come in increasing y, so their keys never invert and they add nothing.
   */
  private long countBelow(long a, long b) {
    return inversions(keysInOrder(a, b, false), new long[n], 0, n);
  }

  /** The number of slopes above a/b: as {@link #countBelow} with the keys negated. */
  private long countAbove(long a, long b) {
    return inversions(keysInOrder(a, b, true), new long[n], 0, n);
  }

  /** Keys (negated if asked) in order of x, points of equal x in the order their keys take. */
  private long[] keysInOrder(long a, long b, boolean negate) {
    long[] k = keys(a, b);
    long[] seq = new long[n];
    for (int i = 0; i < n; i++) {
      seq[i] = negate ? -k[i] : k[i];
    }
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && gx[end] == gx[start]) {
        end++;
      }
      if (end - start > 1) {
        Arrays.sort(seq, start, end);
      }
      start = end;
    }
    return seq;
  }

  /**
   * The slopes strictly between lo and hi (null: unbounded), expected to number {@code expected};
   * null if they do not (a guard).
   *
   * <p>Points ordered by key at lo, ties by key at hi: a pair is listed when its key at hi
   * decreases along that order, i.e. its slope is above lo (keys at lo increase) and below hi.
   */
  private double[] strictlyBetween(long[] lo, long[] hi, long expected) {
    if (expected > Integer.MAX_VALUE - 8) {
      return null;
    }
    long[] kl = lo == null ? null : keys(lo[0], lo[1]);
    long[] kh = hi == null ? null : keys(hi[0], hi[1]);
    // Unbounded ends: keys y - t x order the points by x ascending as t goes to -infinity, by x
    // descending as t goes to +infinity.
    long[] primary = kl != null ? kl : gx;
    long[] secondary = kh != null ? kh : negated(gx);
    int[] order = RadixSort.order(primary, secondary);
    long[] seq = new long[n];
    for (int i = 0; i < n; i++) {
      seq[i] = secondary[order[i]];
    }
    Listing out = new Listing((int) expected);
    if (!list(seq, order, new long[n], new int[n], 0, n, out) || out.count != expected) {
      return null;
    }
    return out.values;
  }

  private static long[] negated(long[] v) {
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }

  /** The slopes of listed pairs, at most as many as expected. */
  private static final class Listing {
    final double[] values;
    int count;

    Listing(int expected) {
      this.values = new double[expected];
    }
  }

  /**
   * Merge-sorts seq[from..to) (carrying idx) ascending and lists the slope of each pair (a before
   * b) with seq[a] &gt; seq[b]; false if there are more than expected.
   */
  private boolean list(
      long[] seq, int[] idx, long[] tmp, int[] tmpIdx, int from, int to, Listing out) {
    if (to - from < 2) {
      return true;
    }
    int mid = (from + to) >>> 1;
    if (!list(seq, idx, tmp, tmpIdx, from, mid, out)
        || !list(seq, idx, tmp, tmpIdx, mid, to, out)) {
      return false;
    }
    int i = from;
    int j = mid;
    int k = from;
    while (j < to) {
      if (i < mid && seq[i] <= seq[j]) {
        tmp[k] = seq[i];
        tmpIdx[k++] = idx[i++];
      } else {
        int b = idx[j];
        if (out.count + (mid - i) > out.values.length) {
          return false;
        }
        for (int a = i; a < mid; a++) {
          out.values[out.count++] = slope(idx[a], b);
        }
        tmp[k] = seq[j];
        tmpIdx[k++] = idx[j++];
      }
    }
    while (i < mid) {
      tmp[k] = seq[i];
      tmpIdx[k++] = idx[i++];
    }
    System.arraycopy(tmp, from, seq, from, to - from);
    System.arraycopy(tmpIdx, from, idx, from, to - from);
    return true;
  }

  /** Sorts a[from..to) ascending and returns the pairs i &lt; j with a[i] &gt; a[j]. */
  private static long inversions(long[] a, long[] tmp, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long count = inversions(a, tmp, from, mid) + inversions(a, tmp, mid, to);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      if (a[j] < a[i]) {
        count += mid - i;
        tmp[k++] = a[j++];
      } else {
        tmp[k++] = a[i++];
      }
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < to) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, from, a, from, to - from);
    return count;
  }
}
