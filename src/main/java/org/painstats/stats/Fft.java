package org.painstats.stats;

/**
 * The discrete Fourier transform of a complex sequence whose length is a power of two, in place:
 * iterative radix-2 Cooley-Tukey with twiddle factors taken from a table of {@code cos} and {@code
 * sin} (each to within an ulp), so the rounding error grows with log2 of the length only.
 *
 * <p>Forward: {@code X_k = sum_t x_t exp(-2 pi i k t / N)}; inverse: {@code x_t = (1/N) sum_k X_k
 * exp(+2 pi i k t / N)}.
 *
 * <p>Reference: Cooley, J.W. &amp; Tukey, J.W. (1965) Math. Comp. 19:297-301.
 */
final class Fft {
  /** Twiddle tables of the largest size asked so far: {cos, sin} of 2 pi j / N, j < N/2. */
  private static volatile double[][] twiddles = {new double[1], new double[1]};

  private Fft() {}

  /** The smallest power of two at least {@code n} (and at least 2). */
  static int size(int n) {
    return Math.max(2, Integer.highestOneBit(Math.max(1, n - 1)) << 1);
  }

  /**
   * Transforms (re, im) in place.
   *
   * @throws IllegalArgumentException unless both arrays have the same power-of-two length
   */
  static void transform(double[] re, double[] im, boolean inverse) {
    int n = re.length;
    if (im.length != n || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("FFT of " + n + " and " + im.length + " values");
    }
    if (n == 1) {
      return;
    }
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    // First two stages (lengths 2 and 4) need no multiplications: twiddles 1 and -/+ i.
    for (int a = 0; a < n; a += 2) {
      double xr = re[a + 1];
      double xi = im[a + 1];
      re[a + 1] = re[a] - xr;
      im[a + 1] = im[a] - xi;
      re[a] += xr;
      im[a] += xi;
    }
    if (n >= 4) {
      double sign = inverse ? 1 : -1;
      for (int a = 0; a < n; a += 4) {
        double xr = re[a + 2];
        double xi = im[a + 2];
        re[a + 2] = re[a] - xr;
        im[a + 2] = im[a] - xi;
        re[a] += xr;
        im[a] += xi;
        // times -i (forward) or +i (inverse)
        double yr = -sign * im[a + 3];
        double yi = sign * re[a + 3];
        re[a + 3] = re[a + 1] - yr;
        im[a + 3] = im[a + 1] - yi;
        re[a + 1] += yr;
        im[a + 1] += yi;
      }
    }
    double[][] w = table(n);
    double[] cos = w[0];
    double[] sin = w[1];
    int full = cos.length * 2;
    double sign = inverse ? 1 : -1;
    for (int len = 8; len <= n; len <<= 1) {
      int half = len >> 1;
      int stride = full / len;
      for (int start = 0; start < n; start += len) {
        for (int k = 0, t = 0; k < half; k++, t += stride) {
          double wr = cos[t];
          double wi = sign * sin[t];
          int a = start + k;
          int b = a + half;
          double xr = re[b] * wr - im[b] * wi;
          double xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
    if (inverse) {
      double scale = 1.0 / n;
      for (int i = 0; i < n; i++) {
        re[i] *= scale;
        im[i] *= scale;
      }
    }
  }

  /** A twiddle table for at least size n (a larger power of two serves with a stride). */
  private static double[][] table(int n) {
    double[][] w = twiddles;
    if (w[0].length * 2 >= n) {
      return w;
    }
    double[] cos = new double[n / 2];
    double[] sin = new double[n / 2];
    for (int j = 0; j < n / 2; j++) {
      double angle = 2 * Math.PI * j / n;
      cos[j] = Math.cos(angle);
      sin[j] = Math.sin(angle);
    }
    w = new double[][] {cos, sin};
    twiddles = w;
    return w;
  }
}
