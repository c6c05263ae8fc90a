package org.painstats.stats;

import java.util.Arrays;

/**
 * Sums of lagged products {@code S(k) = sum_{t=k}^{N-1} a_t a_{t-k}}, k = 0..maxLag, the raw
 * material of every autocorrelation in this package, and the counts of pairs of present positions k
 * apart.
 *
 * <p>Short series are summed directly (t ascending, the order of the former loops, so the sums are
 * bit for bit those of a plain loop). Long ones go through the FFT in O(N log N) instead of O(N
 * maxLag): {@code S = IFFT(|FFT(a)|^2)} of the series zero-padded to a power of two, at least N +
 * maxLag so that no product wraps around, or at least N with the few lags that wrap taken away
 * ({@link #transformSize}); two series share one transform, as real and imaginary part. The FFT
 * sums differ from the direct ones by rounding only, a few 1e-16 times {@code S(0)}; a caller whose
 * result jumps at a threshold recomputes the lags close to it with {@link #at}. Pair counts are
 * integers and always exact: by the FFT rounded to the nearest integer, or from the missing
 * positions when they are few.
 *
 * <p>Reference: the Wiener-Khinchin route to the autocovariance, e.g. Box, Jenkins &amp; Reinsel,
 * <i>Time Series Analysis</i>, and statsmodels' {@code acf(fft=True)}.
 */
final class LaggedProducts {
  /** Below this many multiply-adds (N times the lags) the direct sums are as fast. */
  static final long DIRECT_WORK = 8_192;

  private LaggedProducts() {}

  /** True when {@code maxLag} lags of a series of length n are summed directly. */
  static boolean direct(int n, int maxLag) {
    return (long) n * (maxLag + 1) <= DIRECT_WORK;
  }

  /** S(k) for one lag, summed directly with t ascending. */
  static double at(double[] a, int k) {
    double s = 0;
    for (int t = k; t < a.length; t++) {
      s += a[t] * a[t - k];
    }
    return s;
  }

  /** S(0..maxLag) of a; maxLag below a.length. */
  static double[] of(double[] a, int maxLag) {
    return of(a, a, maxLag)[0];
  }

  /** S(0..maxLag) of a and of b (same length), as {Sa, Sb}. */
  static double[][] of(double[] a, double[] b, int maxLag) {
    int n = a.length;
    if (direct(n, maxLag)) {
      double[] sa = new double[maxLag + 1];
      double[] sb = a == b ? sa : new double[maxLag + 1];
      for (int k = 0; k <= maxLag; k++) {
        sa[k] = at(a, k);
        if (b != a) {
          sb[k] = at(b, k);
        }
      }
      return new double[][] {sa, sb};
    }
    int size = transformSize(n, maxLag);
    double[] re = new double[size];
    double[] im = new double[size];
    System.arraycopy(a, 0, re, 0, n);
    if (b != a) {
      System.arraycopy(b, 0, im, 0, n);
    }
    Fft.transform(re, im, false);
    // With z = a + ib: A_k = (Z_k + conj Z_{N-k})/2, B_k = (Z_k - conj Z_{N-k})/2i. Their power
    // spectra are real and even, so |A|^2 + i|B|^2 transforms back to Sa + i Sb.
    for (int k = 0; k <= size / 2; k++) {
      int m = (size - k) & (size - 1);
      double pr = re[k];
      double pi = im[k];
      double qr = re[m];
      double qi = im[m];
      double powerA = 0.25 * ((pr + qr) * (pr + qr) + (pi - qi) * (pi - qi));
      double powerB = 0.25 * ((pr - qr) * (pr - qr) + (pi + qi) * (pi + qi));
      re[k] = powerA;
      im[k] = powerB;
      re[m] = powerA;
      im[m] = powerB;
    }
    Fft.transform(re, im, true);
    double[] sa = Arrays.copyOf(re, maxLag + 1);
    double[] sb = b == a ? sa : Arrays.copyOf(im, maxLag + 1);
    // A transform shorter than n + maxLag folds lag size - k onto lag k: take it away.
    for (int k = Math.max(1, size - n + 1); k <= maxLag; k++) {
      int j = size - k;
      double fa = 0;
      double fb = 0;
      for (int t = j; t < n; t++) {
        fa += a[t] * a[t - j];
        fb += b[t] * b[t - j];
      }
      sa[k] -= fa;
      if (b != a) {
        sb[k] -= fb;
      }
    }
    return new double[][] {sa, sb};
  }

  /**
   * The transform length: a power of two at least n + maxLag, so that no product wraps around; or
   * the power of two at least n when that is shorter and the lags it folds onto 0..maxLag (size - k
   * for size - k &lt; n, each a short sum) cost less than the longer transform saves. The circular
   * sum at lag k is then S(k) + S(size - k).
   */
  static int transformSize(int n, int maxLag) {
    int full = Fft.size(n + maxLag);
    int folded = Fft.size(n);
    if (folded >= full) {
      return full;
    }
    long overlap = Math.max(0, n - (folded - maxLag));
    long saved =
        (long) full * Integer.numberOfTrailingZeros(full)
            - (long) folded * Integer.numberOfTrailingZeros(folded);
    return overlap * overlap < 2 * saved ? folded : full;
  }

  /**
   * P(k), k = 0..maxLag: the number of positions t with both present[t] and present[t - k], exact.
   */
  static int[] pairCounts(boolean[] present, int maxLag) {
    int n = present.length;
    int missing = 0;
    for (boolean p : present) {
      if (!p) {
        missing++;
      }
    }
    int[] pairs = new int[maxLag + 1];
    // Inclusion-exclusion costs about missing² steps, the FFT a few times size log2(size).
    int size = transformSize(n, maxLag);
    long fftWork = 8L * size * Integer.numberOfTrailingZeros(size);
    if ((long) missing * missing <= Math.max(DIRECT_WORK, fftWork)) {
      fromMissing(present, missing, pairs);
    } else if (direct(n, maxLag)) {
      for (int k = 0; k <= maxLag; k++) {
        for (int t = k; t < n; t++) {
          if (present[t] && present[t - k]) {
            pairs[k]++;
          }
        }
      }
    } else {
      double[] ones = new double[n];
      for (int t = 0; t < n; t++) {
        ones[t] = present[t] ? 1 : 0;
      }
      double[] s = of(ones, maxLag);
      for (int k = 0; k <= maxLag; k++) {
        pairs[k] = (int) Math.round(s[k]);
      }
    }
    return pairs;
  }

  /**
   * P(k) by inclusion-exclusion over the few missing positions: of the N - k pairs (t, t - k), take
   * away those with t missing and those with t - k missing, and add back those with both.
   */
  private static void fromMissing(boolean[] present, int missing, int[] pairs) {
    int n = present.length;
    int maxLag = pairs.length - 1;
    int[] gaps = new int[missing];
    int[] before = new int[n + 1]; // before[t]: missing positions below t
    int g = 0;
    for (int t = 0; t < n; t++) {
      before[t] = g;
      if (!present[t]) {
        gaps[g++] = t;
      }
    }
    before[n] = g;
    for (int k = 0; k <= maxLag; k++) {
      // missing t in [k, n) and missing t - k in [0, n - k)
      pairs[k] = (n - k) - (missing - before[k]) - before[n - k];
    }
    for (int i = 0; i < missing; i++) {
      for (int j = i; j < missing && gaps[j] - gaps[i] <= maxLag; j++) {
        pairs[gaps[j] - gaps[i]]++;
      }
    }
  }
}
